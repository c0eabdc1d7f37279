using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Market orders, reversal, equity and the defaults (docs/strategy.md rules 1, 2, 11, 18,
/// 19), each on a handful of bars where the expected fill follows from the rule as written.
/// </summary>
public sealed class MarketOrderRuleTests
{
    [Fact]
    public void Rule1_a_market_entry_placed_on_a_bar_fills_at_the_next_bars_open()
    {
        Bars bars = TestBars.Ohlc((10, 11, 9, 10.5), (10.5, 12, 10, 11), (11.25, 13, 11, 12.5), (12.5, 13, 12, 12.75));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long);
            if (bar == 2) strategy.Close("L");
        });

        Trade trade = OnlyClosed(result);
        Assert.Equal(2, trade.EntryBar);
        Assert.Equal(11.25, trade.EntryPrice); // bar 2's open
        Assert.Equal(TestBars.TimeOf(2), trade.EntryTime);
        Assert.Equal(3, trade.ExitBar);
        Assert.Equal(12.5, trade.ExitPrice); // bar 3's open
        Assert.Equal(12.5 - 11.25, trade.Profit, 12);
    }

    [Fact]
    public void Rule1_an_order_placed_on_the_last_bar_never_fills()
    {
        StrategyResult result = Run(TestBars.Prices(1, 2, 3), (bar, strategy) =>
        {
            if (bar == 2) strategy.Entry("L", Direction.Long);
        });

        Assert.Empty(result.ClosedTrades);
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Rule2_a_market_order_can_be_cancelled_in_the_execution_that_placed_it_but_not_after_it_filled()
    {
        Bars bars = TestBars.Prices(10, 11, 12, 13);

        StrategyResult cancelledAtOnce = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Cancel("L");
            }
        });
        StrategyResult cancelledLater = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Cancel("L"); // bar 1's open already filled it
        });

        Assert.Empty(cancelledAtOnce.OpenTrades);
        Assert.Equal((1, 11.0), (Assert.Single(cancelledLater.OpenTrades).EntryBar, cancelledLater.OpenTrades[0].EntryPrice));
    }

    [Fact]
    public void Rule11_an_entry_against_the_position_closes_it_and_opens_the_new_size_in_one_fill()
    {
        Bars bars = TestBars.Prices(100, 101, 102, 103, 104);

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long, qty: 15);
            if (bar == 2) strategy.Entry("Short", Direction.Short, qty: 5);
        }, out OrderPlan script);

        // Long 15, entry short 5 -> one sell of 20 at bar 3's open: the long closes, 5 short open.
        Trade closed = OnlyClosed(result);
        Assert.Equal((Direction.Long, 15.0, 101.0, 103.0, "Short"), (closed.Direction, closed.Quantity, closed.EntryPrice, closed.ExitPrice, closed.ExitSignal));
        Assert.Equal(15 * (103.0 - 101.0), closed.Profit, 12);
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal((Direction.Short, 5.0, 103.0, 3), (open.Direction, open.Quantity, open.EntryPrice, open.EntryBar));
        Assert.Equal(-5, script.Observed[3].PositionSize);
    }

    [Fact]
    public void Rule18_equity_is_initial_capital_plus_net_profit_plus_open_profit_at_each_close()
    {
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (101, 104, 100, 103), (103, 106, 102, 105), (104, 104, 99, 100));
        var symbol = new SymbolInfo { PointValue = 50 };

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 2);
            if (bar == 2) strategy.Close("L");
        }, out OrderPlan script, new StrategySettings { InitialCapital = 10_000 }, symbol);

        // Long 2 from bar 1's open (101), point value 50: open profit = (close - 101) * 2 * 50.
        double[] expected =
        [
            10_000,
            10_000 + (103 - 101) * 2 * 50,
            10_000 + (105 - 101) * 2 * 50,
            10_000 + (104 - 101) * 2 * 50, // closed at bar 3's open (104); flat at its close
        ];
        Assert.Equal(expected, result.Equity.ToArray());
        Assert.Equal(expected, script.Observed.Select(o => o.Equity));
        Assert.Equal((104 - 101) * 2 * 50, result.Summary.NetProfit);
        Assert.Equal(new[] { 0.0, 2, 2, 0 }, script.Observed.Select(o => o.PositionSize));
        Assert.Equal(101, script.Observed[1].PositionAvgPrice);
        Assert.True(double.IsNaN(script.Observed[0].PositionAvgPrice));
    }

    [Fact]
    public void Rule18_a_position_open_at_the_end_is_reported_open_with_its_profit_at_the_last_close()
    {
        StrategyResult result = Run(TestBars.Prices(10, 12, 15), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("S", Direction.Short, qty: 2);
        });

        Trade open = Assert.Single(result.OpenTrades);
        Assert.True(open.IsOpen);
        Assert.Equal(("Open", 2, 15.0, 2 * (12.0 - 15.0)), (open.ExitSignal, open.MarkBar, open.MarkPrice, open.Profit));
        Assert.Equal((-1, double.NaN), (open.ExitBar, open.ExitPrice)); // a mark is not an exit
        Assert.Equal(2 * (12.0 - 15.0), result.Summary.OpenProfit);
        Assert.Empty(result.ClosedTrades);
    }

    [Fact]
    public void Rule19_the_defaults_are_Pine_v5s()
    {
        StrategySettings defaults = StrategySettings.Default;

        Assert.Equal(
            (1_000_000.0, QuantityType.Fixed, 1.0, 0, CommissionType.Percent, 0.0, 0, false, CloseEntriesRule.Fifo, 2.0, 0.0, 0.0, 0),
            (defaults.InitialCapital, defaults.DefaultQuantityType, defaults.DefaultQuantity, defaults.Pyramiding, defaults.CommissionType,
             defaults.CommissionValue, defaults.Slippage, defaults.ProcessOrdersOnClose, defaults.CloseEntriesRule, defaults.RiskFreeRate,
             defaults.MarginLong, defaults.MarginShort, defaults.BacktestFillLimitsAssumption));
        Assert.Same(defaults, OrderPlan.Metadata.Strategy); // [Strategy("Order plan")] writes no setting

        // An entry without a quantity buys 1; equity starts at 1,000,000.
        StrategyResult result = Run(TestBars.Prices(10, 11, 12), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        });
        Assert.Equal(1, Assert.Single(result.OpenTrades).Quantity);
        Assert.Equal(1_000_000 + (12 - 11), result.Equity.Span[^1]);
    }

    [Fact]
    public void Settings_declared_on_the_attribute_are_overridden_per_run_by_RunOptions_Strategy()
    {
        StrategySettings declared = SlippageBasic.Metadata.Strategy!;
        Assert.Equal((10_000.0, 10, 0.1), (declared.InitialCapital, declared.Slippage, declared.CommissionValue));

        Bars bars = TestBars.Prices(Enumerable.Range(0, 15).Select(i => 100.0 + i).ToArray());
        StrategyResult asDeclared = new RuntimeEnvironment().RunStrategy(SlippageBasic.Create(), bars);
        StrategyResult overridden = new RuntimeEnvironment().RunStrategy(
            SlippageBasic.Create(), bars, new RunOptions { Strategy = declared with { Slippage = 0, CommissionValue = 0 } });

        // The entry placed on bar 10 fills at bar 11's open, 111: with 10 ticks of 0.01 slippage, or without.
        Assert.Equal(111.10, asDeclared.OpenTrades[0].EntryPrice, 10);
        Assert.Equal(111, overridden.OpenTrades[0].EntryPrice);
        Assert.Equal(0, overridden.OpenTrades[0].Commission);
    }

    [Fact]
    public void Reusing_a_pending_entrys_id_modifies_that_order()
    {
        StrategyResult result = Run(TestBars.Prices(10, 11, 12), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 1);
                strategy.Entry("L", Direction.Long, qty: 3, comment: "second");
            }
        });

        Trade trade = Assert.Single(result.OpenTrades);
        Assert.Equal((3.0, "second"), (trade.Quantity, trade.EntrySignal));
    }

    [Fact]
    public void Close_and_close_all_without_a_comment_are_named_as_the_Strategy_Tester_names_them()
    {
        StrategyResult result = Run(TestBars.Prices(1, 2, 3, 4, 5), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long);
            if (bar == 1) strategy.Close("Long");
            if (bar == 2) strategy.Entry("Again", Direction.Long);
            if (bar == 3) strategy.CloseAll();
        });

        Assert.Equal(new[] { "Close entry(s) order Long", "Close position order" }, result.ClosedTrades.Select(t => t.ExitSignal));
    }

    [Fact]
    public void Invalid_orders_and_settings_are_rejected_with_what_would_be_valid()
    {
        var quantity = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Entry("L", Direction.Long, qty: -1)));
        Assert.Contains("strategy.entry(\"L\"): quantity must be a positive number, or na for the default; got -1", quantity.Message);

        var exit = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Exit("X", "L")));
        Assert.Contains("give at least one exit level", exit.Message);

        var percent = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Close("L", qtyPercent: 150)));
        Assert.Contains("quantityPercent must be in (0, 100], or na; got 150", percent.Message);

        var closing = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Exit("X", "L", qty: 0, loss: 10)));
        Assert.Contains("strategy.exit(\"X\"): quantity must be a positive number, or na for all; got 0", closing.Message);

        var offset = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Exit("X", "L", loss: 10, trailOffset: 5)));
        Assert.Contains("strategy.exit(\"X\"): trailOffset must be 0 or more ticks, given with trailPrice or trailPoints; got 5 without an activation level", offset.Message);

        var id = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (_, strategy) => strategy.Cancel("")));
        Assert.Contains("strategy.cancel: the order id must be a non-empty string.", id.Message);

        var settings = Assert.Throws<ScriptEngineException>(() => Run(TestBars.Prices(1, 2), (_, _) => { }, new StrategySettings { InitialCapital = 0 }));
        Assert.Contains("InitialCapital must be a positive finite number; got 0", settings.Message);

        var slippage = Assert.Throws<ScriptEngineException>(() => Run(TestBars.Prices(1, 2), (_, _) => { }, new StrategySettings { Slippage = -1 }));
        Assert.Contains("Slippage must be 0 or more ticks; got -1", slippage.Message);
    }
}
