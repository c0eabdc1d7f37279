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
        // Pinned difference (docs/strategy.md "Choices"): TradingView lists the final close of the -6 as 1, 4, 1
        // (the exit-opened leg's quantity off the oldest trade first); ScriptGen closes each open trade whole, FIFO.
        Assert.Equal(new[] { ("Long", "Short", 1.0), ("Short", "S Stop", 5.0), ("L Stop", "S Stop", 1.0) },
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
