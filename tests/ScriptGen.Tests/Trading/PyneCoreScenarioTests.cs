using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// PyneCore's regression scenarios of TradingView's broker (github.com/PyneSys/pynecore,
/// tests/t01_lib/t30_strategy/, Apache License 2.0) that it notes as measured against TradingView, expressed
/// as ScriptGen scenarios: the scenario's bars and orders, and the fills its own statement expects. Each test
/// names its scenario file. PyneCore runs them on a crypto-like symbol (tick 0.01, minimum contract 0.0001) with
/// Pine v6's margin of 100 %; the settings below say so where it matters.
/// </summary>
public sealed class PyneCoreScenarioTests
{
    private static readonly SymbolInfo s_crypto = new() { Ticker = "TEST", MinTick = 0.01, QuantityStep = 0.0001 };
    private static readonly (double, double, double, double) Flat100 = (100, 100, 100, 100);

    private static StrategySettings V6(double capital, QuantityType type = QuantityType.Fixed, double quantity = 1, int pyramiding = 0) => new()
    {
        InitialCapital = capital,
        DefaultQuantityType = type,
        DefaultQuantity = quantity,
        Pyramiding = pyramiding,
        MarginLong = 100,
        MarginShort = 100,
    };

    [Fact]
    public void Test042_cancel_by_entry_id_after_the_fill_does_not_cancel_its_exits()
    {
        // test_042_cancel_by_entry_id_no_cascade.py (TV-verified on FX:EURUSD 60): both TP1 and TP2 fire.
        Bars bars = TestBars.Ohlc((100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (100, 115, 100, 115),
            (115, 125, 115, 125), (125, 125.5, 124.5, 125));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long);
            if (bar == 1)
            {
                strategy.Exit("TP1", "Long", qty: 1, limit: 110);
                strategy.Exit("TP2", "Long", qty: 1, limit: 120);
            }

            if (bar == 2) strategy.Cancel("Long");
        }, V6(100_000, quantity: 2), s_crypto);

        Assert.Equal(new[] { "TP1", "TP2" }, result.ClosedTrades.Select(t => t.ExitSignal).Order());
    }

    [Fact]
    public void Test045_a_sticky_percent_take_profit_fires_its_slice_once()
    {
        // test_045_sticky_partial_bracket.py: a qty_percent leg re-issued on every bar fires its slice once; TradingView
        // leaves exactly one closed trade, HALF_TP for 1 lot at 105.00.
        Bars bars = TestBars.Ohlc((100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (101, 106, 100.5, 105), (106, 107, 105.5, 106),
            (106, 108, 105.5, 107), (106, 108, 105.5, 107));
        StrategyResult result = Run(bars, StickyBracket, V6(100_000, quantity: 2, pyramiding: 1), s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal(("HALF_TP", 1.0, 105.0), (trade.ExitSignal, trade.Quantity, trade.ExitPrice));
    }

    [Fact]
    public void Test045_a_rest_stop_without_quantity_closes_the_entry_less_its_siblings_slice()
    {
        // test_045_sticky_partial_bracket.py: when the no-qty REST_SL fires first it closes entry 2 - HALF_TP's 1 = 1 lot.
        Bars bars = TestBars.Ohlc((100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (99, 99.5, 94, 95), (95, 96, 94.5, 95.5), (95, 96, 94.5, 95.5));
        StrategyResult result = Run(bars, StickyBracket, V6(100_000, quantity: 2, pyramiding: 1), s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal(("REST_SL", 1.0), (trade.ExitSignal, trade.Quantity));
    }

    private static void StickyBracket(int bar, PineStrategy strategy)
    {
        if (strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
        if (strategy.PositionSize > 0)
        {
            double entry = strategy.PositionAvgPrice;
            strategy.Exit("HALF_TP", "L", limit: entry * 1.05, qtyPercent: 50);
            strategy.Exit("REST_SL", "L", stop: entry * 0.95);
        }
    }

    [Fact]
    public void Test047_a_carried_trailing_stop_fills_at_a_gap_up_open_above_its_water_mark()
    {
        // test_047_trailing_gap_open_long.py: entry 100.00 on bar 1, which closes at its high 100.20 and arms the
        // 5-point, offset-0 trail there; bar 2 opens at its low 100.21 and the trail fills at that open.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.2, 100, 100.2), (100.21, 100.6, 100.21, 100.5), (100.5, 100.7, 100.4, 100.6));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", trailPoints: 5, trailOffset: 0);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 100.21, "X") }, Fills(result));
    }

    [Fact]
    public void Test048_a_carried_short_trailing_stop_fills_at_a_gap_down_open_below_its_water_mark()
    {
        // test_048_trailing_gap_open_short.py (mirror of 047): bar 2 opens at its own high 99.79, one tick below the
        // carried water mark 99.80, and the trail must fill at that open, 99.79.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100, 99.8, 99.8), (99.79, 99.79, 99.4, 99.5), (99.5, 99.6, 99.3, 99.4));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("S", Direction.Short);
            if (strategy.PositionSize < 0) strategy.Exit("X", "S", trailPoints: 5, trailOffset: 0);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 99.79, "X") }, Fills(result));
    }

    [Fact]
    public void Test052_two_stops_hit_on_one_falling_bar_close_nearest_the_open_first()
    {
        // test_052_same_bar_exit_fill_order.py: "TradingView lists same-bar exits in this intrabar order": X_A (95)
        // then X_B (90), both on bar 2.
        Bars bars = TestBars.Ohlc((100, 100.5, 99.5, 100), (100, 100.5, 99.5, 100), (98, 98.5, 88, 92), (92, 92.5, 91.5, 92));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1)
            {
                strategy.Exit("X_A", "L", qty: 1, stop: 95);
                strategy.Exit("X_B", "L", qty: 1, stop: 90);
            }
        }, V6(100_000, quantity: 2), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 95.0, "X_A"), (1, 100.0, 2, 90.0, "X_B") }, Fills(result));
    }

    [Fact]
    public void Test055_a_trailing_stop_arms_rides_to_the_high_and_fills_on_the_pullback_of_one_bar()
    {
        // test_055_trailing_intrabar_ride_long.py (verified against TradingView on BINANCE:BTCUSDT): fill at
        // 102.00 - 0.10 = 101.90 on bar 2.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.2, 100, 100.1), (100.5, 102, 100.4, 101.5), (101.5, 101.7, 101.4, 101.6));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", trailPrice: 101, trailOffset: 10);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 101.9, "X") }, Fills(result));
    }

    [Fact]
    public void Test056_a_short_trailing_stop_arms_rides_to_the_low_and_fills_on_the_bounce_of_one_bar()
    {
        // test_056_trailing_intrabar_ride_short.py (mirror of 055, whose law is verified on BINANCE:BTCUSDT): arms at
        // 99.00 on the falling leg, rides to the low 98.00, fills at 98.00 + 0.10 = 98.10 on bar 2.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100, 99.8, 99.9), (99.5, 99.6, 98, 98.5), (98.5, 98.6, 98.3, 98.4));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("S", Direction.Short);
            if (strategy.PositionSize < 0) strategy.Exit("X", "S", trailPrice: 99, trailOffset: 10);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 98.1, "X") }, Fills(result));
    }

    [Fact]
    public void Test058_a_margin_shortfall_below_one_lot_closes_one_whole_contract_capped_by_the_position()
    {
        // test_058_margin_call_sublot_wipe.py: a 0.4 short (100 % of 40 at 100.00); at bar 2's high 100.01 the shortfall
        // is 0.008, under one lot's notional, and "TradingView closes the WHOLE 0.4 position at the high in a single
        // margin-call fill".
        Bars bars = TestBars.Ohlc(Flat100, (100, 100, 99.95, 100), (100, 100.01, 99.95, 99.96), (99.96, 100, 99.9, 99.95));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("S", Direction.Short);
        }, V6(40, QuantityType.PercentOfEquity, 100, pyramiding: 1), s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal(("Margin call", 2, 0.4, 100.01), (trade.ExitSignal, trade.ExitBar, trade.Quantity, trade.ExitPrice));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test059_one_exit_of_an_entry_id_closes_every_pyramided_fill_of_it()
    {
        // test_059_pyramided_exit_covers_all_entries.py (observed against TradingView on BINANCE:BTCUSDT): both trades
        // of "L", entered at 100.00 (bar 1) and 101.00 (bar 3), exit at 99.00 on bar 4, each at its full size.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.5, 100, 100.4), (100.4, 101, 100.3, 101), (101, 101.2, 100.8, 101), (101, 101.1, 98.5, 98.8),
            (98.8, 99, 98.5, 98.7));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (bar == 2) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", stop: 99);
        }, V6(1_000_000, pyramiding: 2), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 4, 99.0, "X"), (3, 101.0, 4, 99.0, "X") }, Fills(result));
        Assert.All(result.ClosedTrades, t => Assert.Equal(1.0, t.Quantity));
    }

    /// <summary>Bars of scenarios 060 and 062: the trail arms at 101 on bar 2, the stale stop is crossed on bar 3, 102.50 is reached on bar 4.</summary>
    private static Bars RearmBars() => TestBars.Ohlc(Flat100, (100, 100.2, 100, 100.1), (100.5, 101.5, 100.45, 101.45), (101.4, 101.8, 101.2, 101.6),
        (101.6, 102.8, 101.5, 102.55), (102.55, 102.6, 102.4, 102.5));

    [Fact]
    public void Test060_a_trailing_stop_reissued_with_an_activation_above_its_water_mark_rearms_there()
    {
        // test_060_trailing_rearm_on_stricter_level.py (observed against TradingView on BINANCE:BTCUSDT): no fill on
        // bar 3 through the stale 101.40 stop; the trail re-arms at 102.50 and fills at 102.80 - 0.10 = 102.70 on bar 4.
        StrategyResult result = Run(RearmBars(), (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", trailPrice: bar < 2 ? 101 : 102.5, trailOffset: 10);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 4, 102.7, "X") }, Fills(result));
    }

    [Fact]
    public void Test062_a_trailing_stop_reissued_with_more_trail_points_rearms_at_the_new_level()
    {
        // test_062_trailing_rearm_trail_points.py: the trail_points form of 060 (100 ticks, then 250), the same trade.
        StrategyResult result = Run(RearmBars(), (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", trailPoints: bar < 2 ? 100 : 250, trailOffset: 10);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 4, 102.7, "X") }, Fills(result));
    }

    [Fact]
    public void Test063_trail_points_without_an_offset_beside_a_stop_and_limit_arm_a_trail_of_offset_0()
    {
        // test_063_trail_without_offset_arms.py (TradingView reference exports): the trade exits at the 101.00
        // activation level on the piercing bar 2, ahead of the far stop (95) and limit (110).
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.2, 99.9, 100.1), (100.5, 101.5, 100.4, 100.6), (100.6, 100.7, 100.5, 100.6));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", stop: 95, limit: 110, trailPoints: 100);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 101.0, "X") }, Fills(result));
    }

    [Fact]
    public void Test061_a_limit_crossed_on_the_rising_leg_beats_the_trailing_stop_of_the_retrace()
    {
        // test_061_limit_beats_trailing_same_bar.py (verified on BINANCE:ETHUSDT.P): the fill lands at 100.60.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.05, 99.95, 100), (100, 101, 99.9, 100.3), (100.3, 100.5, 100.2, 100.4));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", limit: 100.6, trailPrice: 100.1, trailOffset: 30);
        }, V6(1_000_000, pyramiding: 1), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 2, 100.6, "X") }, Fills(result));
    }

    [Fact]
    public void Test071_a_percent_close_then_close_all_on_a_short_cover_it_exactly_and_end_flat()
    {
        // test_071_close_all_behind_partial_short.py ("TradingView ends flat here (verified)"): the 30 % close covers 3
        // and close_all the other 7 of the 10-unit short; no trade is long and the position never turns long.
        StrategyResult result = Run(TestBars.Ohlc(Enumerable.Repeat((100.0, 100.5, 99.5, 100.0), 4).ToArray()), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Short", Direction.Short);
            if (bar == 1)
            {
                strategy.Close("Short", "TP", qtyPercent: 30);
                strategy.CloseAll();
            }
        }, out OrderPlan script, V6(100_000, quantity: 10), s_crypto);

        Assert.Equal(new[] { 3.0, 7.0 }, result.ClosedTrades.Select(t => t.Quantity));
        Assert.All(result.ClosedTrades, t => Assert.Equal(Direction.Short, t.Direction));
        Assert.All(script.Observed, o => Assert.True(o.PositionSize <= 0));
        Assert.Equal(0.0, script.Observed[^1].PositionSize);
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test073_the_new_leg_after_a_same_bar_close_fills_over_margin_and_the_open_margin_call_trims_it()
    {
        // test_073_reversal_overmargin_fills_and_trims.py (TradingView's exported trades on BINANCE:BTCUSDT 30m, RCI
        // Strategy): the short closes at 100.01 ("Reverse"), the 1000-unit long fills at 100.01 although it needs 20
        // more than the equity, and the margin call at that open closes 4 x 0.1999 = 0.7996 of it; 999.2004 stay open.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100, 99.5, 100), (100, 100, 99.5, 100), (100.01, 100.01, 99.5, 100), (100, 100, 99.5, 100));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("S", Direction.Short);
            if (bar == 2 && strategy.PositionSize < 0)
            {
                strategy.Close("S", comment: "Reverse");
                strategy.Entry("L", Direction.Long);
            }
        }, V6(100_000, QuantityType.PercentOfEquity, 100) with { MarginShort = 0 }, s_crypto);

        Assert.Equal(new[] { ("S", "Reverse", -1000.0, 100.01), ("L", "Margin call", 0.7996, 100.01) },
            result.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal, Math.Round(t.Size, 10), t.ExitPrice)));
        Assert.Equal(999.2004, Assert.Single(result.OpenTrades).Quantity, 1e-9);
    }

    [Fact]
    public void Test074_a_second_same_bar_entry_over_margin_only_with_the_first_fills_and_the_margin_call_takes_both()
    {
        // test_074_same_bar_stack_overmargin_fills.py ("matching TradingView's broker emulator"): A and B, 100 % of
        // equity each, both fill; the margin call at the open liquidates both: [(A, Margin call), (B, Margin call)].
        StrategyResult result = Run(TestBars.Ohlc(Flat100, Flat100, Flat100), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long);
                strategy.Entry("B", Direction.Long);
            }
        }, V6(100_000, QuantityType.PercentOfEquity, 100, pyramiding: 10) with { MarginShort = 0 }, s_crypto);

        Assert.Equal(new[] { ("A", "Margin call"), ("B", "Margin call") }, result.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal)));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test075_the_bracket_of_a_default_sized_stop_entry_closes_the_whole_fill()
    {
        // test_075_deferred_entry_exit_covers_full_fill.py (TradingView on BINANCE:BTCUSDT 30m): one trade, entered at
        // 105.00 with 200000 / (105 x 1.001) units (within 0.001), closed whole at the 200.00 limit.
        Bars bars = TestBars.Ohlc((110, 110, 110, 110), (105, 160, 105, 160), (160, 205, 160, 205), (205, 205, 205, 205), (205, 205, 205, 205),
            (205, 205, 205, 205));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, stop: 105);
                strategy.Exit("X", "L", stop: 90, limit: 200);
            }

            if (bar == 4) strategy.Close("L");
        }, V6(1_000_000, QuantityType.PercentOfEquity, 20, pyramiding: 4) with
        {
            CommissionType = CommissionType.Percent, CommissionValue = 0.1, MarginLong = 0, MarginShort = 0,
        }, s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal((105.0, 200.0), (trade.EntryPrice, trade.ExitPrice));
        Assert.Equal(200_000 / (105 * 1.001), trade.Quantity, 1e-3);
    }

    [Fact]
    public void Test077_two_same_bar_opposite_entries_over_margin_keep_the_first_and_drop_the_second()
    {
        // test_077_same_bar_opposite_entry_overmargin_drops.py (live TradingView probe on BINANCE:BTCUSDT): one long
        // round trip for A, entered on bar 1; B never opens.
        StrategyResult result = Run(TestBars.Ohlc(Enumerable.Repeat(Flat100, 6).ToArray()), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long);
                strategy.Entry("B", Direction.Short);
            }

            if (bar == 3) strategy.CloseAll(comment: "flat");
        }, V6(100_000, QuantityType.PercentOfEquity, 100), s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal(("A", Direction.Long, 1), (trade.EntryId, trade.Direction, trade.EntryBar));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Test078_an_opposite_entry_against_a_position_of_an_earlier_bar_reverses_at_full_margin()
    {
        // test_078_prior_bar_opposite_entry_reverses.py (live TradingView probe): L closes by the reversal, S by close_all.
        StrategyResult result = Run(TestBars.Ohlc(Enumerable.Repeat(Flat100, 6).ToArray()), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 2) strategy.Entry("S", Direction.Short);
            if (bar == 4) strategy.CloseAll(comment: "flat");
        }, V6(100_000, QuantityType.PercentOfEquity, 100), s_crypto);

        Assert.Equal(new[] { ("L", Direction.Long), ("S", Direction.Short) }, result.ClosedTrades.Select(t => (t.EntryId, t.Direction)));
    }

    [Fact]
    public void Test079_two_same_bar_opposite_entries_within_margin_reverse()
    {
        // test_079_same_bar_opposite_entry_undermargin_reverses.py (live TradingView probe): A closes by B's
        // reversal, then B by close_all.
        StrategyResult result = Run(TestBars.Ohlc(Enumerable.Repeat(Flat100, 6).ToArray()), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long);
                strategy.Entry("B", Direction.Short);
            }

            if (bar == 3) strategy.CloseAll(comment: "flat");
        }, V6(100_000), s_crypto);

        Assert.Equal(new[] { ("A", Direction.Long), ("B", Direction.Short) }, result.ClosedTrades.Select(t => (t.EntryId, t.Direction)));
    }

    [Fact]
    public void Test081_a_limit_exit_gapped_through_fills_at_the_open_without_slippage()
    {
        // test_081_gap_limit_fill_takes_no_slippage.py (measured on CME_MINI:ES1! 30m, slippage 0 vs 1): the market
        // entry keeps its tick of slippage (100.01); the 100.50 limit the bar gapped above fills at the open 101.00.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.05, 99.95, 100), (101, 101.2, 100.9, 101.1), (101.1, 101.2, 101, 101.1));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0 && strategy.PositionSize == 0) strategy.Entry("L", Direction.Long);
            if (strategy.PositionSize > 0) strategy.Exit("X", "L", limit: 100.5);
        }, V6(1_000_000, pyramiding: 1) with { Slippage = 1 }, s_crypto);

        Assert.Equal(new[] { (1, 100.01, 2, 101.0, "X") }, Fills(result));
    }

    [Fact]
    public void Test097_an_exit_without_from_entry_binds_to_the_open_position_not_to_a_pending_reversal()
    {
        // test_097_exit_binding_on_reversal.py (measured on CAPITALCOM:EURUSD 60, 6/6): an entry from flat stops out on
        // its fill bar (bar 2: flat, 1 closed); the reversal's short survives its fill bar (bar 7: -1, 2 closed) and
        // stops out on the next (bar 8: flat, 3 closed).
        Bars bars = TestBars.Ohlc(Flat100, Flat100, (100, 100, 98, 100), Flat100, Flat100, Flat100, Flat100, (100, 102, 100, 100), (100, 102, 100, 100),
            Flat100);
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 1) strategy.Entry("L1", Direction.Long);
            if (bar == 4) strategy.Entry("L2", Direction.Long);
            if (bar == 6) strategy.Entry("S", Direction.Short);
            strategy.Exit("x", loss: 100);
        }, out OrderPlan script, V6(100_000) with { MarginLong = 0, MarginShort = 0 }, s_crypto with { QuantityStep = 1 });

        Assert.Equal((0.0, 1), (script.Observed[2].PositionSize, script.Observed[2].ClosedTrades));
        Assert.Equal(1.0, script.Observed[6].PositionSize);
        Assert.Equal((-1.0, 2), (script.Observed[7].PositionSize, script.Observed[7].ClosedTrades));
        Assert.Equal((0.0, 3), (script.Observed[8].PositionSize, script.Observed[8].ClosedTrades));
    }

    [Fact]
    public void Test098_a_pyramid_add_dropped_at_its_fill_does_not_enlarge_a_percent_exit()
    {
        // test_098_rejected_pyramid_add_exit_slice.py (measured on CAPITALCOM:EURUSD 30m): the add of bar 2 is dropped,
        // and the 50 % leg closes 50 of the 100 at 101.00; the other 50 stay open.
        Bars bars = TestBars.Ohlc(Flat100, (100, 100.5, 99.9, 100.4), (100.4, 100.6, 100.2, 100.5), (100.5, 100.7, 100.3, 100.6),
            (100.6, 101.2, 100.4, 101), (101, 101.1, 100.8, 100.9));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar is 0 or 2) strategy.Entry("L", Direction.Long);
            strategy.Exit("XPart", "L", qtyPercent: 50, limit: 101);
            strategy.Exit("X", "L", stop: 98);
        }, out OrderPlan script, V6(1_000_000, quantity: 100), s_crypto);

        Trade trade = OnlyClosed(result);
        Assert.Equal((101.0, 50.0), (trade.ExitPrice, trade.Quantity));
        Assert.Equal(50.0, script.Observed[^1].PositionSize);
    }

    [Fact]
    public void Test099_a_tick_take_profit_reached_after_its_stop_entry_on_the_same_leg_fills_on_the_entry_bar()
    {
        // test_099_tick_bracket_on_intrabar_entry.py (measured on CAPITALCOM:EURUSD 30): entry 100.00 and exit
        // 99.50, both on bar 1.
        Bars bars = TestBars.Ohlc((101, 101.2, 100.8, 101), (100.5, 100.6, 99.3, 99.8), (99.8, 99.9, 99.7, 99.85), (99.85, 99.9, 99.6, 99.65),
            (99.6, 99.65, 99.4, 99.45), (99.45, 99.5, 98.9, 99.1), (99.1, 99.2, 99, 99.15));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("S1", Direction.Short, stop: 100);
                strategy.Exit("S1X", "S1", profit: 50);
            }
        }, V6(100_000), s_crypto);

        Assert.Equal(new[] { (1, 100.0, 1, 99.5, "S1X") }, Fills(result));
    }

    [Fact]
    public void Test100_a_bracket_reached_mid_leg_frees_the_pyramiding_slot_before_the_next_entry_level()
    {
        // test_100_tick_bracket_between_entry_levels.py: L1 at 100.00 exits at 100.50 on bar 1, L2 enters at 101.00.
        Bars bars = TestBars.Ohlc((98, 98.5, 97.5, 98), (99.9, 101.5, 97, 99), (99, 99.2, 98.8, 99), (99, 99.2, 98.8, 99), (99, 99.2, 98.8, 99));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L1", Direction.Long, stop: 100);
                strategy.Exit("L1X", "L1", profit: 50);
                strategy.Entry("L2", Direction.Long, stop: 101);
            }
            else if (bar == 3)
            {
                strategy.CloseAll();
            }
        }, V6(100_000, pyramiding: 1), s_crypto);

        Assert.Equal(2, result.ClosedTrades.Count);
        Trade first = result.ClosedTrades[0], second = result.ClosedTrades[1];
        Assert.Equal((100.0, 1, 100.5), (first.EntryPrice, first.ExitBar, first.ExitPrice));
        Assert.Equal((1, 101.0), (second.EntryBar, second.EntryPrice));
    }

    /// <summary>Bars of scenarios 101 and 102: bar 1 goes open, low, high, close (100.00, 99.90, 101.50, 100.20).</summary>
    private static Bars IntrabarEntryBars() => TestBars.Ohlc((100, 100.1, 99.95, 100), (100, 101.5, 99.9, 100.2), (100.2, 100.3, 100.1, 100.15),
        (100.15, 100.25, 100.05, 100.1));

    [Fact]
    public void Test101_a_trailing_stop_in_points_rides_the_rest_of_its_entrys_bar()
    {
        // test_101_trailing_on_intrabar_entry.py (measured on CAPITALCOM:EURUSD 30m: 13750 of 13750 same-bar exits at
        // high - offset): entry 100.50 on the rising leg, arms at 101.00, rides to 101.50, fills at 101.40 on bar 1.
        StrategyResult result = Run(IntrabarEntryBars(), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L1", Direction.Long, stop: 100.5);
                strategy.Exit("L1X", "L1", trailPoints: 50, trailOffset: 10);
            }
        }, V6(1_000_000), s_crypto);

        Assert.Equal(new[] { (1, 100.5, 1, 101.4, "L1X") }, Fills(result));
    }

    [Fact]
    public void Test102_a_trailing_stop_at_a_price_rides_the_rest_of_its_entrys_bar()
    {
        // test_102_trailing_price_on_intrabar_entry.py: the trail_price spelling of 101 fills alike, 101.40 on bar 1.
        StrategyResult result = Run(IntrabarEntryBars(), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L1", Direction.Long, stop: 100.5);
                strategy.Exit("L1X", "L1", trailPrice: 101, trailOffset: 10);
            }
        }, V6(1_000_000), s_crypto);

        Assert.Equal(new[] { (1, 100.5, 1, 101.4, "L1X") }, Fills(result));
    }

    [Fact]
    public void Test103_an_extreme_before_the_entry_filled_stays_out_of_the_trailing_stop()
    {
        // test_103_trailing_skips_pre_fill_extreme.py (measured on CAPITALCOM:EURUSD 30m: 0 of 2063 such trades closed on
        // their entry bar): the limit fills at 99.50 after the high; bar 2 rides to 99.85 and fills the stop at 99.75.
        Bars bars = TestBars.Ohlc((100, 100.1, 99.95, 100), (100, 100.2, 99, 99.8), (99.8, 99.85, 99.4, 99.5), (99.5, 99.6, 99.4, 99.45));
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L1", Direction.Long, limit: 99.5);
                strategy.Exit("L1X", "L1", trailPoints: 10, trailOffset: 10);
            }
        }, V6(1_000_000), s_crypto);

        Assert.Equal(new[] { (1, 99.5, 2, 99.75, "L1X") }, Fills(result));
    }

    [Fact]
    public void Test104_the_average_entry_price_is_the_cost_sum_over_the_size()
    {
        // test_104_fill_price_tick_grid.py (measured on BINANCE:BTCUSDT 30m): entries of 0.001 at 93761.9 and 0.003 at
        // 94098.91 at the bar closes; TradingView's average is 94014.65750000002 and its first entry price
        // 93761.90000000001 (round(price / mintick) * mintick).
        StrategyResult result = Run(TestBars.Prices(93761.9, 94098.91, 93830.89, 93838.04), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("A", Direction.Long, qty: 0.001);
            if (bar == 1) strategy.Entry("B", Direction.Long, qty: 0.003);
        }, out OrderPlan script, V6(1_000_000, pyramiding: 10) with { ProcessOrdersOnClose = true }, s_crypto);

        // Pinned difference (docs/strategy.md "Choices"): ScriptGen books a price on the tick grid as the double its
        // decimal parses to (93761.9, the bar's own close), TradingView as ticks x mintick, one ULP above; the average
        // then differs in its last place too. Equal to 1e-9; the average is the cost sum over the size either way.
        Assert.Equal(93761.90000000001, result.OpenTrades[0].EntryPrice, 1e-9);
        Assert.Equal(94098.91, result.OpenTrades[1].EntryPrice);
        Assert.Equal(94014.65750000002, script.Observed[2].PositionAvgPrice, 1e-9);
    }

    [Fact]
    public void Test105_a_cash_per_order_fee_is_charged_once_per_reversal_and_split_by_quantity()
    {
        // test_105_cash_per_order_reversal.py (measured on BINANCE:BTCUSDT 30m, fee 10): net profit -10; commissions 15,
        // 10, 15; profits -5, -5, 0.
        StrategyResult result = Run(TestBars.Prices(100, 110, 105, 120, 120), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Entry("S", Direction.Short);
            if (bar == 2) strategy.Entry("L2", Direction.Long);
            if (bar == 3) strategy.CloseAll();
        }, V6(1_000_000) with
        {
            CommissionType = CommissionType.CashPerOrder, CommissionValue = 10, MarginLong = 0, MarginShort = 0, ProcessOrdersOnClose = true,
        }, s_crypto);

        Assert.Equal(new[] { (15.0, -5.0), (10.0, -5.0), (15.0, 0.0) }, result.ClosedTrades.Select(t => (t.Commission, t.Profit)));
        Assert.Equal(-10.0, result.ClosedTrades.Sum(t => t.Profit));
    }

    private static Bars GapBars() => TestBars.Ohlc(Flat100, Flat100, Flat100, (90, 90.5, 89, 90), (90, 90.5, 89.5, 90), (101, 102, 101, 101),
        (101, 101.5, 100.5, 101));

    [Fact]
    public void Test108_an_exit_gapped_through_with_a_reversing_stop_entry_fills_on_top_of_the_reversal()
    {
        // test_108_gap_batch_exit_after_reversal.py (measured on BINANCE:BTCUSDT 30m, 6/6 events): -6 after the
        // gap batch of bar 3 (the reversal's -5 plus the exit's own 1), flat after bar 5.
        StrategyResult result = Run(GapBars(), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long, qty: 1);
            if (bar == 2) strategy.Entry("Short", Direction.Short, qty: 5, stop: 99.5);
            if (strategy.PositionSize > 0 && bar >= 2) strategy.Exit("L Stop", stop: 99);
            if (strategy.PositionSize < 0 && bar >= 4) strategy.Exit("S Stop", stop: 100.5);
        }, out OrderPlan script, V6(100_000), s_crypto);

        Assert.Equal((-6.0, 0.0), (script.Observed[3].PositionSize, script.Observed[5].PositionSize));
        // PyneCore's _filled_targets (src/pynecore/lib/strategy/__init__.py, measured on BINANCE:BTCUSDT 30m): TradingView
        // lists the final close of the -6 as 1, 4, 1. "S Stop" has one leg per fill, the fill the exit opened first: its leg
        // closes 1 unit off the oldest row (Short, split), then the Short fill's leg closes 5: Short's other 4 and L Stop's 1.
        Assert.Equal(new[] { ("Long", "Short", 1.0), ("Short", "S Stop", 1.0), ("Short", "S Stop", 4.0), ("L Stop", "S Stop", 1.0) },
            result.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal, t.Quantity)));
    }

    [Fact]
    public void Test110_a_market_reversal_cancels_a_gapped_exit()
    {
        // test_110_market_reversal_cancels_gapped_exit.py (measured on BINANCE:BTCUSDT 30m, 6/6 events): the
        // position stops at the reversal's own -2; the only closed trade is Long, closed by Short.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, Flat100, Flat100, (90, 90.5, 89, 90), (90, 90.5, 89.5, 90)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("Long", Direction.Long, qty: 1);
            if (bar == 2) strategy.Entry("Short", Direction.Short, qty: 2);
            if (strategy.PositionSize > 0 && bar >= 2) strategy.Exit("L Stop", stop: 99);
        }, out OrderPlan script, V6(100_000), s_crypto);

        Assert.Equal(-2.0, script.Observed[3].PositionSize);
        Assert.Equal(new[] { ("Long", "Short", 1.0) }, result.ClosedTrades.Select(t => (t.EntryId, t.ExitSignal, t.Quantity)));
    }
}
