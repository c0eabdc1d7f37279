using ScriptGen.Namespaces;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// TradingView binds a <c>strategy.exit</c> to each fill of its entry and keeps that binding apart from the trade rows, which
/// settle first in, first out (docs/strategy.md "Exits and pyramided fills"). PyneCore (github.com/PyneSys/pynecore, Apache
/// License 2.0) measured it on TradingView and states each measurement beside the code that reproduces it in
/// src/pynecore/lib/strategy/__init__.py (the <c>_EntryBinding</c> class, <c>strategy.exit</c>'s <c>_exit</c> and
/// <c>_filled_targets</c>) and in its commits 2e15988 and 4252a32. Each test cites the statement it expresses; the bars and
/// orders are written here, the expected fills worked out from the statement. Symbol: tick 0.01, any quantity.
/// </summary>
public sealed class PyneCoreExitBindingTests
{
    private static readonly (double, double, double, double) Flat100 = (100, 100.5, 99.5, 100);

    /// <summary>
    /// A(1) and B(3) fill at bar 1's open under pyramiding 2; bar 1's script sheds one unit, which fills on bar 2 (a market
    /// order at its open, an exit at its 101 limit); bar 2's script enters C(1), which would fill at bar 3's open.
    /// </summary>
    private static (double PositionAfterShed, int OpenTradesAfterShed, double PositionAtEnd) ShedOneUnitThenEnterC(Action<PineStrategy> shed)
    {
        Bars bars = TestBars.Ohlc(Flat100, Flat100, (100, 101.5, 99.5, 100), Flat100, Flat100);
        var seen = new List<(double Position, int OpenTrades)>();
        Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, qty: 1);
                strategy.Entry("B", Direction.Long, qty: 3);
            }

            if (bar == 1) shed(strategy);
            if (bar == 2) strategy.Entry("C", Direction.Long, qty: 1);
            seen.Add((strategy.PositionSize, strategy.OpenTrades.Count));
        }, new StrategySettings { Pyramiding = 2 });
        return (seen[2].Position, seen[2].OpenTrades, seen[^1].Position);
    }

    [Fact]
    public void A_unit_shed_through_an_order_bound_to_B_closes_As_row_but_keeps_As_pyramiding_slot()
    {
        // _EntryBinding (measured on BINANCE:BTCUSDT 30m, 359 cycles per variant): "shedding exactly 1 unit lands the reported
        // book on opentrades=1 / position_size=3 whichever way it is shed -- yet a third entry is REJECTED when the unit went
        // through an order bound to B (strategy.exit('X','B',qty=1) or strategy.close('B',qty=1), which FIFO-consume A's row)".
        // B's order takes its unit off the oldest row, A's; A's fill keeps its unit, so two fills hold the two slots.
        var viaExit = ShedOneUnitThenEnterC(strategy => strategy.Exit("X", "B", qty: 1, limit: 101));
        var viaClose = ShedOneUnitThenEnterC(strategy => strategy.Close("B", qty: 1));

        Assert.Equal((3.0, 1, 3.0), viaExit);
        Assert.Equal((3.0, 1, 3.0), viaClose);
    }

    [Fact]
    public void A_unit_shed_through_an_order_bound_to_A_or_through_an_unbound_order_frees_As_slot()
    {
        // _EntryBinding, same measurement: the third entry is "ACCEPTED when it went through an order bound to A, or through an
        // unbound reduction (strategy.order) that settles both books FIFO". C fills at bar 3's open: 3 + 1.
        var viaExitOfA = ShedOneUnitThenEnterC(strategy => strategy.Exit("X", "A", qty: 1, limit: 101));
        var viaOrder = ShedOneUnitThenEnterC(strategy => strategy.Order("R", Direction.Short, qty: 1));

        Assert.Equal((3.0, 1, 4.0), viaExitOfA);
        Assert.Equal((3.0, 1, 4.0), viaOrder);
    }

    [Fact]
    public void An_exit_over_two_plain_pyramid_adds_lists_one_row_each()
    {
        // _filled_targets (measured on BINANCE:BTCUSDT 30m): "the same exit over two plain pyramid adds (1 and 2) reports a
        // clean 1, 2". L(1) fills at bar 1's open, L(2) at bar 2's; the exit without a from-entry stops both at 99 on bar 3.
        Bars bars = TestBars.Ohlc(Flat100, Flat100, Flat100, (100, 100.5, 98, 98.5), Flat100);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 1);
            if (bar == 1) strategy.Entry("L", Direction.Long, qty: 2);
            if (strategy.PositionSize > 0) strategy.Exit("X", stop: 99);
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal(new[] { (1, 1.0, 99.0), (2, 2.0, 99.0) }, result.ClosedTrades.Select(t => (t.EntryBar, t.Quantity, t.ExitPrice)));
    }

    /// <summary>L(2) fills at bar 1's open; the stop-loss is placed before the take-profit on every bar. Bar 2 reaches 110, bar 3 falls to 89.</summary>
    private static StrategyResult StopThenTakeProfit(double quantity, double stopPercent, Action<PineStrategy> takeProfit)
    {
        Bars bars = TestBars.Ohlc(Flat100, Flat100, (100, 111, 99.5, 105), (105, 105.5, 89, 90), (90, 90.5, 89.5, 90));
        return Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: quantity);
            strategy.Exit("SL", "L", qtyPercent: stopPercent, stop: 90);
            takeProfit(strategy);
        });
    }

    [Theory]
    [InlineData(double.NaN, 50.0)]
    [InlineData(1.0, double.NaN)]
    public void A_late_partial_leg_against_a_stop_holding_the_whole_fill_places_no_order(double quantity, double percent)
    {
        // Commit 4252a32 ("verified on live TV BINANCE:BTCUSDT 30m probes"): "a late qty_percent=50 or qty=1 leg against a
        // no-qty stop holding 100% never fills". Nothing fills at 110 on bar 2; the stop closes both units at 90 on bar 3.
        StrategyResult result = StopThenTakeProfit(2, double.NaN, strategy => strategy.Exit("TP", "L", qty: quantity, qtyPercent: percent, limit: 110));

        Assert.Equal(new[] { (3, 2.0, 90.0, "SL") }, result.ClosedTrades.Select(t => (t.ExitBar, t.Quantity, t.ExitPrice, t.ExitSignal)));
    }

    [Fact]
    public void A_late_partial_leg_against_a_75_percent_stop_is_cut_to_the_remaining_25_percent()
    {
        // Commit 4252a32: "against a 75% stop leg it is reduced to the remaining 25% instead of dropped". Of L(4) the stop holds
        // 3; the 50 % take-profit gets 1 (not 2) at 110 on bar 2, and the stop closes its 3 at 90 on bar 3.
        StrategyResult result = StopThenTakeProfit(4, 75, strategy => strategy.Exit("TP", "L", qtyPercent: 50, limit: 110));

        Assert.Equal(new[] { (2, 1.0, 110.0, "TP"), (3, 3.0, 90.0, "SL") },
            result.ClosedTrades.Select(t => (t.ExitBar, t.Quantity, t.ExitPrice, t.ExitSignal)));
    }

    [Fact]
    public void A_percent_exit_fires_again_for_a_later_fill_of_its_entry_after_it_fired_for_the_first()
    {
        // _filled_targets: "TradingView issues ONE leg per FILLED ENTRY, so two pyramid adds sharing a from_entry id each get their
        // own leg reserved off their own entry size -- and each is consumed on its own, which is why a bracket can fire again for
        // a later add after it already fired for the first" (commit 2e15988, measured on BINANCE:BTCUSDT and others).
        // L(2) fills at bar 1's open, 100; bar 2 reaches 105: the 50 % leg of that fill closes 1. L(2) again at bar 4's open,
        // 103; bar 5 reaches 105: the new fill's leg closes 50 % of it, 1, off the oldest row (FIFO): the first fill's last
        // unit. The first fill's leg, spent, does not fire again. Left open: the second fill's 2.
        Bars bars = TestBars.Ohlc(Flat100, Flat100, (100, 105.5, 99.5, 104), (104, 104.5, 102.5, 103), (103, 104, 102.5, 103), (103, 105.5, 102.5, 104),
            (104, 104.5, 103.5, 104));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar is 0 or 3) strategy.Entry("L", Direction.Long, qty: 2);
            strategy.Exit("TP", "L", qtyPercent: 50, limit: 105);
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal(new[] { (1, 2, 1.0, 105.0), (1, 5, 1.0, 105.0) }, result.ClosedTrades.Select(t => (t.EntryBar, t.ExitBar, t.Quantity, t.ExitPrice)));
        Assert.Equal((4, 2.0), (Assert.Single(result.OpenTrades).EntryBar, result.OpenTrades[0].Quantity));
    }
}
