using System.Globalization;
using System.Text;

namespace ScriptGen.Reporting;

/// <summary>
/// The plain-text backtest report: what ran on what, the performance summary and the list of trades.
/// Times are shown in the symbol's time zone; prices with the symbol's tick precision.
/// </summary>
public static class StrategyReport
{
    /// <summary>Formats <paramref name="result"/> as a report.</summary>
    /// <param name="result">The strategy run.</param>
    /// <param name="maxTrades">How many trades to list (the most recent ones); all by default.</param>
    public static string Format(StrategyResult result, int maxTrades = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(result);
        var format = new ReportFormat(result.Symbol, result.Settings.DefaultQuantity);
        var text = new StringBuilder();
        WriteHeader(text, result, format);
        WriteSummary(text, result, format);
        WriteTrades(text, result, format, maxTrades);
        return text.ToString();
    }

    private static void WriteHeader(StringBuilder text, StrategyResult result, ReportFormat format)
    {
        Bars bars = result.Bars;
        text.AppendLine(CultureInfo.InvariantCulture, $"{result.Script.Title} ({result.Script.TypeName})");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  {result.Symbol.Ticker}: {bars.Count:N0} bars of {DescribeTimeframe(bars.Timeframe)}, {format.Time(bars.Time[0])} to {format.Time(bars.Time[^1])} ({result.Symbol.TimeZone})");
        StrategySettings settings = result.Settings;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  Initial capital {format.Money(settings.InitialCapital)} {result.Symbol.Currency}, quantity {format.Number(settings.DefaultQuantity)} per entry, " +
            $"{settings.MaxEntriesPerDirection} entr{(settings.MaxEntriesPerDirection == 1 ? "y" : "ies")} per direction");
        text.AppendLine();
    }

    private static void WriteSummary(StringBuilder text, StrategyResult result, ReportFormat format)
    {
        PerformanceSummary s = result.Summary;
        string currency = result.Symbol.Currency;
        text.AppendLine("Performance");
        Row(text, "Net profit", $"{format.Money(s.NetProfit)} {currency} ({format.Percent(s.NetProfitPercent)})");
        Row(text, "Gross profit", $"{format.Money(s.GrossProfit)} {currency}");
        Row(text, "Gross loss", $"{format.Money(s.GrossLoss)} {currency}");
        Row(text, "Profit factor", format.Ratio(s.ProfitFactor));
        Row(text, "Max drawdown", $"{format.Money(s.MaxDrawdown)} {currency} ({format.Percent(s.MaxDrawdownPercent)})");
        Row(text, "Closed trades", s.TotalClosedTrades.ToString(CultureInfo.InvariantCulture));
        Row(text, "Winning / losing", $"{s.WinningTrades} / {s.LosingTrades}");
        Row(text, "Win rate", format.Percent(s.PercentProfitable));
        Row(text, "Average trade", $"{format.Money(s.AverageTrade)} {currency}");
        Row(text, "Avg win / avg loss", format.Ratio(s.RatioAverageWinToAverageLoss));
        Row(text, "Largest win / loss", $"{format.Money(s.LargestWinningTrade)} / {format.Money(s.LargestLosingTrade)} {currency}");
        Row(text, "Average bars in trade", format.Ratio(s.AverageBarsInTrade));
        Row(text, "Open trades / open P&L", $"{s.TotalOpenTrades} / {format.Money(s.OpenProfit)} {currency}");
        text.AppendLine();
    }

    private static void WriteTrades(StringBuilder text, StrategyResult result, ReportFormat format, int maxTrades)
    {
        IReadOnlyList<Trade> trades = result.ClosedTrades;
        int shown = Math.Min(Math.Max(maxTrades, 0), trades.Count);
        text.AppendLine(shown == trades.Count
            ? $"Trades ({trades.Count} closed)"
            : $"Trades (last {shown} of {trades.Count} closed)");
        if (trades.Count == 0 && result.OpenTrades.Count == 0)
        {
            text.AppendLine("  (none)");
            return;
        }

        var table = new List<string[]>
        {
            new[] { "#", "Side", "Entry time", "Entry signal", "Entry price", "Exit time", "Exit signal", "Exit price", "Qty", "Profit", "Cum. profit" },
        };
        double cumulative = 0;
        for (int i = 0; i < trades.Count; i++)
        {
            cumulative += trades[i].Profit;
            if (i >= trades.Count - shown)
            {
                table.Add(TradeRow(trades[i], format, format.Money(cumulative)));
            }
        }

        foreach (Trade open in result.OpenTrades)
        {
            table.Add(TradeRow(open, format, "(open)"));
        }

        WriteTable(text, table);
    }

    private static string[] TradeRow(Trade trade, ReportFormat format, string cumulative) =>
    [
        trade.Number.ToString(CultureInfo.InvariantCulture),
        trade.Direction == Direction.Long ? "long" : "short",
        format.Time(trade.EntryTime),
        trade.EntrySignal,
        format.Price(trade.EntryPrice),
        format.Time(trade.ExitTime),
        trade.ExitSignal,
        format.Price(trade.ExitPrice),
        format.Number(trade.Quantity),
        format.Money(trade.Profit),
        cumulative,
    ];

    private static void WriteTable(StringBuilder text, List<string[]> rows)
    {
        int[] widths = new int[rows[0].Length];
        foreach (string[] row in rows)
        {
            for (int c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (string[] row in rows)
        {
            text.Append(' ');
            for (int c = 0; c < row.Length; c++)
            {
                // Numbers right-aligned, words left-aligned, as a reader scans them.
                bool numeric = c is 0 or 4 or 7 or 8 or 9 or 10;
                text.Append(' ').Append(numeric ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]));
            }

            text.AppendLine();
        }
    }

    private static void Row(StringBuilder text, string label, string value) =>
        text.Append("  ").Append(label.PadRight(24)).AppendLine(value);

    private static string DescribeTimeframe(TimeSpan timeframe) => timeframe switch
    {
        { TotalDays: >= 1 } when timeframe.TotalDays % 1 == 0 => $"{timeframe.TotalDays:0}d",
        { TotalHours: >= 1 } when timeframe.TotalHours % 1 == 0 => $"{timeframe.TotalHours:0}h",
        { TotalMinutes: >= 1 } when timeframe.TotalMinutes % 1 == 0 => $"{timeframe.TotalMinutes:0}m",
        _ => $"{timeframe.TotalSeconds:0.###}s",
    };
}
