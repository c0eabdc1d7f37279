namespace ScriptGen.Tests;

/// <summary>Small hand-written bar sets for scenario tests: one hour apart from 2024-01-01 00:00 UTC.</summary>
internal static class TestBars
{
    public static readonly long Start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public const long Hour = 3_600_000;

    public static long TimeOf(int bar) => Start + bar * Hour;

    /// <summary>Bars from (open, high, low, close) rows.</summary>
    public static Bars Ohlc(params (double Open, double High, double Low, double Close)[] rows) =>
        Bars.FromArrays(
            rows.Select((_, i) => TimeOf(i)).ToArray(),
            rows.Select(r => r.Open).ToArray(),
            rows.Select(r => r.High).ToArray(),
            rows.Select(r => r.Low).ToArray(),
            rows.Select(r => r.Close).ToArray());

    /// <summary>Flat monthly bars, one per calendar month from January 2024 (UTC), at the given prices.</summary>
    public static Bars Monthly(params double[] prices)
    {
        long[] monthStarts = [.. prices.Select((_, m) => new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(m).ToUnixTimeMilliseconds())];
        return Bars.FromArrays(monthStarts, prices, prices, prices, prices, null, BarDataOptions.Default);
    }

    /// <summary>Flat bars whose open, high, low and close are all the given price.</summary>
    public static Bars Prices(params double[] prices) => Ohlc(prices.Select(p => (p, p, p, p)).ToArray());

    /// <summary>Bars whose close is the given price and whose open is the previous close (the first opens at its close).</summary>
    public static Bars Closes(params double[] closes) =>
        Ohlc(closes.Select((c, i) =>
        {
            double open = i == 0 ? c : closes[i - 1];
            return (open, Math.Max(open, c), Math.Min(open, c), c);
        }).ToArray());
}
