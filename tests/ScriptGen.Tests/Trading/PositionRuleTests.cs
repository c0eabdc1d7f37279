using ScriptGen.Namespaces;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Pyramiding, reversal and which trades an exit closes (docs/strategy.md rules 10, 11, 12), and the
/// order calls that shape a position: <c>strategy.order</c>, partial exits, OCA groups, cancel.
/// </summary>
public sealed class PositionRuleTests
{
    private static readonly (double, double, double, double) Flat100 = (100, 100, 100, 100);

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
    public void Rule10_strategy_order_ignores_pyramiding()
    {
        StrategyResult result = Run(TestBars.Prices(10, 11, 12, 13, 14), (bar, strategy) =>
        {
            if (bar < 3) strategy.Order("O" + bar, Direction.Long, qty: 1);
        });

        Assert.Equal(new[] { 11.0, 12, 13 }, result.OpenTrades.Select(t => t.EntryPrice));
    }

    [Fact]
    public void Rule10_several_price_orders_triggered_on_the_same_tick_all_fill()
    {
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 100.5, 97, 99)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, limit: 98);
                strategy.Entry("B", Direction.Long, limit: 98);
            }
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal(new[] { ("A", 1, 98.0), ("B", 1, 98.0) }, result.OpenTrades.Select(t => (t.EntryId, t.EntryBar, t.EntryPrice)));
    }

    [Fact]
    public void Rule11_a_stop_entry_against_the_position_reverses_it_in_one_fill()
    {
        // Short 2 from bar 1's open (100); a buy stop at 102 for 1: one buy of 3 at 102 on bar 2.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, Flat100, (100, 103, 99.5, 102.5)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("S", Direction.Short, qty: 2);
            if (bar == 1) strategy.Entry("L", Direction.Long, qty: 1, stop: 102);
        });

        Trade closed = OnlyClosed(result);
        Assert.Equal((Direction.Short, 2.0, 2, 102.0, "L"), (closed.Direction, closed.Quantity, closed.ExitBar, closed.ExitPrice, closed.ExitSignal));
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal((Direction.Long, 1.0, 2, 102.0), (open.Direction, open.Quantity, open.EntryBar, open.EntryPrice));
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
    public void Rule12_an_exits_from_entry_picks_the_trades_only_under_ANY()
    {
        // A (1 unit at 100) and B (2 units at 101) open; B's stop-loss at 97 is hit on bar 3.
        Bars bars = TestBars.Ohlc(Flat100, Flat100, (101, 101, 101, 101), (100, 100.5, 96, 98));
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("A", Direction.Long, qty: 1);
            if (bar == 1)
            {
                strategy.Entry("B", Direction.Long, qty: 2);
                strategy.Exit("XB", "B", stop: 97);
            }
        };

        StrategyResult fifo = Run(bars, plan, new StrategySettings { Pyramiding = 2 });
        StrategyResult any = Run(bars, plan, new StrategySettings { Pyramiding = 2, CloseEntriesRule = CloseEntriesRule.Any });

        // The exit closes B's quantity, 2: under FIFO A's 1 unit then 1 of B's; under ANY B's 2.
        Assert.Equal(new[] { ("A", 1.0, 97.0), ("B", 1.0, 97.0) }, fifo.ClosedTrades.Select(t => (t.EntryId, t.Quantity, t.ExitPrice)));
        Assert.Equal(("B", 1.0), (fifo.OpenTrades[0].EntryId, fifo.OpenTrades[0].Quantity));
        Assert.Equal(new[] { ("B", 2.0, 97.0) }, any.ClosedTrades.Select(t => (t.EntryId, t.Quantity, t.ExitPrice)));
        Assert.Equal(("A", 1.0), (any.OpenTrades[0].EntryId, any.OpenTrades[0].Quantity));
    }

    [Fact]
    public void Rule12_under_ANY_the_leg_of_an_exit_without_a_from_entry_closes_its_own_fills_trades()
    {
        // An exit without a from-entry has a leg on each fill (docs/strategy.md "Exits and pyramided fills"), its stop 300
        // ticks from that fill: A filled at 100 (stop 97), B at 105 (stop 102). Bar 3 falls to 101: only B's leg fires, at 102.
        // Under FIFO it closes the oldest row, A's; under ANY (rule 12: "off its entry's trades") B's own.
        Bars bars = TestBars.Ohlc(Flat100, (100, 105.5, 99.5, 105), (105, 105.5, 104, 104.5), (104.5, 104.5, 101, 101.5));
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("A", Direction.Long);
            if (bar == 1) strategy.Entry("B", Direction.Long);
            if (bar >= 1) strategy.Exit("X", loss: 300);
        };

        StrategyResult fifo = Run(bars, plan, new StrategySettings { Pyramiding = 2 });
        StrategyResult any = Run(bars, plan, new StrategySettings { Pyramiding = 2, CloseEntriesRule = CloseEntriesRule.Any });

        Assert.Equal(new[] { ("A", 100.0, 102.0) }, fifo.ClosedTrades.Select(t => (t.EntryId, t.EntryPrice, t.ExitPrice)));
        Assert.Equal(new[] { ("B", 105.0, 102.0) }, any.ClosedTrades.Select(t => (t.EntryId, t.EntryPrice, t.ExitPrice)));
        Assert.Equal("A", Assert.Single(any.OpenTrades).EntryId);
    }

    [Fact]
    public void Strategy_order_against_the_position_closes_it_oldest_first_and_opens_the_rest_the_other_way()
    {
        StrategyResult result = Run(TestBars.Prices(100, 101, 102, 103), (bar, strategy) =>
        {
            if (bar == 0) strategy.Order("buy", Direction.Long, qty: 2);
            if (bar == 1) strategy.Order("sell", Direction.Short, qty: 3);
        });

        Trade closed = OnlyClosed(result);
        Assert.Equal((2.0, 101.0, 102.0, "sell"), (closed.Quantity, closed.EntryPrice, closed.ExitPrice, closed.ExitSignal));
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal((Direction.Short, 1.0, 102.0, "sell"), (open.Direction, open.Quantity, open.EntryPrice, open.EntryId));
    }

    [Fact]
    public void A_partial_exit_closes_its_share_once_and_a_rest_leg_closes_what_is_left()
    {
        // Long 4 at 100. TP1 closes 50 % at 102, TP2 (no quantity) the rest at 104. Both are placed on
        // every bar, as Pine scripts do: TP1 must not fire again on the remaining 2.
        Bars bars = TestBars.Ohlc(Flat100, (100, 102.5, 99.5, 102), (102, 103, 101.5, 102.5), (102.5, 104.5, 102.5, 104));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, qty: 4);
            strategy.Exit("TP1", "L", qtyPercent: 50, limit: 102);
            strategy.Exit("TP2", "L", limit: 104);
        });

        Assert.Equal(
            new[] { (2.0, 1, 102.0, "TP1"), (2.0, 3, 104.0, "TP2") },
            result.ClosedTrades.Select(t => (t.Quantity, t.ExitBar, t.ExitPrice, t.ExitSignal)));
        Assert.Equal(new[] { 1, 1 }, result.ClosedTrades.Select(t => t.Number)); // both parts of trade 1
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void An_exit_with_nothing_to_protect_is_not_placed_and_a_reversal_ends_the_brackets_of_the_position_it_closed()
    {
        // Bar 0: flat and no entry pending yet, so "early" (a sell limit at 1, which any long would hit
        // at once) is not placed. Bar 1 opens long and places a whole-position stop at 95; bar 2's short
        // entry reverses at bar 3's open. Carried over to the short, that stop would be a buy stop far
        // below the market and would close the short at once.
        Bars bars = TestBars.Ohlc(Flat100, Flat100, Flat100, (100, 100.5, 94, 95));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Exit("early", limit: 1);
                strategy.Entry("L", Direction.Long);
            }

            if (bar == 1) strategy.Exit("SL", stop: 95);
            if (bar == 2) strategy.Entry("S", Direction.Short);
        });

        Trade closed = OnlyClosed(result);
        Assert.Equal(("L", "S", 3), (closed.EntryId, closed.ExitSignal, closed.ExitBar));
        Assert.Equal(("S", 3), (result.OpenTrades[0].EntryId, result.OpenTrades[0].EntryBar));
    }

    [Fact]
    public void Oca_cancel_removes_the_rest_of_the_group_when_one_fills()
    {
        // A buy stop at 101 and a sell stop at 99 in one cancel group: the path O-H-L-C (100, 101.5, 98, 99)
        // reaches 101 first; the sell stop is cancelled, so the fall to 98 does not reverse the position.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 101.5, 98, 99)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("Up", Direction.Long, stop: 101, ocaName: "breakout", ocaType: OcaType.Cancel);
                strategy.Entry("Down", Direction.Short, stop: 99, ocaName: "breakout", ocaType: OcaType.Cancel);
            }
        });

        Assert.Empty(result.ClosedTrades);
        Assert.Equal(("Up", 101.0), (result.OpenTrades[0].EntryId, result.OpenTrades[0].EntryPrice));
    }

    [Fact]
    public void Oca_reduce_shrinks_the_rest_of_the_group_by_the_filled_quantity()
    {
        // Two buy limits of 3 in one reduce group (pyramiding 2): the one at 99 fills 3 first on the way
        // down; the one at 98 shrinks to 0 and is cancelled. With 2 and 3, the second would fill 1.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.2, 97.5, 98));

        StrategyResult equal = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, qty: 3, limit: 99, ocaName: "g", ocaType: OcaType.Reduce);
                strategy.Entry("B", Direction.Long, qty: 3, limit: 98, ocaName: "g", ocaType: OcaType.Reduce);
            }
        }, new StrategySettings { Pyramiding = 2 });
        StrategyResult smaller = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, qty: 2, limit: 99, ocaName: "g", ocaType: OcaType.Reduce);
                strategy.Entry("B", Direction.Long, qty: 3, limit: 98, ocaName: "g", ocaType: OcaType.Reduce);
            }
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal(new[] { ("A", 3.0) }, equal.OpenTrades.Select(t => (t.EntryId, t.Quantity)));
        Assert.Equal(new[] { ("A", 2.0), ("B", 1.0) }, smaller.OpenTrades.Select(t => (t.EntryId, t.Quantity)));
    }

    [Fact]
    public void Cancel_removes_a_pending_order_by_id_and_cancel_all_removes_every_one()
    {
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.5, 97, 99));

        StrategyResult cancelled = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, limit: 99);
                strategy.Entry("B", Direction.Long, limit: 98);
                strategy.Cancel("A");
            }
        });
        StrategyResult all = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long, limit: 99);
                strategy.Entry("B", Direction.Long, limit: 98);
                strategy.CancelAll();
            }
        });

        Assert.Equal("B", Assert.Single(cancelled.OpenTrades).EntryId);
        Assert.Empty(all.OpenTrades);
    }

    [Fact]
    public void Exit_levels_in_ticks_are_measured_from_the_entry_fill_price()
    {
        // Entry at bar 1's open, 100.30; profit 150 ticks of 0.01 -> 101.80, loss 100 ticks -> 99.30.
        // Path O-L-H-C (100.30, 100.20, 101.90, 101.50) reaches the take-profit.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100.3, 101.9, 100.2, 101.5)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("X", "L", profit: 150, loss: 100);
            }
        });

        Assert.Equal((1, 101.8), (OnlyClosed(result).ExitBar, Math.Round(OnlyClosed(result).ExitPrice, 10)));
    }

    [Fact]
    public void An_exit_over_pyramided_fills_measures_each_legs_ticks_from_its_own_fill()
    {
        // One leg per fill, each priced from its own fill (PyneCore's _entry_fill_price, from its TradingView measurements of
        // pyramided brackets, commit 2e15988). L fills at bar 1's open, 100: its leg's take-profit is 500 ticks of 0.01 up,
        // 105. The second L fills at bar 2's open, 95: its leg's take-profit is 100. Bar 3 opens at 100, on the second leg's
        // level: it fills there and closes its 1 unit off the oldest row first (FIFO), the bar-1 trade. Bar 3's high, 103,
        // stays under the first leg's 105, so the bar-2 trade stays open. (From the average entry, 97.50, both would have
        // closed at 102.50.)
        Bars bars = TestBars.Ohlc(Flat100, (100, 102, 99, 101), (95, 96, 94, 95), (100, 103, 99.5, 101));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar <= 1)
            {
                strategy.Entry("L", Direction.Long);
            }

            strategy.Exit("X", "L", profit: 500);
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal([(1, 100.0, 3, 100.0, "X")], BrokerScenario.Fills(result));
        Assert.Equal((2, 95.0), (Assert.Single(result.OpenTrades).EntryBar, result.OpenTrades[0].EntryPrice));
    }

    [Fact]
    public void Calling_exit_again_with_its_id_moves_its_levels_and_cancel_by_exit_id_removes_it()
    {
        // Long at 100 from bar 1. Bar 3 falls to 98.
        Bars bars = TestBars.Ohlc(Flat100, Flat100, Flat100, (99.5, 99.6, 98, 98.5));

        StrategyResult moved = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Exit("X", "L", stop: 95);
            if (bar == 2) strategy.Exit("X", "L", stop: 99); // modifies X: the stop moves up
        });
        StrategyResult cancelled = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Exit("X", "L", stop: 99);
            if (bar == 2) strategy.Cancel("X");
        });

        Assert.Equal((3, 99.0), (OnlyClosed(moved).ExitBar, OnlyClosed(moved).ExitPrice));
        Assert.Empty(cancelled.ClosedTrades);
    }
}
