using ScriptGen.Tests.Scripts;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The fill pass at the close (docs/strategy.md rule 8: <c>process_orders_on_close</c> and
/// <c>immediately</c>) and margin calls (rule 17). Tick 0.01.
/// </summary>
public sealed class CloseAndMarginRuleTests
{
    [Fact]
    public void Rule8_with_process_orders_on_close_market_orders_fill_at_the_close_of_the_bar_that_placed_them()
    {
        Bars bars = TestBars.Ohlc((100, 101, 99, 100.5), (101, 103, 100, 102), (102, 104, 101, 103.5), (103, 104, 102, 103));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long);
            if (bar == 2) strategy.Close("L");
        }, out OrderPlan script, new StrategySettings { ProcessOrdersOnClose = true, Slippage = 1 });

        Trade trade = OnlyClosed(result);
        Assert.Equal((1, 102.01, 2, 103.49), (trade.EntryBar, Math.Round(trade.EntryPrice, 10), trade.ExitBar, Math.Round(trade.ExitPrice, 10)));
        // The script saw the position only from the next bar on (it ran before the close pass), and the
        // equity curve records the bar after its close-pass fills.
        Assert.Equal(new[] { 0.0, 0, 1, 0 }, script.Observed.Select(o => o.PositionSize));
        Assert.Equal(1_000_000 + (103.49 - 102.01), result.Equity.Span[2], 9);
    }

    [Fact]
    public void Rule8_a_price_order_placed_with_process_orders_on_close_fills_at_the_close_when_the_close_is_through_it()
    {
        Bars bars = TestBars.Ohlc((100, 101, 99, 100.5), (101, 103, 100, 102), (102, 104, 101, 103.5));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("L", Direction.Long, stop: 101); // the close, 102, is through the stop
        }, new StrategySettings { ProcessOrdersOnClose = true });

        Assert.Equal((1, 102.0), (result.OpenTrades[0].EntryBar, result.OpenTrades[0].EntryPrice));
    }

    [Fact]
    public void Rule8_close_immediately_fills_at_the_close_of_its_bar_while_other_orders_wait_for_the_next_open()
    {
        Bars bars = TestBars.Ohlc((100, 101, 99, 100), (100, 102, 99, 101), (101, 103, 100, 102.5), (103, 104, 102, 103));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long);
                strategy.Entry("B", Direction.Long);
            }

            if (bar == 2)
            {
                strategy.Close("A", comment: "now", immediately: true);
                strategy.Close("B", comment: "next open");
            }
        }, out OrderPlan script, new StrategySettings { Pyramiding = 2, CloseEntriesRule = CloseEntriesRule.Any });

        Assert.Equal(new[] { ("A", 2, 102.5, "now"), ("B", 3, 103.0, "next open") }, result.ClosedTrades.Select(t => (t.EntryId, t.ExitBar, t.ExitPrice, t.ExitSignal)));
        Assert.Equal(2, script.Observed[2].PositionSize); // within bar 2's execution both trades are still open
    }

    [Fact]
    public void Rule17_a_margin_call_liquidates_four_times_the_shortfall_at_the_adverse_extreme()
    {
        // Capital 10,000, long 500 at 100 with margin 10 %. Bar 2's path O-H-L-C (98, 99, 88, 90) reaches
        // 88, where (the manual's ten steps): equity = 10,000 - 500 x 12 = 4,000; position value 44,000;
        // margin 4,400; available funds -400; loss -400 / 0.1 = -4,000; cover = trunc(4,000 / 88) = 45;
        // margin call = 4 x 45 = 180 units, closed at 88.
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (100, 100.5, 99.5, 100), (98, 99, 88, 90));
        var settings = new StrategySettings { InitialCapital = 10_000, MarginLong = 10 };

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 500);
        }, settings, new SymbolInfo { QuantityStep = 1 });

        Trade call = OnlyClosed(result);
        Assert.Equal(("Margin call", 180.0, 88.0, 2), (call.ExitSignal, call.Quantity, call.ExitPrice, call.ExitBar));
        Assert.Equal(320, result.OpenTrades[0].Quantity);
        Assert.Equal((1, 1, 0), (result.Summary.All.MarginCalls, result.Summary.Long.MarginCalls, result.Summary.Short.MarginCalls));
    }

    [Fact]
    public void Rule17_no_margin_call_while_funds_cover_the_margin_or_when_margin_is_0()
    {
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (100, 100.5, 99.5, 100), (98, 99, 91, 92));

        // At 91: equity 10,000 - 4,500 = 5,500 covers the margin 45,500 x 10 % = 4,550.
        StrategyResult covered = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 500);
        }, new StrategySettings { InitialCapital = 10_000, MarginLong = 10 });
        StrategyResult noMargin = Run(TestBars.Ohlc((100, 100, 100, 100), (100, 100.5, 99.5, 100), (98, 99, 50, 60)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 500);
        }, new StrategySettings { InitialCapital = 10_000 });

        Assert.Empty(covered.ClosedTrades);
        Assert.Empty(noMargin.ClosedTrades); // Pine v5's default margin 0: equity may go below zero
    }
}
