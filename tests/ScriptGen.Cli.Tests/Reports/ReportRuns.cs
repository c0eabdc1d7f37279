using ScriptGen.Samples.Scripts;

namespace ScriptGen.Cli.Tests.Reports;

/// <summary>The runs the report tests draw: samples on the bundled bars, and a million synthetic minute bars.</summary>
internal static class ReportRuns
{
    public static readonly SymbolInfo EurUsd = new() { Ticker = "EURUSD", MinTick = 0.00001, Currency = "USD", TimeZone = "America/New_York" };

    private static readonly Lazy<Bars> s_bundled = new(() => BarCsv.Read(Infrastructure.Repository.Bars));

    public static Bars Bundled => s_bundled.Value;

    public static StrategyResult EmaCross(Bars bars) =>
        new RuntimeEnvironment().RunStrategy(Samples.Scripts.EmaCross.Create(), bars, new RunOptions { Symbol = EurUsd });

    public static IndicatorResult Rsi(Bars bars) =>
        new RuntimeEnvironment().RunIndicator(Samples.Scripts.Rsi.Create(), bars, new RunOptions { Symbol = EurUsd });

    public static IndicatorResult ChartOnPrice(Bars bars) =>
        new RuntimeEnvironment().RunIndicator(Reports.ChartOnPrice.Create(), bars, new RunOptions { Symbol = EurUsd });

    public static IndicatorResult ChartInPane(Bars bars) =>
        new RuntimeEnvironment().RunIndicator(Reports.ChartInPane.Create(), bars, new RunOptions { Symbol = EurUsd });

    /// <summary>A seeded random walk of one-minute EUR/USD-like bars, every price on the tick grid.</summary>
    public static Bars RandomWalk(int count, int seed = 24)
    {
        var random = new Random(seed);
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        long start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        long ticks = 110_000; // 1.10000
        for (int i = 0; i < count; i++)
        {
            long o = ticks;
            long c = Math.Max(50_000, o + random.Next(-25, 26));
            long h = Math.Max(o, c) + random.Next(0, 12);
            long l = Math.Min(o, c) - random.Next(0, 12);
            time[i] = start + i * 60_000L;
            (open[i], high[i], low[i], close[i]) = (o / 100_000.0, h / 100_000.0, l / 100_000.0, c / 100_000.0);
            ticks = c;
        }

        return Bars.FromArrays(time, open, high, low, close);
    }
}
