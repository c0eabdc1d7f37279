using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;
using ScriptGen.Tests.Time;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>
/// An indicator imported on intrabars (<c>ImportIntrabars</c>, Pine's <c>request.security_lower_tf</c>): which bars of the lower
/// timeframe each chart bar gets. On real data the reference is TradingView's own aggregation: its hourly EUR/USD bars are
/// the first open, highest high, lowest low and last close of its 5-minute bars of the same hour (checked on every one of the
/// 1,673 hours the two exports share), and its 4-hour bars those of its hourly bars (4,757 bars, 2022 to 2025, across seven
/// DST changes and every weekend); so the intrabars a chart bar gets must add up to the chart bar itself.
/// </summary>
public sealed class LowerTimeframeTests
{
    private const long Minute = 60_000, Hour = 60 * Minute;
    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };
    private static readonly SymbolInfo s_crypto = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT");

    private static Bars Read(string file) => SessionTradingViewTests.ReadBars(ReferenceCsv.Load(file));

    /// <summary>The chart bars of <paramref name="chart"/> whose whole period lies inside <paramref name="lower"/>'s time range.</summary>
    private static Bars Within(Bars chart, Bars lower, long period)
    {
        ReadOnlySpan<long> time = chart.Time;
        long first = lower.Time[0], end = lower.Time[^1] + (long)lower.Timeframe.TotalMilliseconds;
        int start = 0;
        while (time[start] < first)
        {
            start++;
        }

        int stop = start;
        while (stop < time.Length && time[stop] + period <= end)
        {
            stop++;
        }

        return chart.Slice(start, stop - start);
    }

    private static IndicatorResult Run(Bars chart, SymbolInfo symbol, Bars? lower, string timeframe, BarsSet? symbols = null, string ticker = "") =>
        new RuntimeEnvironment().RunIndicator(
            IntrabarsProbe.Create(new IntrabarsProbe.Inputs { Period = timeframe, Ticker = ticker }),
            chart,
            new RunOptions { Symbol = symbol, LowerTimeframeBars = lower, Symbols = symbols });

    /// <summary>Asserts that each chart bar's intrabars add up to the chart bar, and that it has the expected number of them.</summary>
    private static void AssertIntrabarsMakeEachBar(Bars chart, IndicatorResult result, Func<int, (int Count, long First)> expectedIntrabars)
    {
        var mismatches = new List<string>();
        for (int i = 0; i < chart.Count; i++)
        {
            (int count, long first) = expectedIntrabars(i);
            var expected = (Count: (double)count, chart.Open[i], chart.High[i], chart.Low[i], chart.Close[i], Time: (double)first);
            var actual = (Count: result.GetPlot("count").Values.Span[i], result.GetPlot("first open").Values.Span[i],
                result.GetPlot("highest high").Values.Span[i], result.GetPlot("lowest low").Values.Span[i],
                result.GetPlot("last close").Values.Span[i], Time: result.GetPlot("first time").Values.Span[i]);
            if (expected != actual)
            {
                mismatches.Add($"bar {i} at {DateTimeOffset.FromUnixTimeMilliseconds(chart.Time[i]):u}: expected {expected}, got {actual}");
            }
        }

        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {chart.Count} chart bars differ, first: {string.Join("; ", mismatches.Take(5))}");
    }

    /// <summary>
    /// For each chart bar, how many intrabars of length <paramref name="step"/> hold at least one of <paramref name="lower"/>'s
    /// times inside [open, open + period), and when the first of them opens: counted from the input.
    /// </summary>
    private static Func<int, (int Count, long First)> IntrabarsIn(Bars chart, ReadOnlySpan<long> lower, long period, long step)
    {
        var starts = new SortedSet<long>();
        foreach (long t in lower)
        {
            starts.Add(t - (t % step));
        }

        long[] opens = chart.Time.ToArray();
        return i =>
        {
            SortedSet<long> inside = starts.GetViewBetween(opens[i], opens[i] + period - 1);
            return (inside.Count, inside.Count == 0 ? -1 : inside.Min);
        };
    }

    [Fact]
    public void Hourly_EURUSD_bars_get_the_5_minute_bars_inside_them_which_add_up_to_TradingViews_hourly_bar()
    {
        Bars fiveMinutes = Read("time/timeframe_change_forex_5.csv");
        Bars hourly = Within(Read("strategy/ohlcv.csv"), fiveMinutes, Hour);

        IndicatorResult result = Run(hourly, s_forex, fiveMinutes, "5");

        Assert.Equal(1673, hourly.Count);
        Func<int, (int Count, long First)> intrabars = IntrabarsIn(hourly, fiveMinutes.Time, Hour, 5 * Minute);
        AssertIntrabarsMakeEachBar(hourly, result, intrabars);
        // Most hours have all twelve; TradingView's 5-minute feed lacks some bars in quiet hours (52 hours have 11).
        Assert.Equal(1616, Enumerable.Range(0, hourly.Count).Count(i => intrabars(i).Count == 12));
    }

    [Fact]
    public void Intrabars_of_15_minutes_are_built_from_the_5_minute_bars_given_and_still_add_up_to_the_hour()
    {
        Bars fiveMinutes = Read("time/timeframe_change_forex_5.csv");
        Bars hourly = Within(Read("strategy/ohlcv.csv"), fiveMinutes, Hour);

        IndicatorResult result = Run(hourly, s_forex, fiveMinutes, "15");

        AssertIntrabarsMakeEachBar(hourly, result, IntrabarsIn(hourly, fiveMinutes.Time, Hour, 15 * Minute));
    }

    [Fact]
    public void Four_hour_EURUSD_bars_get_their_hourly_bars_across_DST_changes_and_weekends()
    {
        Bars hourly = Read("strategy/ohlcv.csv");
        Bars fourHours = Read("time/timeframe_change_forex_240.csv");
        // The export's last 4-hour bar (2025-01-21 13:00 New York) was still forming when it was exported: its high and close
        // are those of an earlier moment than the hourly bars', so the chart stops before it.
        fourHours = fourHours.Slice(0, fourHours.Count - 1);
        Bars chart = Within(fourHours, hourly, 4 * Hour);

        IndicatorResult result = Run(chart, s_forex, hourly, "60");

        Assert.Equal(4757, chart.Count);
        // A New York 4-hour bar holds the hours from its open on: 17:00, 21:00, 01:00, ... through both offsets of the year.
        AssertIntrabarsMakeEachBar(chart, result, IntrabarsIn(chart, hourly.Time, 4 * Hour, Hour));
    }

    /// <summary>
    /// 24x7 hourly chart bars at hours 0, 1 and 3 (hour 2 missing) and 15-minute bars: hour 0 complete, hour 1 without its
    /// :15 bar, hour 2 (a hole in the chart) complete, hour 3 with only :45; each 15-minute bar's close is its minute count
    /// from the start, so which ones a span holds reads off its values.
    /// </summary>
    private static (Bars Chart, Bars Quarters) HandWorked()
    {
        long start = TestBars.Start;
        long[] hours = [start, start + Hour, start + 3 * Hour];
        int[] minutes = [0, 15, 30, 45, 60, 90, 105, 120, 135, 150, 165, 225];
        Bars chart = Bars.FromArrays(hours, [1, 2, 4], [1, 2, 4], [1, 2, 4], [1, 2, 4], null, new BarDataOptions { Period = Timeframe.Parse("60") });
        double[] values = [.. minutes.Select(m => (double)m)];
        Bars quarters = Bars.FromArrays(
            [.. minutes.Select(m => start + m * Minute)], values, values, values, values, null, new BarDataOptions { Period = Timeframe.Parse("15") });
        return (chart, quarters);
    }

    [Fact]
    public void A_chart_bar_gets_the_intrabars_opening_inside_it_and_ones_in_a_hole_of_the_chart_belong_to_no_bar()
    {
        (Bars chart, Bars quarters) = HandWorked();

        IndicatorResult result = Run(chart, s_crypto, quarters, "15");

        Assert.Equal([4, 3, 1], result.GetPlot("count").Values.ToArray());
        Assert.Equal([0, 60, 225], result.GetPlot("first open").Values.ToArray());
        Assert.Equal([45, 105, 225], result.GetPlot("last close").Values.ToArray());
        // The hole's bars (120 to 165) ran: the imported indicator's own state went through them.
        Assert.Equal(225, result.GetPlot("close of the last intrabar").Values.Span[2]);
        // EMA(3) on the 15-minute closes 0, 15, 30, 45, 60, 90, 105, 120, 135, 150, 165, 225: seeded with the SMA of the
        // first three (15), then alpha 0.5: 30, 45, 67.5, 86.25, 103.125, 119.0625, 134.53125, 149.765625, 187.3828125.
        Assert.Equal([30, 86.25, 187.3828125], result.GetPlot("ema3 of the last intrabar").Values.ToArray());
    }

    [Fact]
    public void Intrabars_coarser_than_the_bars_given_are_built_from_them_within_each_chart_bar()
    {
        (Bars chart, Bars quarters) = HandWorked();

        IndicatorResult result = Run(chart, s_crypto, quarters, "30");

        // Half hours with data: hour 0 → :00 (0, 15), :30 (30, 45); hour 1 → :00 (60), :30 (90, 105); hour 3 → :30 (225).
        Assert.Equal([2, 2, 1], result.GetPlot("count").Values.ToArray());
        Assert.Equal([0, 60, 225], result.GetPlot("first open").Values.ToArray());
        Assert.Equal([45, 105, 225], result.GetPlot("highest high").Values.ToArray());
    }

    [Fact]
    public void Before_the_first_intrabar_the_span_is_empty_and_the_plots_read_na()
    {
        (Bars chart, Bars quarters) = HandWorked();
        // Drop hour 0's and hour 1's 15-minute bars: the first chart bars have none.
        Bars late = quarters.Slice(7, quarters.Count - 7);

        IndicatorResult result = Run(chart, s_crypto, late, "15");

        Assert.Equal([0, 0, 1], result.GetPlot("count").Values.ToArray());
        Assert.True(double.IsNaN(result.GetPlot("close of the last intrabar").Values.Span[0]));
        Assert.True(double.IsNaN(result.GetPlot("highest high").Values.Span[1]));
    }

    [Fact]
    public void Another_symbols_intrabars_come_from_its_bars_in_the_runs_symbols()
    {
        (Bars chart, Bars quarters) = HandWorked();
        var others = new BarsSet(new SymbolBars(SymbolInfo.For(SymbolKind.Crypto, "ETHUSDT"), quarters));

        IndicatorResult result = Run(chart, s_crypto, lower: null, "15", others, "ETHUSDT");

        Assert.Equal([4, 3, 1], result.GetPlot("count").Values.ToArray());
    }

    [Fact]
    public void Without_lower_timeframe_bars_the_run_says_where_to_give_them()
    {
        (Bars chart, _) = HandWorked();

        var failure = Assert.Throws<ScriptRuntimeException>(() => Run(chart, s_crypto, lower: null, "5"));

        Assert.Equal("intrabars probe", failure.ScriptTitle);
        Assert.Contains("imports 'OwnBar' on intrabars of \"5\", but the run has no lower-timeframe bars of 'BTCUSDT'", failure.Message);
        Assert.Contains("RunOptions.LowerTimeframeBars", failure.Message);
    }

    [Theory]
    [InlineData("60")]
    [InlineData("D")]
    public void A_timeframe_not_lower_than_the_charts_is_refused_and_pointed_to_Import(string timeframe)
    {
        (Bars chart, Bars quarters) = HandWorked();

        var failure = Assert.Throws<ScriptRuntimeException>(() => Run(chart, s_crypto, quarters, timeframe));

        Assert.Contains($"on intrabars of timeframe \"{timeframe}\", which is not lower than the chart's \"60\"", failure.Message);
        Assert.Contains("use Import(inputs, timeframe: ...)", failure.Message);
    }

    [Fact]
    public void Lower_timeframe_bars_coarser_than_the_timeframe_asked_for_are_refused()
    {
        (Bars chart, Bars quarters) = HandWorked();

        var failure = Assert.Throws<ScriptRuntimeException>(() => Run(chart, s_crypto, quarters, "5"));

        Assert.Contains("at timeframe \"5\", but the run's bars of 'BTCUSDT' are \"15\" bars", failure.Message);
    }

    [Fact]
    public void Reading_a_plain_imports_plot_as_intrabars_is_refused_with_how_to_import_on_intrabars()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(
            IntrabarsOfPlainImport.Create(), HandWorked().Chart, new RunOptions { Symbol = s_crypto }));

        Assert.Contains("Plot 'Close' of 'own bar' was read as intrabars outside a run that imports 'own bar' on intrabars", failure.Message);
        Assert.Contains("ImportIntrabars(inputs, timeframe: \"5\")", failure.Message);
    }
}
