using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// What a script reads of its trades each bar (Pine's <c>strategy.opentrades.*</c> / <c>closedtrades.*</c>)
/// and of its position, on one hand-written trade: long 2 at 100 with 0.1 % commission, out at a
/// take-profit of 104 on the second bar.
/// </summary>
public sealed class TradeAccessorTests
{
    // Bar 1 path O-H-L-C (100, 101, 98, 99); bar 2 path O-L-H-C (99, 98.5, 104.5, 104) reaches 104.
    private static readonly Bars s_bars = TestBars.Ohlc((100, 100, 100, 100), (100, 101, 98, 99), (99, 104.5, 98.5, 104), (104, 105, 103, 104));

    [Fact]
    public void A_closed_trade_carries_every_Pine_accessor()
    {
        StrategyResult result = Run(s_bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 2, comment: "go");
                strategy.Exit("TP", "L", limit: 104, commentProfit: "target");
            }
        }, new StrategySettings { CommissionValue = 0.1 });

        Trade trade = OnlyClosed(result);
        Assert.Equal(("L", "go", 1, TestBars.TimeOf(1), 100.0), (trade.EntryId, trade.EntryComment, trade.EntryBar, trade.EntryTime, trade.EntryPrice));
        Assert.Equal(("TP", "target", 2, TestBars.TimeOf(2), 104.0), (trade.ExitId, trade.ExitComment, trade.ExitBar, trade.ExitTime, trade.ExitPrice));
        Assert.Equal((2.0, 2.0, Direction.Long, 1, false), (trade.Size, trade.Quantity, trade.Direction, trade.BarsHeld, trade.IsOpen));
        double commission = 2 * 100 * 0.001 + 2 * 104 * 0.001;
        Assert.Equal(commission, trade.Commission, 12);
        Assert.Equal(2 * (104 - 100) - commission, trade.Profit, 12);
        Assert.Equal(trade.Profit / (2 * 100) * 100, trade.ProfitPercent, 12);
        // Best price on the path while open: 104 (the exit); worst: bar 1's low, 98. Less the entry commission.
        Assert.Equal(2 * (104 - 100) - 0.2, trade.MaxRunUp, 12);
        Assert.Equal(2 * (100 - 98) + 0.2, trade.MaxDrawdown, 12);
        Assert.Equal(trade.MaxDrawdown / 200 * 100, trade.MaxDrawdownPercent, 12);
    }

    [Fact]
    public void The_script_reads_its_open_trade_and_position_as_they_stand_at_each_close()
    {
        var seen = new List<(int Count, double Profit, double RunUp, double Drawdown, double Equity, double OpenProfit, string? Entry)>();
        StrategyResult result = Run(s_bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 2);
                strategy.Exit("TP", "L", limit: 104);
            }

            Trade? open = strategy.OpenTrades.Count > 0 ? strategy.OpenTrades[0] : null;
            seen.Add((strategy.OpenTrades.Count, open?.Profit ?? 0, open?.MaxRunUp ?? 0, open?.MaxDrawdown ?? 0, strategy.Equity, strategy.OpenProfit,
                strategy.PositionEntryName));
        }, new StrategySettings { CommissionValue = 0.1 });

        // Bar 1: marked at its close 99, entry commission paid: (99 - 100) x 2 - 0.2.
        Assert.Equal((1, -2.2, 1.8, 4.2, 1_000_000 - 2.2, -2.2, "L"), Rounded(seen[1]));
        // Bar 2: closed; the closed list has it.
        Assert.Equal((0, 0.0, 0.0, 0.0), (seen[2].Count, seen[2].Profit, seen[2].RunUp, seen[2].Drawdown));
        Assert.Null(seen[2].Entry);
        Assert.Equal(1_000_000 + result.ClosedTrades[0].Profit, seen[2].Equity, 9);
    }

    [Fact]
    public void Trade_lists_read_by_index_and_foreach_and_reject_an_index_out_of_range()
    {
        var counted = new List<int>();
        ArgumentOutOfRangeException? failure = null;
        Run(TestBars.Prices(10, 11, 12, 13), (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("A", Direction.Long);
                strategy.Entry("B", Direction.Long);
            }

            int n = 0;
            foreach (Trade trade in strategy.OpenTrades)
            {
                n += trade.EntryId.Length;
            }

            counted.Add(n);
            if (bar == 3)
            {
                failure = Assert.Throws<ArgumentOutOfRangeException>(() => strategy.ClosedTrades[0]);
            }
        }, new StrategySettings { Pyramiding = 2 });

        Assert.Equal(new[] { 0, 2, 2, 2 }, counted);
        Assert.Contains("there are 0 trades", failure!.Message);
    }

    [Fact]
    public void A_trade_the_script_kept_stays_that_trade_after_it_closes_and_another_opens()
    {
        // The broker reuses a closed trade's object for the next trade unless it was handed out: the one kept here must still
        // describe trade 1 (in at 100 on bar 1, out at 104 on bar 2) when trade 2 (in at bar 3's open, 104) is open.
        Trade? kept = null;
        StrategyResult result = Run(s_bars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long, qty: 2);
                strategy.Exit("TP", "L", limit: 104);
            }

            if (bar == 1)
            {
                kept = strategy.OpenTrades[0];
            }

            if (bar == 2)
            {
                strategy.Entry("L2", Direction.Long, qty: 1);
            }
        });

        Assert.Equal((1, "L", 1, 100.0, false, 2, 104.0), (kept!.Number, kept.EntryId, kept.EntryBar, kept.EntryPrice, kept.IsOpen, kept.ExitBar, kept.ExitPrice));
        Trade second = Assert.Single(result.OpenTrades);
        Assert.NotSame(kept, second);
        Assert.Equal((2, "L2", 3, 104.0), (second.Number, second.EntryId, second.EntryBar, second.EntryPrice));
        Assert.Equal((1, "L", 2, 104.0), (OnlyClosed(result).Number, OnlyClosed(result).EntryId, OnlyClosed(result).ExitBar, OnlyClosed(result).ExitPrice));
    }

    private static (int, double, double, double, double, double, string?) Rounded(
        (int Count, double Profit, double RunUp, double Drawdown, double Equity, double OpenProfit, string? Entry) s) =>
        (s.Count, Math.Round(s.Profit, 9), Math.Round(s.RunUp, 9), Math.Round(s.Drawdown, 9), Math.Round(s.Equity, 6), Math.Round(s.OpenProfit, 9), s.Entry);
}
