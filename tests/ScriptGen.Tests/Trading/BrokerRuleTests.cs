using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The broker rules the foundation implements, each on a handful of bars where the expected fill
/// follows from the rule as written in shared/pine/broker-rules.md (rule numbers cited).
/// </summary>
public sealed class BrokerRuleTests
{
    private static StrategyResult Run(Bars bars, Action<int, PineStrategy> plan, StrategySettings? settings = null, SymbolInfo? symbol = null) =>
        Run(bars, plan, out _, settings, symbol);

    private static StrategyResult Run(
        Bars bars, Action<int, PineStrategy> plan, out OrderPlan script, StrategySettings? settings = null, SymbolInfo? symbol = null)
    {
        script = OrderPlan.Create();
        script.OnBar = plan;
        var options = new RunOptions { Strategy = settings, Symbol = symbol ?? SymbolInfo.Default };
        return new RuntimeEnvironment().RunStrategy(script, bars, options);
    }

    [Fact]
    public void Rule1_a_market_entry_placed_on_a_bar_fills_at_the_next_bars_open()
    {
        Bars bars = TestBars.Ohlc((10, 11, 9, 10.5), (10.5, 12, 10, 11), (11.25, 13, 11, 12.5), (12.5, 13, 12, 12.75));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long);
            if (bar == 2) strategy.Close("L");
        });

        Trade trade = Assert.Single(result.ClosedTrades);
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
    public void Rule10_same_direction_entries_beyond_pyramiding_are_ignored_and_pyramiding_0_means_one()
    {
        Bars bars = TestBars.Prices(10, 11, 12, 13, 14, 15);
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar < 3) strategy.Entry("L" + bar, Direction.Long);
        };

        StrategyResult single = Run(bars, plan, new StrategySettings { Pyramiding = 0 });
        StrategyResult two = Run(bars, plan, new StrategySettings { Pyramiding = 2 });

        Trade only = Assert.Single(single.OpenTrades);
        Assert.Equal(("L0", 11.0), (only.EntryId, only.EntryPrice));
        Assert.Equal(new[] { ("L0", 11.0), ("L1", 12.0) }, two.OpenTrades.Select(t => (t.EntryId, t.EntryPrice)));
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

        Trade closed = Assert.Single(result.ClosedTrades);
        Assert.Equal((Direction.Long, 15.0, 101.0, 103.0, "Short"), (closed.Direction, closed.Quantity, closed.EntryPrice, closed.ExitPrice, closed.ExitSignal));
        Assert.Equal(15 * (103.0 - 101.0), closed.Profit, 12);
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal((Direction.Short, 5.0, 103.0, 3), (open.Direction, open.Quantity, open.EntryPrice, open.EntryBar));
        Assert.Equal(-5, script.Observed[3].PositionSize); // after the fill on bar 3: short 5
    }

    [Fact]
    public void Rule12_under_FIFO_a_close_takes_its_entrys_quantity_from_the_oldest_trade()
    {
        // Rule 12: "an exit closes the oldest open trade first, whatever entry id it names".
        Bars bars = TestBars.Prices(10, 11, 12, 13, 14, 15);
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("A", Direction.Long);
            if (bar == 1) strategy.Entry("B", Direction.Long);
            if (bar == 2) strategy.Entry("C", Direction.Long);
            if (bar == 3) strategy.Close("B", comment: "drop B");
            if (bar == 4) strategy.CloseAll();
        };

        StrategyResult fifo = Run(bars, plan, new StrategySettings { Pyramiding = 3 });
        StrategyResult any = Run(bars, plan, new StrategySettings { Pyramiding = 3, CloseEntriesRule = CloseEntriesRule.Any });

        // FIFO: B's one unit comes off A, the oldest trade; close_all then closes B and C.
        Assert.Equal(
            new[] { ("A", "drop B", 14.0), ("B", "Close position order", 15.0), ("C", "Close position order", 15.0) },
            fifo.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal, t.ExitPrice)));
        // ANY honours the id: B closes first.
        Assert.Equal(
            new[] { ("B", "drop B", 14.0), ("A", "Close position order", 15.0), ("C", "Close position order", 15.0) },
            any.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal, t.ExitPrice)));
        Assert.Equal(new[] { 2, 1, 3 }, any.ClosedTrades.Select(t => t.Number));
    }

    [Fact]
    public void Close_without_a_comment_is_named_as_the_Strategy_Tester_names_it()
    {
        StrategyResult result = Run(TestBars.Prices(1, 2, 3, 4), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long);
            if (bar == 1) strategy.Close("Long");
        });

        Assert.Equal("Close entry(s) order Long", Assert.Single(result.ClosedTrades).ExitSignal);
    }

    [Fact]
    public void Reusing_a_pending_entrys_id_replaces_that_order()
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
    public void A_position_open_at_the_end_is_reported_open_with_its_profit_at_the_last_close()
    {
        StrategyResult result = Run(TestBars.Prices(10, 12, 15), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("S", Direction.Short, qty: 2);
        });

        Trade open = Assert.Single(result.OpenTrades);
        Assert.True(open.IsOpen);
        Assert.Equal(("Open", 15.0, 2 * (12.0 - 15.0)), (open.ExitSignal, open.ExitPrice, open.Profit));
        Assert.Equal(2 * (12.0 - 15.0), result.Summary.OpenProfit);
        Assert.Empty(result.ClosedTrades);
    }

    [Fact]
    public void Invalid_quantities_and_settings_are_rejected_with_what_would_be_valid()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => Run(TestBars.Prices(1, 2), (bar, strategy) => strategy.Entry("L", Direction.Long, qty: -1)));
        Assert.Contains("quantity must be a positive number, or na for the default; got -1", failure.Message);

        var settings = Assert.Throws<ScriptEngineException>(() => Run(TestBars.Prices(1, 2), (_, _) => { }, new StrategySettings { InitialCapital = 0 }));
        Assert.Contains("InitialCapital must be a positive finite number; got 0", settings.Message);
    }
}
