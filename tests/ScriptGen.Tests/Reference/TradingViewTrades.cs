using System.Globalization;

namespace ScriptGen.Tests.Reference;

/// <summary>One trade of TradingView's "List of trades" export (two rows: entry and exit).</summary>
internal sealed record TradingViewTrade(
    int Number,
    Direction Direction,
    DateTimeOffset EntryTime,
    string EntrySignal,
    double EntryPrice,
    DateTimeOffset ExitTime,
    string ExitSignal,
    double ExitPrice,
    double Quantity,
    string NetProfitText,
    string RunUpText,
    string DrawdownText)
{
    /// <summary>TradingView marks a trade still open with an exit row whose signal is "Open".</summary>
    public bool IsOpen => ExitSignal == "Open";

    public double NetProfit => double.Parse(NetProfitText, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The trade's run-up, as TradingView printed it.</summary>
    public double RunUp => double.Parse(RunUpText, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The trade's drawdown, as TradingView printed it (a negative number).</summary>
    public double Drawdown => double.Parse(DrawdownText, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Half a unit of the last digit TradingView printed (e.g. 0.00005 for "-0.0003", 5e-6 for "3e-05").</summary>
    public double NetProfitHalfUnit => HalfUnitOf(NetProfitText);

    /// <summary>Half a unit of the last digit of <paramref name="printed"/>.</summary>
    public static double HalfUnitOf(string printed)
    {
        string text = printed.TrimStart('-');
        int exponent = 0;
        int e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
            text = text[..e];
        }

        int dot = text.IndexOf('.');
        int decimals = dot < 0 ? 0 : text.Length - dot - 1;
        return 0.5 * Math.Pow(10, exponent - decimals);
    }
}

internal static class TradingViewTrades
{
    public static IReadOnlyList<TradingViewTrade> Load(string file)
    {
        var csv = ReferenceCsv.Load("strategy/" + file);
        // Money columns are headed in the symbol's currency ("Price USD", "Price USDT").
        string currency = csv.Header.Single(h => h.StartsWith("Price ", StringComparison.Ordinal))["Price ".Length..];
        var trades = new List<TradingViewTrade>();
        for (int i = 0; i < csv.RowCount; i += 2)
        {
            string[] entry = csv.Rows[i];
            string[] exit = csv.Rows[i + 1];
            int number = int.Parse(entry[csv.Index("Trade #")], CultureInfo.InvariantCulture);
            Assert.Equal(number, int.Parse(exit[csv.Index("Trade #")], CultureInfo.InvariantCulture));
            string type = entry[csv.Index("Type")];
            trades.Add(new TradingViewTrade(
                number,
                type.EndsWith("long", StringComparison.Ordinal) ? Direction.Long : Direction.Short,
                Time(entry[csv.Index("Date/Time")]),
                entry[csv.Index("Signal")],
                Number(entry[csv.Index("Price " + currency)]),
                Time(exit[csv.Index("Date/Time")]),
                exit[csv.Index("Signal")],
                Number(exit[csv.Index("Price " + currency)]),
                Number(entry[csv.Index("Position size (qty)")]),
                exit[csv.Index("Net P&L " + currency)],
                exit[csv.Index("Run-up " + currency)],
                exit[csv.Index("Drawdown " + currency)]));
        }

        return trades;
    }

    /// <summary>An export's time, its offset written with or without a colon ("-05:00", "+0000").</summary>
    private static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(
            text[^5] is '+' or '-' ? text[..^2] + ":" + text[^2..] : text, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
