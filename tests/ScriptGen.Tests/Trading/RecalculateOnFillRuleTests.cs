using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// docs/strategy.md rule 9, <c>calc_on_order_fills</c>: the script runs again after each fill within the
/// bar, historical bars being four ticks (open, high, low, close). Tick 0.01. Bar 2 opens at 101, nearer
/// its low, so its path is 101 → 100 → 106 → 105.
/// </summary>
public sealed class RecalculateOnFillRuleTests
{
    private static readonly Bars Bars = TestBars.Ohlc(
        (100, 101, 99, 100),
        (100, 102, 99, 101),
        (101, 106, 100, 105),
        (105, 107, 104, 106));

    [Fact]
    public void Rule9_the_run_after_an_entry_fills_at_the_open_places_an_exit_that_fills_on_the_same_bar()
    {
        FillRerunPlan script = Run((bar, run, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long);
            if (bar == 2 && strategy.PositionSize > 0) strategy.Exit("TP", "L", limit: 104);
        }, out StrategyResult result);

        // The entry fills at bar 2's open; the run standing there sees the position and places the
        // take-profit, which the rest of the path reaches (100 → 106) at 104. Without the re-run the exit
        // would only exist from bar 2's close on.
        Assert.Equal([(2, 101.0, 2, 104.0, "TP")], Fills(result));
        RunView[] bar2 = script.Runs.Where(r => r.Bar == 2).ToArray();
        Assert.Equal([1.0, 0, 0], bar2.Select(r => r.PositionSize));   // at the open, after the exit's tick, at the close
        Assert.Equal(1_000_003.0, bar2[1].Equity, 9);                   // the re-run after the exit fill: 104 - 101 realized
    }

    [Fact]
    public void Rule9_a_run_after_a_fill_sees_the_position_marked_at_that_tick_and_the_close_run_at_the_close()
    {
        FillRerunPlan script = Run((bar, run, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long);
            if (bar == 2 && run == 0) strategy.Order("Add", Direction.Long, stop: 103);
        }, out _);

        // "Add" fills at its stop, 103, on the way 100 → 106; the run after it stands at 106.
        RunView[] bar2 = script.Runs.Where(r => r.Bar == 2).ToArray();
        Assert.Equal(3, bar2.Length);
        Assert.Equal((2.0, (106 - 101) + (106 - 103.0)), (bar2[1].PositionSize, bar2[1].OpenProfit));
        Assert.Equal((2.0, (105 - 101) + (105 - 103.0)), (bar2[2].PositionSize, bar2[2].OpenProfit));
    }

    [Fact]
    public void Rule9_at_most_four_fills_a_bar_two_at_the_open_then_one_at_each_extreme()
    {
        FillRerunPlan script = Run(ReverseOnBars1And2, out StrategyResult result);

        // Each run reverses with a market order: it fills where the run stands (open, open, then the
        // low-side extreme, then the high), and each further run stands one tick further along. The
        // close run's reversal waits for bar 3's open.
        Assert.Equal(
            [(2, 101.0, 2, 101.0, "S"), (2, 101.0, 2, 100.0, "L"), (2, 100.0, 2, 106.0, "S"), (2, 106.0, 3, 105.0, "L")],
            Fills(result));
        Assert.Equal(4, script.Runs.Count(r => r.Bar == 2));
        Assert.Equal(2, script.Runs.Count(r => r.Bar == 3)); // bar 3's open fill, then its close
        Assert.Equal(1, script.Runs.Count(r => r.Bar == 1));
    }

    [Fact]
    public void Rule9_every_run_starts_from_the_bars_starting_state_fields_series_and_ta_alike()
    {
        FillRerunPlan script = Run(ReverseOnBars1And2, out StrategyResult result);

        foreach (RunView run in script.Runs)
        {
            Assert.Equal(run.Bar + 1, run.RunsCounted); // a field incremented in every run, put back before each
            Assert.Equal(run.Bar + 1, run.Count);     // count = count[1] + 1 advanced once per bar, not per run
        }

        // ta.Sma(close, 2) on bar 2 = (101 + 105) / 2 in every one of its four runs.
        Assert.All(script.Runs.Where(r => r.Bar == 2), r => Assert.Equal(103.0, r.Sma2));
        Assert.Equal([0, 1, 2, 3], script.Runs.Where(r => r.Bar == 2).Select(r => r.Run)); // [Varip] counts every run
        // The plot is called by bar 2's third run (long) but not by its close run (short): the bar keeps
        // what its close run drew, na. On bar 3 the close run is the second run, long: 1.
        double[] laterLong = result.GetPlot("Later run, long").Values.ToArray();
        Assert.True(double.IsNaN(laterLong[2]), $"bar 2 plotted {laterLong[2]}");
        Assert.Equal(1.0, laterLong[3]);
        Assert.True(double.IsNaN(result.Shapes[0].Values.Span[2]), "bar 2 keeps no shape");
        Assert.Equal(1.0, result.Shapes[0].Values.Span[3]);
        Assert.Null(result.BarColors[0].Colors.Span[2]);
        Assert.Equal(new Color(0xF2, 0x36, 0x45), result.BarColors[0].Colors.Span[3]); // Pine's red
    }

    [Fact]
    public void Rule9_a_default_sized_order_placed_after_a_fill_is_sized_at_that_ticks_price()
    {
        var settings = new StrategySettings { CalcOnOrderFills = true, DefaultQuantityType = QuantityType.Cash, DefaultQuantity = 1000 };
        Run((bar, run, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long, qty: 1, limit: 100); // fills at the low-side tick, 100
            if (bar == 2 && strategy.PositionSize == 1) strategy.Order("Add", Direction.Long);
        }, out StrategyResult result, settings);

        // Sized in the run standing at 100: 1000 / 100 = 10 units, filled there (sized at the close, 105, it would be 9.52...).
        Trade added = Assert.Single(result.OpenTrades, t => t.EntryId == "Add");
        Assert.Equal((10.0, 100.0, 2), (added.Quantity, added.EntryPrice, added.EntryBar));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Rule9_no_re_runs_when_the_setting_is_off_or_orders_fill_on_close(bool calcOnOrderFills, bool processOrdersOnClose)
    {
        var settings = new StrategySettings { CalcOnOrderFills = calcOnOrderFills, ProcessOrdersOnClose = processOrdersOnClose };
        FillRerunPlan script = Run(ReverseOnBars1And2, out _, settings);

        Assert.Equal(Bars.Count, script.Runs.Count);
    }

    [Fact]
    public void A_strategy_whose_fields_cannot_be_rolled_back_is_refused_when_a_run_turns_the_setting_on()
    {
        var failure = Assert.Throws<ScriptEngineException>(() =>
            BrokerScenario.Run(Bars, (_, _) => { }, new StrategySettings { CalcOnOrderFills = true }));

        Assert.Contains("Strategy 'Order plan' runs with CalcOnOrderFills", failure.Message);
        Assert.Contains("property 'OnBar' (Action<int, PineStrategy>?, OrderPlan.pine.cs(14,", failure.Message);
        Assert.Contains("property 'Observed'", failure.Message);
        Assert.Contains("[Varip]", failure.Message);
    }

    private static void ReverseOnBars1And2(int bar, int run, PineStrategy strategy)
    {
        if (bar is 1 or 2)
        {
            bool longNow = strategy.PositionSize > 0;
            strategy.Entry(longNow ? "S" : "L", longNow ? Direction.Short : Direction.Long);
        }
    }

    private static FillRerunPlan Run(Action<int, int, PineStrategy> plan, out StrategyResult result, StrategySettings? settings = null)
    {
        FillRerunPlan script = FillRerunPlan.Create();
        script.OnRun = plan;
        result = new RuntimeEnvironment().RunStrategy(script, Bars, new RunOptions { Strategy = settings });
        return script;
    }
}
