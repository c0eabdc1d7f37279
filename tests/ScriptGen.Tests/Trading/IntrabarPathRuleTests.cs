using ScriptGen.Namespaces;
using ScriptGen.Trading.Models;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Price orders along the assumed intrabar path (docs/strategy.md rules 3, 4, 5, 6, 7, 15). The symbol
/// has tick 0.01. Unless said otherwise, bar 0 is flat at 100 and places the orders, so a market entry
/// fills at bar 1's open.
/// </summary>
public sealed class IntrabarPathRuleTests
{
    private static readonly (double, double, double, double) Flat100 = (100, 100, 100, 100);

    /// <summary>Long 1 at bar 1's open (100) with a bracket placed on bar 0, while the entry is still pending.</summary>
    private static StrategyResult LongWithBracket(
        (double, double, double, double)[] bars, double limit = double.NaN, double stop = double.NaN, StrategySettings? settings = null) =>
        Run(TestBars.Ohlc([Flat100, .. bars]), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("X", "L", limit: limit, stop: stop);
            }
        }, settings);

    [Fact]
    public void Rule3_the_TradingView_path_visits_the_nearer_extreme_first_and_the_low_first_when_the_open_is_mid_range()
    {
        Span<double> path = stackalloc double[4];
        TradingViewFillModel.Instance.Path(new FillBar(0, 0, 100, 103, 95, 99, 0.01), path);
        Assert.Equal(new[] { 100.0, 103, 95, 99 }, path.ToArray()); // open 3 below the high, 5 above the low
        TradingViewFillModel.Instance.Path(new FillBar(0, 0, 100, 105, 97, 101, 0.01), path);
        Assert.Equal(new[] { 100.0, 97, 105, 101 }, path.ToArray());
        TradingViewFillModel.Instance.Path(new FillBar(0, 0, 1.13001, 1.13002, 1.13000, 1.13001, 0.00001), path);
        Assert.Equal(new[] { 1.13001, 1.13000, 1.13002, 1.13001 }, path.ToArray()); // one tick each way: mid-range
    }

    [Theory]
    [InlineData(103, 95, 102.0, "take-profit")] // open nearer the high: O-H-L-C reaches 102 first
    [InlineData(105, 97, 98.0, "stop-loss")]    // open nearer the low: O-L-H-C reaches 98 first
    [InlineData(104, 96, 98.0, "stop-loss")]    // mid-range: low first
    public void Rule3_which_bracket_leg_fills_follows_the_assumed_path(double high, double low, double exitPrice, string leg)
    {
        StrategyResult result = LongWithBracket([(100, high, low, 100)], limit: 102, stop: 98);

        Trade trade = OnlyClosed(result);
        Assert.True(exitPrice == trade.ExitPrice, $"{leg}: exit at {trade.ExitPrice}");
        Assert.Equal(1, trade.ExitBar);
    }

    [Fact]
    public void Rule4_a_stop_gapped_through_fills_at_the_open_not_at_its_price()
    {
        StrategyResult result = LongWithBracket([(100, 101, 99, 100), (93, 94, 92, 93)], stop: 95);

        Assert.Equal((2, 93.0), (OnlyClosed(result).ExitBar, OnlyClosed(result).ExitPrice));
    }

    [Fact]
    public void Rule4_a_limit_gapped_through_fills_at_the_open_the_better_price()
    {
        StrategyResult result = LongWithBracket([(100, 101, 99, 100), (107, 108, 106, 107)], limit: 105);

        Assert.Equal((2, 107.0), (OnlyClosed(result).ExitBar, OnlyClosed(result).ExitPrice));
    }

    [Fact]
    public void Rule4_a_stop_entry_gapped_through_fills_at_the_open()
    {
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (103, 104, 102.5, 103)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, stop: 102);
        });

        Assert.Equal((1, 103.0), (result.OpenTrades[0].EntryBar, result.OpenTrades[0].EntryPrice));
    }

    [Fact]
    public void Rule5_a_limit_fills_at_its_price_where_the_path_reaches_it()
    {
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 100.5, 97, 99)), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, limit: 98);
        });

        Assert.Equal(98, Assert.Single(result.OpenTrades).EntryPrice);
    }

    [Fact]
    public void Rule5_a_limit_or_stop_already_through_the_market_fills_at_the_next_open()
    {
        Bars bars = TestBars.Ohlc(Flat100, (100.5, 101, 100.2, 100.8));

        StrategyResult limit = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, limit: 102); // a buy limit above the market
        });
        StrategyResult stop = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, stop: 99); // a buy stop below the market
        });

        Assert.Equal(100.5, limit.OpenTrades[0].EntryPrice);
        Assert.Equal(100.5, stop.OpenTrades[0].EntryPrice);
    }

    [Fact]
    public void Rule5_a_stop_limit_becomes_a_limit_once_its_stop_trades()
    {
        // Bar 1, path O-L-H-C (100, 99.5, 103, 102): the stop at 102 trades on the way up; the limit at
        // 101 is not reached again on bar 1. Bar 2, path O-H-L-C (101.5, 102, 100.5, 101): it is.
        Bars bars = TestBars.Ohlc(Flat100, (100, 103, 99.5, 102), (101.5, 102, 100.5, 101));

        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, limit: 101, stop: 102);
        });

        Trade trade = Assert.Single(result.OpenTrades);
        Assert.Equal((2, 101.0), (trade.EntryBar, trade.EntryPrice));
    }

    [Fact]
    public void Rule6_take_profit_and_stop_loss_cancel_each_other()
    {
        // Bar 1 reaches the take-profit (104); bar 2 falls through the stop-loss level (98) but nothing is left.
        StrategyResult result = LongWithBracket([(100, 104.5, 99.5, 104), (103, 103, 96, 97)], limit: 104, stop: 98);

        Trade trade = OnlyClosed(result);
        Assert.Equal((1, 104.0, "X"), (trade.ExitBar, trade.ExitPrice, trade.ExitSignal));
        Assert.Empty(result.OpenTrades);
    }

    [Fact]
    public void Rule6_an_exit_placed_with_its_entry_fills_on_the_entry_bar_when_the_path_reaches_it_after_the_entry()
    {
        // Entry at bar 1's open, 100; path O-H-L-C (100, 101, 97, 98) falls through the stop at 98.
        StrategyResult result = LongWithBracket([(100, 101, 97, 98)], limit: 104, stop: 98);

        Trade trade = OnlyClosed(result);
        Assert.Equal((1, 100.0, 1, 98.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice));
    }

    [Fact]
    public void Rule6_a_stop_entry_filled_inside_the_bar_arms_its_bracket_from_that_point_on()
    {
        // Path O-L-H-C (100, 99, 103, 100): the stop-loss level 101 is passed on the way down to 99 before
        // the entry exists; the entry fills at 102 on the way up; the way down to the close reaches 101.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 103, 99, 100)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, stop: 102);
                strategy.Exit("X", "L", stop: 101, limit: 104);
            }
        });

        Trade trade = OnlyClosed(result);
        Assert.Equal((1, 102.0, 1, 101.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice));
    }

    [Fact]
    public void Rule7_a_trailing_stop_arms_and_fills_within_one_bar()
    {
        // Long at 100; activation 100 + 200 ticks = 102; offset 100 ticks = 1.00. Path O-L-H-C
        // (100, 99, 105, 103): arms at 102, the best price becomes 105, the stop 104, and the way down
        // to the close fills it there.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 105, 99, 103)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("T", "L", trailPoints: 200, trailOffset: 100, commentTrailing: "trail");
            }
        });

        Trade trade = OnlyClosed(result);
        Assert.Equal((1, 104.0, "trail"), (trade.ExitBar, trade.ExitPrice, trade.ExitSignal));
    }

    [Fact]
    public void Rule7_a_trailing_stop_only_moves_in_the_trades_favour()
    {
        // Bar 1 (O-L-H-C 100, 99.5, 103, 102.5): arms at 102, best 103, stop 102. Bar 2 (O-H-L-C 102.5,
        // 102.9, 101.5, 102) makes no new high, so the stop stays at 102 and the fall fills it there.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 103, 99.5, 102.5), (102.5, 102.9, 101.5, 102)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("T", "L", trailPrice: 102, trailOffset: 100);
            }
        });

        Trade trade = OnlyClosed(result);
        Assert.Equal((2, 102.0), (trade.ExitBar, trade.ExitPrice));
    }

    [Fact]
    public void Rule7_a_short_trailing_stop_trails_the_lowest_price()
    {
        // Short at 100; activation 98; offset 1.00. Path O-H-L-C (100, 101, 95, 97): arms at 98, best 95,
        // stop 96, filled on the way up to the close.
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 101, 95, 97)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("S", Direction.Short);
                strategy.Exit("T", "S", trailPoints: 200, trailOffset: 100);
            }
        });

        Assert.Equal(96, OnlyClosed(result).ExitPrice);
    }

    [Fact]
    public void Rule7_with_no_offset_a_trailing_stop_fills_where_it_arms()
    {
        StrategyResult result = Run(TestBars.Ohlc(Flat100, (100, 105, 99, 103)), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("T", "L", trailPrice: 102, trailOffset: 0);
            }
        });

        Assert.Equal(102, OnlyClosed(result).ExitPrice);
    }

    [Fact]
    public void Rule15_with_a_fill_limits_assumption_a_limit_fills_only_once_price_trades_through_it_and_at_its_price()
    {
        // Buy limit at 98, assumption 2 ticks: price must reach 97.98. Bar 1's low is 97.99, bar 2's 97.98.
        Bars bars = TestBars.Ohlc(Flat100, (99, 99.5, 97.99, 99), (99, 99.2, 97.98, 98.5));
        Action<int, PineStrategy> plan = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long, limit: 98);
        };

        StrategyResult strict = Run(bars, plan, new StrategySettings { BacktestFillLimitsAssumption = 2 });
        StrategyResult plain = Run(bars, plan);

        Assert.Equal((2, 98.0), (strict.OpenTrades[0].EntryBar, strict.OpenTrades[0].EntryPrice));
        Assert.Equal((1, 98.0), (plain.OpenTrades[0].EntryBar, plain.OpenTrades[0].EntryPrice));
    }
}
