using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// Bars on which a position is open and nothing can fill (no order pending, or every pending level outside the bar's
/// range): the walk only marks the trades there, and the figures must be those of walking the path point by point
/// (docs/strategy.md rule 3). Expected values are worked by hand below from TradingView's path: open, nearer extreme,
/// farther extreme, close; equity sampled at each point and at each fill. Long 1 unit (point value 1, no commission)
/// from bar 1's open at 100; C is the initial capital.
/// </summary>
/// <remarks>
/// bar 1 (100, 104, 99, 103): the low is nearer, path 100, 99, 104, 103 → equity C, C−1, C+4, C+3.
/// bar 2 (103, 106, 95, 96): the high is nearer (3 vs 8), path 103, 106, 95, 96 → C+3, C+6, C−5, C−4.
/// bar 3 (96, 97, 89, 91): the high is nearer (1 vs 7), path 96, 97, 89, 91.
/// </remarks>
public sealed class QuietBarTests
{
    /// <summary>The four bars the remarks work through (also what <see cref="LeanRunTests"/> runs over).</summary>
    internal static readonly Bars FourBars = TestBars.Ohlc((100, 100, 100, 100), (100, 104, 99, 103), (103, 106, 95, 96), (96, 97, 89, 91));

    [Fact]
    public void A_position_with_nothing_pending_sees_every_point_of_every_bar()
    {
        StrategyResult result = Run(FourBars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        });

        // Bar 3's equity: C−4, C−3, C−11, C−9. Highest price 106, lowest 89: run-up 6, drawdown 11.
        // Drawdown: the peak C+6 (bar 2) to the trough C−11 (bar 3) = 17. Run-up: the largest rise from a trough is
        // C−1 → C+6 = 7 (later: C−5 → C−3 = 2, C−11 → C−9 = 2).
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal((6.0, 11.0), (open.MaxRunUp, open.MaxDrawdown));
        Assert.Equal((17.0, 7.0), (result.Summary.MaxDrawdown, result.Summary.MaxRunUp));
    }

    [Fact]
    public void A_bracket_out_of_reach_for_two_bars_fills_where_the_third_bar_reaches_it_and_the_quiet_bars_still_count()
    {
        StrategyResult result = Run(FourBars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("X", "L", limit: 110, stop: 90); // out of bars 1 and 2's ranges (95-106)
            }
        });

        // Bar 3: 96 → 97 → 89 reaches the stop at 90 (the trade's last and lowest price), equity C−10 there.
        // The trade: highest 106 (bar 2), run-up 6; drawdown 100 − 90 = 10.
        // Strategy: the peak C+6 (bar 2) to C−10 = 16; the largest rise from a trough, C−1 → C+6 = 7.
        Trade trade = OnlyClosed(result);
        Assert.Equal((3, 90.0), (trade.ExitBar, trade.ExitPrice));
        Assert.Equal((6.0, 10.0), (trade.MaxRunUp, trade.MaxDrawdown));
        Assert.Equal((16.0, 7.0), (result.Summary.MaxDrawdown, result.Summary.MaxRunUp));
    }

    [Fact]
    public void A_limit_order_out_of_reach_for_two_bars_fills_on_the_third_and_the_open_trade_is_marked_at_every_point()
    {
        // A second buy, a limit at 90: out of bars 1 and 2's ranges (95-106), reached on bar 3 (low 89).
        StrategyResult result = Run(FourBars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Order("Add", Direction.Long, limit: 90);
            }
        });

        // Bars 1 and 2 as above: the first trade's highest 106 (run-up 6). Bar 3: 96 → 97 → 89 fills the limit at 90 and
        // goes on to 89: the first trade's lowest is 89 (drawdown 11), the second trade's too (drawdown 90 − 89 = 1).
        Assert.Equal(2, result.OpenTrades.Count);
        Assert.Equal((6.0, 11.0), (result.OpenTrades[0].MaxRunUp, result.OpenTrades[0].MaxDrawdown));
        Assert.Equal((90.0, 1.0), (result.OpenTrades[1].EntryPrice, result.OpenTrades[1].MaxDrawdown));
    }
}
