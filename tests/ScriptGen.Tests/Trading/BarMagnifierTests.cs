using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The bar magnifier (docs/strategy.md "The bar magnifier"): with <c>UseBarMagnifier</c> and
/// <see cref="RunOptions.MagnifierBars"/>, orders fill along the lower-timeframe bars inside each bar, each on its own
/// four-point path. Expected fills are worked out by hand from the rules, or are TradingView's own
/// (<see cref="BarMagnifierReferenceTests"/>).
/// </summary>
public sealed class BarMagnifierTests
{
    private const long Minute = 60_000;
    private static readonly (double, double, double, double) Flat = (100, 100.5, 99.5, 100);

    /// <summary>Minute bars inside the hourly <see cref="TestBars"/> bars: each group starts at its chart bar's open time.</summary>
    internal static Bars MinuteBars(params (int ChartBar, (double Open, double High, double Low, double Close)[] Rows)[] groups)
    {
        var rows = groups.SelectMany(g => g.Rows.Select((r, i) => (Time: TestBars.TimeOf(g.ChartBar) + i * Minute, Row: r))).ToArray();
        return Bars.FromArrays(
            rows.Select(r => r.Time).ToArray(), rows.Select(r => r.Row.Open).ToArray(), rows.Select(r => r.Row.High).ToArray(),
            rows.Select(r => r.Row.Low).ToArray(), rows.Select(r => r.Row.Close).ToArray(), null, TimeSpan.FromMinutes(1));
    }

    private static StrategyResult RunPlan(Bars bars, Action<int, PineStrategy> plan, Bars? magnifier, StrategySettings? settings = null)
    {
        OrderPlan script = OrderPlan.Create();
        script.OnBar = plan;
        var options = new RunOptions
        {
            Strategy = (settings ?? StrategySettings.Default) with { UseBarMagnifier = magnifier is not null },
            MagnifierBars = magnifier,
        };
        return new RuntimeEnvironment().RunStrategy(script, bars, options);
    }

    [Fact]
    public void A_bracket_whose_four_point_path_takes_profit_stops_out_along_the_minute_bars()
    {
        // Long 1 at bar 1's open, 100, bracketed at 103 (limit) and 97 (stop). Bar 2 is (101, 104, 96, 100).
        // Without the magnifier its open is nearer the high (3 away, the low 5), so the path goes 101 -> 104 -> 96 -> 100 and
        // reaches the take-profit first: exit 103. Run-up 103 - 100 = 3; drawdown 100 - 99.5 = 0.5 (bar 1's low).
        // With its minute bars the price first falls: (101, 101.5, 98, 98.5) walks 101 -> 101.5 -> 98 -> 98.5 (open nearer
        // the high), (98.5, 99, 96, 96.5) walks 98.5 -> 99 -> 96 and meets the stop at 97: exit 97. Run-up 101.5 - 100 = 1.5,
        // drawdown 100 - 97 = 3. Equity (1,000,000 of capital) along the paths: with the magnifier it peaks at 1,000,001.5
        // (101.5) and falls to 999,997 at the stop, a max drawdown of 4.5; its largest rise is 999,999.5 (bar 1's low) to that
        // peak, 2. Without it: max drawdown 0.5, max run-up 999,999.5 to 1,000,003, 3.5.
        Bars chart = TestBars.Ohlc(Flat, Flat, (101, 104, 96, 100), Flat);
        Bars minutes = MinuteBars((2, [(101, 101.5, 98, 98.5), (98.5, 99, 96, 96.5), (96.5, 102, 96.5, 101.5), (101.5, 104, 100, 100)]));
        void Plan(int bar, PineStrategy strategy)
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("B", "L", limit: 103, stop: 97);
            }
        }

        StrategyResult magnified = RunPlan(chart, Plan, minutes);
        StrategyResult fourPoint = RunPlan(chart, Plan, magnifier: null);

        Assert.Equal(new[] { (1, 100.0, 2, 97.0, "B") }, Fills(magnified));
        Assert.Equal((1.5, 3.0), (magnified.ClosedTrades[0].MaxRunUp, magnified.ClosedTrades[0].MaxDrawdown));
        Assert.Equal((4.5, 2.0), (magnified.Summary.MaxDrawdown, magnified.Summary.MaxRunUp));
        Assert.Equal(new[] { (1, 100.0, 2, 103.0, "B") }, Fills(fourPoint));
        Assert.Equal((3.0, 0.5), (fourPoint.ClosedTrades[0].MaxRunUp, fourPoint.ClosedTrades[0].MaxDrawdown));
        Assert.Equal((0.5, 3.5), (fourPoint.Summary.MaxDrawdown, fourPoint.Summary.MaxRunUp));
    }

    [Theory]
    [InlineData(true, 110.0)]
    [InlineData(false, 90.0)]
    public void PyneCore_020_the_minute_path_decides_between_take_profit_and_stop_loss(bool upFirst, double exit)
    {
        // test_020_bar_magnifier.py (PyneCore's synthetic magnifier scenario): 5-minute chart bars made of 1-minute bars; a
        // long at 100 from bar 1's open with a 110 take-profit and a 90 stop. Bar 2's minutes go up to 112 first (the limit
        // fills at 110) or down to 88 first (the stop fills at 90). Without the magnifier the up-first bar (100, 112, 88, 92),
        // its open mid-range, goes to the low first and stops out at 90.
        (double, double, double, double)[] flat = [.. Enumerable.Repeat((100.0, 100.5, 99.5, 100.0), 5)];
        (double, double, double, double)[] bar2 = upFirst
            ? [(100, 105, 100, 105), (105, 112, 105, 110), (110, 110, 95, 95), (95, 95, 88, 90), (90, 92, 88, 92)]
            : [(100, 100, 95, 95), (95, 95, 88, 90), (90, 105, 90, 105), (105, 112, 105, 110), (110, 112, 108, 108)];
        Bars minutes = Sequence([.. flat, .. flat, .. bar2], Minute);
        Bars chart = Aggregate(minutes, 5);
        void Plan(int bar, PineStrategy strategy)
        {
            if (strategy.PositionSize == 0) strategy.Entry("Long", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("TP/SL", "Long", limit: 110, stop: 90);
        }

        StrategyResult magnified = RunPlan(chart, Plan, minutes, new StrategySettings { InitialCapital = 100_000 });

        Assert.Equal(new[] { (1, 100.0, 2, exit, "TP/SL") }, Fills(magnified));
        Assert.Equal(90.0, Fills(RunPlan(chart, Plan, magnifier: null))[0].Item4);
    }

    [Fact]
    public void A_price_the_minutes_open_away_from_the_bars_open_is_a_jump_that_fills_where_it_lands()
    {
        // Bar 1 opens at 100 but its only minute bar opens at 101: the price jumps, as at a bar's open (rule 4), and the buy
        // stop at 100.5 it jumps through fills at 101. Without the magnifier the bar (100, 102, 99, 101) walks 100 -> 99 ->
        // 102 and the stop fills at its own 100.5.
        Bars chart = TestBars.Ohlc(Flat, (100, 102, 99, 101), Flat);
        Bars minutes = MinuteBars((1, [(101, 102, 100.5, 101)]));
        void Plan(int bar, PineStrategy strategy)
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, stop: 100.5);
        }

        Assert.Equal(101.0, Assert.Single(RunPlan(chart, Plan, minutes).OpenTrades).EntryPrice);
        Assert.Equal(100.5, Assert.Single(RunPlan(chart, Plan, magnifier: null).OpenTrades).EntryPrice);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void With_one_intrabar_equal_to_each_bar_every_fill_and_figure_is_the_run_without_the_magnifier(bool margin, bool everyOtherBar)
    {
        // An intrabar that is its bar walks the bar's own path: the same fills, trades, equity, drawdown and run-up to the
        // bit, margin calls included; bars without an intrabar keep their own path anyway.
        Bars chart = RandomWalk(3_000, seed: 5);
        int[] magnified = [.. Enumerable.Range(0, chart.Count).Where(i => !everyOtherBar || i % 2 == 0)];
        Bars same = Bars.FromArrays(
            [.. magnified.Select(i => chart.Time[i])], [.. magnified.Select(i => chart.Open[i])], [.. magnified.Select(i => chart.High[i])],
            [.. magnified.Select(i => chart.Low[i])], [.. magnified.Select(i => chart.Close[i])], null, TimeSpan.FromMinutes(1));
        StrategySettings settings = BracketProbe.Metadata.Strategy! with { MarginLong = margin ? 50 : 0, MarginShort = margin ? 50 : 0 };
        StrategyResult Run(Bars? magnifier) => new RuntimeEnvironment().RunStrategy(BracketProbe.Create(), chart, new RunOptions
        {
            Strategy = settings with { UseBarMagnifier = magnifier is not null },
            MagnifierBars = magnifier,
        });

        StrategyResult plain = Run(null);
        StrategyResult magnifiedRun = Run(same);

        Assert.True(plain.ClosedTrades.Count > 100, $"only {plain.ClosedTrades.Count} trades");
        AssertSameRun(plain, magnifiedRun);
    }

    [Fact]
    public void With_one_intrabar_equal_to_each_bar_the_re_runs_after_fills_stand_where_they_stand_without_it()
    {
        // calc_on_order_fills: a script that reverses on every run re-runs at the same points of the same path.
        Bars chart = RandomWalk(300, seed: 9);
        Bars same = Bars.FromArrays(
            chart.Time.ToArray(), chart.Open.ToArray(), chart.High.ToArray(), chart.Low.ToArray(), chart.Close.ToArray(), null, TimeSpan.FromMinutes(1));
        (IReadOnlyList<RunView> Runs, StrategyResult Result) Run(Bars? magnifier)
        {
            FillRerunPlan script = FillRerunPlan.Create();
            script.OnRun = (_, _, strategy) => strategy.Entry(strategy.PositionSize > 0 ? "S" : "L", strategy.PositionSize > 0 ? Direction.Short : Direction.Long);
            StrategyResult result = new RuntimeEnvironment().RunStrategy(script, chart, new RunOptions
            {
                Strategy = FillRerunPlan.Metadata.Strategy! with { UseBarMagnifier = magnifier is not null },
                MagnifierBars = magnifier,
            });
            return (script.Runs, result);
        }

        var plain = Run(null);
        var magnified = Run(same);

        Assert.True(plain.Runs.Count > chart.Count * 2, $"only {plain.Runs.Count} runs");
        Assert.Equal(plain.Runs, magnified.Runs);
        AssertSameRun(plain.Result, magnified.Result);
    }

    [Fact]
    public void A_strategy_that_sets_the_magnifier_without_magnifier_bars_is_told_how_to_pass_them()
    {
        var failure = Assert.Throws<ScriptEngineException>(() =>
            new RuntimeEnvironment().RunStrategy(OrderPlan.Create(), TestBars.Ohlc(Flat, Flat), new RunOptions { Strategy = new() { UseBarMagnifier = true } }));

        Assert.Contains("Strategy 'Order plan' sets UseBarMagnifier", failure.Message);
        Assert.Contains("RunOptions.MagnifierBars", failure.Message);
        Assert.Contains("--magnifier-data", failure.Message);
    }

    [Fact]
    public void Magnifier_bars_given_to_a_strategy_without_the_setting_are_an_error_not_ignored()
    {
        var failure = Assert.Throws<ScriptEngineException>(() => new RuntimeEnvironment().RunStrategy(
            OrderPlan.Create(), TestBars.Ohlc(Flat, Flat), new RunOptions { MagnifierBars = MinuteBars((0, [Flat])) }));

        Assert.Contains("does not set UseBarMagnifier", failure.Message);
        Assert.Contains("UseBarMagnifier = true", failure.Message);
    }

    [Fact]
    public void Magnifier_bars_not_of_a_lower_timeframe_than_the_chart_are_rejected()
    {
        Bars chart = TestBars.Ohlc(Flat, Flat, Flat);
        var failure = Assert.Throws<BarDataException>(() => RunPlan(chart, (_, _) => { }, TestBars.Ohlc(Flat, Flat)));

        Assert.Contains("The magnifier bars' timeframe ('60') is not lower than the chart bars' ('60')", failure.Message);
    }

    [Fact]
    public void A_magnifier_bar_after_the_last_chart_bar_ends_is_rejected_naming_it_and_the_chart_range()
    {
        // Three hourly bars from 2024-01-01 00:00 end at 03:00; a minute bar at 03:00 belongs to none.
        Bars chart = TestBars.Ohlc(Flat, Flat, Flat);
        Bars minutes = MinuteBars((0, [Flat]), (3, [Flat]));
        var failure = Assert.Throws<BarDataException>(() => RunPlan(chart, (_, _) => { }, minutes));

        Assert.Contains("Magnifier bar 1 (2024-01-01 03:00:00Z) lies after the last chart bar (2024-01-01 02:00:00Z), which ends at 2024-01-01 03:00:00Z", failure.Message);
        Assert.Contains("from 2024-01-01 00:00:00Z to 2024-01-01 03:00:00Z", failure.Message);
        Assert.Equal("time", failure.Column);
    }

    [Fact]
    public void A_magnifier_bar_in_a_gap_between_chart_bars_is_rejected()
    {
        // Hourly chart bars at 00:00 and 02:00 (the 01:00 bar missing: a session break); a minute bar at 01:30 lies in neither.
        Bars chart = Bars.FromArrays(
            [TestBars.TimeOf(0), TestBars.TimeOf(2)], [100.0, 100], [100.5, 100.5], [99.5, 99.5], [100.0, 100], null, TimeSpan.FromHours(1));
        Bars minutes = Bars.FromArrays([TestBars.TimeOf(1) + 30 * Minute], [100.0], [100.0], [100.0], [100.0], null, TimeSpan.FromMinutes(1));
        var failure = Assert.Throws<BarDataException>(() => RunPlan(chart, (_, _) => { }, minutes));

        Assert.Contains(
            "Magnifier bar 0 (2024-01-01 01:30:00Z) lies between chart bar 0 (2024-01-01 00:00:00Z), which ends at 2024-01-01 01:00:00Z, and chart bar 1",
            failure.Message);
    }

    [Fact]
    public void A_magnifier_bar_trading_outside_its_chart_bars_range_is_rejected()
    {
        // Chart bar 1 is (100, 100.5, 99.5, 100); its second minute bar reaches 101: another symbol, session or time zone.
        Bars chart = TestBars.Ohlc(Flat, Flat, Flat);
        Bars minutes = MinuteBars((1, [Flat, (100, 101, 99.8, 100)]));
        var failure = Assert.Throws<BarDataException>(() => RunPlan(chart, (_, _) => { }, minutes));

        Assert.Contains(
            "Magnifier bar 1 (2024-01-01 01:01:00Z) has a high of 101, above the high 100.5 of chart bar 1 (2024-01-01 01:00:00Z), the bar it lies in",
            failure.Message);
        Assert.Equal("high", failure.Column);
    }

    [Fact]
    public void Minute_bars_that_do_not_reach_their_bars_extremes_or_cover_every_bar_are_used_as_they_are()
    {
        // TradingView uses whatever intrabars exist. Bar 2 (100, 104, 96, 100) has two minute bars that stay within 99-101, so
        // neither the 103 limit nor the 97 stop of the long is reached on it; bar 3 has none, and its own path (100, 104, 99.5,
        // 103.5: open nearer the low, so 100 -> 99.5 -> 104) takes profit at 103.
        Bars chart = TestBars.Ohlc(Flat, Flat, (100, 104, 96, 100), (100, 104, 99.5, 103.5));
        Bars minutes = MinuteBars((2, [(100, 101, 99.5, 99.5), (99.5, 100, 99, 100)]));
        StrategyResult result = RunPlan(chart, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("B", "L", limit: 103, stop: 97);
            }
        }, minutes);

        Assert.Equal(new[] { (1, 100.0, 3, 103.0, "B") }, Fills(result));
    }

    /// <summary>Every fill, trade, equity value and drawdown/run-up figure of two runs, to the bit.</summary>
    private static void AssertSameRun(StrategyResult expected, StrategyResult actual)
    {
        static object[] Row(Trade t) =>
            [t.EntryId, t.EntryBar, t.EntryPrice, t.Quantity, t.ExitSignal, t.ExitBar, t.ExitPrice, t.Profit, t.Commission, t.MaxRunUp, t.MaxDrawdown];

        Assert.Equal(expected.ClosedTrades.Select(Row), actual.ClosedTrades.Select(Row));
        Assert.Equal(expected.OpenTrades.Select(Row), actual.OpenTrades.Select(Row));
        Assert.Equal(expected.Equity.ToArray(), actual.Equity.ToArray());
        Assert.Equal(
            (expected.Summary.MaxDrawdown, expected.Summary.MaxRunUp, expected.Summary.All.MarginCalls),
            (actual.Summary.MaxDrawdown, actual.Summary.MaxRunUp, actual.Summary.All.MarginCalls));
    }

    /// <summary>Bars <paramref name="step"/> milliseconds apart from <see cref="TestBars.Start"/>.</summary>
    private static Bars Sequence((double Open, double High, double Low, double Close)[] rows, long step) =>
        Bars.FromArrays(
            [.. rows.Select((_, i) => TestBars.Start + i * step)], [.. rows.Select(r => r.Open)], [.. rows.Select(r => r.High)],
            [.. rows.Select(r => r.Low)], [.. rows.Select(r => r.Close)], null, TimeSpan.FromMilliseconds(step));

    /// <summary>Every <paramref name="size"/> bars of <paramref name="bars"/> as one: first open, highest high, lowest low, last close.</summary>
    internal static Bars Aggregate(Bars bars, int size)
    {
        int count = bars.Count / size;
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        for (int i = 0; i < count; i++)
        {
            int from = i * size;
            time[i] = bars.Time[from];
            open[i] = bars.Open[from];
            high[i] = bars.High.Slice(from, size).ToArray().Max();
            low[i] = bars.Low.Slice(from, size).ToArray().Min();
            close[i] = bars.Close[from + size - 1];
        }

        return Bars.FromArrays(time, open, high, low, close, null, bars.Timeframe * size);
    }

    /// <summary>Hourly bars of a random walk on the 0.01 grid.</summary>
    private static Bars RandomWalk(int count, int seed)
    {
        var random = new Random(seed);
        var time = new long[count];
        var open = new double[count];
        var high = new double[count];
        var low = new double[count];
        var close = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            time[i] = TestBars.TimeOf(i);
            open[i] = price;
            price = Math.Round(price + random.NextDouble() - 0.5, 2);
            close[i] = price;
            high[i] = Math.Round(Math.Max(open[i], close[i]) + random.NextDouble() * 0.3, 2);
            low[i] = Math.Round(Math.Min(open[i], close[i]) - random.NextDouble() * 0.3, 2);
        }

        return Bars.FromArrays(time, open, high, low, close);
    }
}
