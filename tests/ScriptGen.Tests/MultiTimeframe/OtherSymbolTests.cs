using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;
using ScriptGen.Tests.Time;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>
/// Indicators imported on other symbols of the run (Pine's <c>request.security("USI:ADVN.NY", timeframe.period, close)</c>):
/// each runs on its own bars, aligned to the chart by when they close, against TradingView's export of an
/// advance/decline ratio (tests/data/tradingview/security, README there) and small hand-worked cases.
/// </summary>
public sealed class OtherSymbolTests
{
    private static readonly SymbolInfo s_nyse = new() { Kind = SymbolKind.Stock, Session = "0930-1600:23456", TimeZone = "America/New_York" };

    /// <summary>
    /// The 13 early-close days of the export's range, where TradingView shows the previous day's ratio because its calendar
    /// closes the session at 13:00 (PyneCore's test lists them); ScriptGen's sessions have no calendar of early closes.
    /// </summary>
    private static readonly HashSet<long> s_earlyCloses =
    [
        1562160600, 1575037800, 1577197800, 1637937000, 1669386600, 1688391000, 1700836200,
        1720013400, 1732890600, 1735050600, 1751549400, 1764340200, 1766586600,
    ];

    [Fact]
    public void The_advance_decline_ratio_of_two_other_symbols_matches_TradingView_on_every_full_trading_day()
    {
        ReferenceCsv chart = ReferenceCsv.Load("security/spy_advance_decline_ratio.csv");
        IndicatorResult result = RunRatio(chart);
        double[] expected = chart.Numbers("Plot");
        double[] actual = result.GetPlot("ratio").Values.ToArray();
        long[] times = [.. chart.Text("time").Select(long.Parse)];

        var mismatches = new List<string>();
        int compared = 0;
        for (int i = 0; i < expected.Length; i++)
        {
            if (s_earlyCloses.Contains(times[i]))
            {
                continue;
            }

            compared++;
            if (!Tolerance.Matches(expected[i], actual[i]))
            {
                mismatches.Add($"row {i + 2} ({DateTimeOffset.FromUnixTimeSeconds(times[i]):yyyy-MM-dd}): TradingView {expected[i]}, ScriptGen {actual[i]}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {compared} differ:\n{string.Join("\n", mismatches.Take(20))}");
        Assert.Equal(expected.Length - s_earlyCloses.Count, compared);
    }

    [Fact]
    public void On_a_day_the_other_symbols_have_no_bar_the_last_value_holds_and_with_gaps_it_reads_na()
    {
        ReferenceCsv chart = ReferenceCsv.Load("security/spy_advance_decline_ratio.csv");
        IndicatorResult result = RunRatio(chart);
        int monday = Array.IndexOf(chart.Text("time"), "1718631000"); // 2024-06-17: neither index has a bar

        // TradingView's export shows Friday's ratio on that Monday (0.4394... = 823 / 1873, Friday's counts).
        Assert.Equal(823.0 / 1873.0, chart.Numbers("Plot")[monday]);
        Assert.Equal(823.0 / 1873.0, result.GetPlot("ratio").Values.Span[monday]);
        Assert.Equal(823, result.GetPlot("advancing").Values.Span[monday]);
        Assert.True(double.IsNaN(result.GetPlot("advancing gaps").Values.Span[monday]));
        Assert.Equal(823, result.GetPlot("advancing gaps").Values.Span[monday - 1]);
        Assert.Equal(1569, result.GetPlot("advancing gaps").Values.Span[monday + 1]);
    }

    [Fact]
    public void A_bar_the_chart_lacks_runs_before_the_next_chart_bar_and_a_bar_the_other_lacks_holds_the_last()
    {
        // Daily bars: the chart trades Monday, Tuesday and Thursday; the other symbol Monday, Wednesday and Thursday.
        long day = 86_400_000, monday = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        Bars chart = Daily([monday, monday + day, monday + 3 * day], [1, 2, 4]);
        Bars other = Daily([monday, monday + 2 * day, monday + 3 * day], [10, 30, 40]);
        var options = new RunOptions
        {
            Symbol = SymbolInfo.For(SymbolKind.Crypto, "CHART"),
            Symbols = new BarsSet(new SymbolBars(SymbolInfo.For(SymbolKind.Crypto, "OTHER"), other)),
        };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(OtherSymbolProbe.Create(), chart, options);

        Assert.Equal([10, 10, 40], result.GetPlot("close").Values.ToArray());          // Tuesday holds Monday's; Thursday's after Wednesday's
        Assert.Equal([10, double.NaN, 40], result.GetPlot("close gaps").Values.ToArray());
        Assert.Equal([0, 0, 2], result.GetPlot("bar_index").Values.ToArray());         // Wednesday ran too, before Thursday
        Assert.Equal([double.NaN, double.NaN, 30], result.GetPlot("close[1]").Values.ToArray());
    }

    private static Bars Daily(long[] times, double[] closes) =>
        Bars.FromArrays(times, closes, closes, closes, closes, null, new BarDataOptions { Period = Timeframe.Parse("D") });

    private static IndicatorResult RunRatio(ReferenceCsv chart)
    {
        Bars spy = WithPeriod(SessionTradingViewTests.ReadBars(chart));
        Bars advancing = WithPeriod(SessionTradingViewTests.ReadBars(ReferenceCsv.Load("security/USI_ADVN_NY.csv")));
        Bars declining = WithPeriod(SessionTradingViewTests.ReadBars(ReferenceCsv.Load("security/USI_DECL_NY.csv")));
        var options = new RunOptions
        {
            Symbol = s_nyse with { Prefix = "BATS", Ticker = "SPY" },
            Symbols = new BarsSet(
                new SymbolBars(s_nyse with { Prefix = "USI", Ticker = "ADVN.NY" }, advancing),
                new SymbolBars(s_nyse with { Prefix = "USI", Ticker = "DECL.NY" }, declining)),
        };
        return new RuntimeEnvironment().RunIndicator(AdvanceDeclineRatio.Create(), spy, options);
    }

    /// <summary>The bars as daily bars (their smallest gap between bars is a day, which a reader would infer too).</summary>
    private static Bars WithPeriod(Bars bars) =>
        Bars.FromArrays(bars.Time.ToArray(), bars.Open.ToArray(), bars.High.ToArray(), bars.Low.ToArray(), bars.Close.ToArray(),
            bars.HasVolume ? bars.Volume.ToArray() : null, new BarDataOptions { Period = Timeframe.Parse("D") });
}
