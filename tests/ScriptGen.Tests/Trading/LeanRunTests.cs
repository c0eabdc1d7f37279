using ScriptGen.Namespaces;
using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// <see cref="RunOptions.RecordDrawdown"/> false (and <see cref="RunOptions.RecordTrades"/> false, further down): a bar held with nothing pending is not walked along its path, only marked at
/// its close. Every fill, trade and figure but drawdown and run-up must be what the full run gives; those are na, never a
/// partial value; a script that reads them is stopped with a message saying how to run it. Bars and hand-worked values as in
/// <see cref="QuietBarTests"/>: long 1 unit (point value 1, no commission) from bar 1's open at 100.
/// </summary>
public sealed class LeanRunTests
{
    private static Bars FourBars => QuietBarTests.FourBars;

    [Fact]
    public void A_held_position_is_marked_at_each_close_and_its_drawdown_and_run_up_are_na()
    {
        StrategyResult result = RunLean(FourBars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
        });

        double capital = result.Settings.InitialCapital;
        // Closes 103, 96, 91 against the entry at 100: equity C+3, C−4, C−9 (bar 0 is flat: C).
        Assert.Equal([capital, capital + 3, capital - 4, capital - 9], result.Equity.ToArray());
        Trade open = Assert.Single(result.OpenTrades);
        Assert.Equal(-9, open.Profit);
        Assert.True(double.IsNaN(open.MaxRunUp) && double.IsNaN(open.MaxDrawdown));
        Assert.True(double.IsNaN(open.MaxRunUpPercent) && double.IsNaN(open.MaxDrawdownPercent));
        PerformanceSummary summary = result.Summary;
        Assert.Equal(-9, summary.All.OpenProfit);
        Assert.True(double.IsNaN(summary.MaxDrawdown) && double.IsNaN(summary.MaxDrawdownPercent));
        Assert.True(double.IsNaN(summary.MaxRunUp) && double.IsNaN(summary.MaxRunUpPercent));
    }

    [Fact]
    public void A_bracket_still_fills_where_the_path_reaches_it()
    {
        StrategyResult result = RunLean(FourBars, (bar, strategy) =>
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("X", "L", limit: 110, stop: 90); // out of bars 1 and 2's ranges (95-106)
            }
        });

        // Pending, so walked: bar 3's path 96 → 97 → 89 reaches the stop at 90.
        Trade trade = BrokerScenario.OnlyClosed(result);
        Assert.Equal((1, 100.0, 3, 90.0), (trade.EntryBar, trade.EntryPrice, trade.ExitBar, trade.ExitPrice));
        Assert.Equal(-10, trade.Profit);
        Assert.True(double.IsNaN(trade.MaxRunUp) && double.IsNaN(result.Summary.MaxDrawdown));
    }

    /// <summary>
    /// A lean run does not mark the trade along a walked bar, but an armed trailing stop still follows the price, the open
    /// included. Long from bar 1's open at 100, trailing from 102 by 1.00 (100 ticks of 0.01). Bar 1 (path 100, 99.5, 103,
    /// 102.5) arms it at 102 and takes it to 103: stop 102. Bar 2 opens on its high, 105 (a new best: stop 104), then
    /// falls to 103.5, through 104: the trade closes there. Had the open not moved the stop, it would still be at 102,
    /// under bar 2's low, and the trade would be open.
    /// </summary>
    [Fact]
    public void A_trailing_stop_follows_a_gapped_open_on_a_bar_the_path_is_walked()
    {
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (100, 103, 99.5, 102.5), (105, 105, 103.5, 104));
        void Plan(int bar, PineStrategy strategy)
        {
            if (bar == 0)
            {
                strategy.Entry("L", Direction.Long);
                strategy.Exit("T", "L", trailPrice: 102, trailOffset: 100);
            }
        }

        Trade lean = BrokerScenario.OnlyClosed(RunLean(bars, Plan));
        Trade full = BrokerScenario.OnlyClosed(RunFull(bars, Plan));
        Assert.Equal((1, 100.0, 2, 104.0), (lean.EntryBar, lean.EntryPrice, lean.ExitBar, lean.ExitPrice));
        Assert.Equal((full.EntryBar, full.EntryPrice, full.ExitBar, full.ExitPrice), (lean.EntryBar, lean.EntryPrice, lean.ExitBar, lean.ExitPrice));
    }

    [Theory]
    [InlineData("strategy.max_drawdown")]
    [InlineData("strategy.max_runup")]
    [InlineData("a trade's max_drawdown")]
    [InlineData("a trade's max_runup")]
    public void A_script_that_reads_drawdown_or_run_up_is_told_to_record_them(string variable)
    {
        Exception error = Assert.ThrowsAny<ScriptEngineException>(() => RunLean(FourBars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 2)
            {
                _ = variable switch
                {
                    "strategy.max_drawdown" => strategy.MaxDrawdown,
                    "strategy.max_runup" => strategy.MaxRunUp,
                    "a trade's max_drawdown" => strategy.OpenTrades[0].MaxDrawdown,
                    _ => strategy.OpenTrades[0].MaxRunUpPercent,
                };
            }
        }));

        string message = error.ToString();
        Assert.Contains(variable, message);
        Assert.Contains("RecordDrawdown = true", message);
    }

    /// <summary>
    /// TradingView's sample strategies on the bars it ran them on (their full runs match its trade lists,
    /// <see cref="TradingViewTradeParityTests"/>): market entries (MACD, RSI), stop entries in a one-cancels-all group
    /// (Bollinger Bands), sizes from equity (Supertrend). Without drawdown every trade and every other figure is the same.
    /// </summary>
    [Theory]
    [InlineData("macd")]
    [InlineData("rsi")]
    [InlineData("bollinger")]
    [InlineData("supertrend")]
    public void The_samples_trade_and_sum_up_as_in_a_full_run(string sample)
    {
        (StrategyResult full, StrategyResult lean) = RunSample(sample, options => options with { RecordDrawdown = false });

        Assert.True(full.ClosedTrades.Count > 10);
        Assert.Equal(Rows(full.ClosedTrades), Rows(lean.ClosedTrades));
        Assert.Equal(Rows(full.OpenTrades), Rows(lean.OpenTrades));
        Assert.Equal(full.Equity.ToArray(), lean.Equity.ToArray());
        Assert.Equal(full.Summary with { MaxDrawdown = double.NaN, MaxDrawdownPercent = double.NaN, MaxRunUp = double.NaN, MaxRunUpPercent = double.NaN }, lean.Summary);
    }

    /// <summary>
    /// Without drawdown and without the equity curve (a sweep's runs), a bar held with nothing pending is marked only when
    /// something reads it: every trade (Supertrend's sized from equity), open trade and summary figure is still the full run's.
    /// </summary>
    [Theory]
    [InlineData("macd")]
    [InlineData("rsi")]
    [InlineData("bollinger")]
    [InlineData("supertrend")]
    public void Without_drawdown_or_the_equity_curve_the_samples_trade_and_sum_up_as_in_a_full_run(string sample)
    {
        (StrategyResult full, StrategyResult lean) = RunSample(sample, options => options with { RecordDrawdown = false, RecordEquity = false });

        Assert.True(full.ClosedTrades.Count > 10);
        Assert.Equal(Rows(full.ClosedTrades), Rows(lean.ClosedTrades));
        Assert.Equal(Rows(full.OpenTrades), Rows(lean.OpenTrades));
        Assert.Equal(full.Summary with { MaxDrawdown = double.NaN, MaxDrawdownPercent = double.NaN, MaxRunUp = double.NaN, MaxRunUpPercent = double.NaN }, lean.Summary);
    }

    /// <summary>
    /// A held bar with nothing pending starts a quiet stretch (the next bars only move the mark) that an order, a fill or a
    /// risk rule ends. Here the rule comes in the middle of one: PyneCore's <c>test_risk_max_intraday_loss.py</c> bars (long
    /// 10 at 100), the rule set on bar 2 only, at $50. Active from bar 3, it takes that bar's opening equity as the day's
    /// start: 1,000 + (95 − 100) × 10 = 950; bar 3 closes at 88, equity 880, down 70 ≥ 50: the position closes at 88. Left
    /// quiet, bar 3 would not have been checked and the trade would still be open.
    /// </summary>
    [Fact]
    public void A_risk_rule_set_while_the_position_is_held_quietly_is_checked_from_the_next_bar()
    {
        Bars bars = TestBars.Ohlc((100, 100, 100, 100), (100, 100.5, 99.5, 100), (100, 100, 95, 95), (95, 95, 88, 88), (88, 92, 88, 92));
        var settings = new StrategySettings { InitialCapital = 1000, DefaultQuantityType = QuantityType.Fixed, DefaultQuantity = 10 };
        var symbol = new SymbolInfo { Ticker = "TEST", MinTick = 0.01, QuantityStep = 0.0001 };
        (int, double, int, double, string)[] Fills(bool lean)
        {
            OrderPlan script = OrderPlan.Create();
            script.OnBar = (bar, strategy) =>
            {
                if (bar == 0) strategy.Entry("Long", Direction.Long);
                if (bar == 2) strategy.Risk.MaxIntradayLoss(50, QuantityType.Cash);
            };
            var options = new RunOptions { Strategy = settings, Symbol = symbol, RecordDrawdown = !lean, RecordEquity = !lean };
            return BrokerScenario.Fills(new RuntimeEnvironment().RunStrategy(script, bars, options));
        }

        Assert.Equal(new[] { (1, 100.0, 3, 88.0, "Close Position (Max intraday loss reached)") }, Fills(lean: true));
        Assert.Equal(Fills(lean: false), Fills(lean: true));
    }

    [Fact]
    public void A_held_bar_marked_later_reads_its_own_close()
    {
        // Hourly bars of one day: only the last bar ends a period, so bar 2 (held, nothing pending) leaves its mark for a reader.
        // Closes 103, 96, 91 against the entry at 100 (bar 1's open).
        var openProfit = new List<double>();
        var equity = new List<double>();
        var heldTradeProfit = new List<double>();
        Trade? held = null;
        StrategyResult result = RunLean(FourBars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            openProfit.Add(strategy.OpenProfit);
            equity.Add(strategy.Equity);
        }, recordEquity: false);
        StrategyResult holding = RunLean(FourBars, (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) held = strategy.OpenTrades[0]; // kept by the script: its profit is read without asking the broker
            if (held is not null) heldTradeProfit.Add(held.Profit);
        }, recordEquity: false);

        double capital = result.Settings.InitialCapital;
        Assert.Equal([0, 3, -4, -9], openProfit);
        Assert.Equal([capital, capital + 3, capital - 4, capital - 9], equity);
        Assert.Equal([3, -4, -9], heldTradeProfit);
        Assert.Equal(-9, Assert.Single(holding.OpenTrades).Profit);
        Assert.Equal(-9, result.Summary.All.OpenProfit);
    }

    /// <summary>
    /// <see cref="RunOptions.RecordTrades"/> false on the same samples and bars: every summary figure, open trade and equity
    /// value is the full run's; only the closed trade list is gone.
    /// </summary>
    [Theory]
    [InlineData("macd")]
    [InlineData("rsi")]
    [InlineData("bollinger")]
    [InlineData("supertrend")]
    public void Without_the_closed_trades_kept_every_figure_is_the_same(string sample)
    {
        (StrategyResult full, StrategyResult lean) = RunSample(sample, options => options with { RecordTrades = false });

        Assert.True(full.ClosedTrades.Count > 10);
        Assert.Empty(lean.ClosedTrades);
        Assert.Equal(full.Summary, lean.Summary);
        Assert.Equal(full.ClosedTrades.Count, lean.Summary.TotalClosedTrades);
        Assert.Equal(Rows(full.OpenTrades), Rows(lean.OpenTrades));
        Assert.Equal(full.Equity.ToArray(), lean.Equity.ToArray());
    }

    [Fact]
    public void A_script_reads_how_many_trades_closed_but_not_a_closed_trade()
    {
        // Long from bar 1's open, closed at bar 2's open (market orders fill at the next open): one closed trade from bar 2 on.
        var counts = new List<int>();
        OrderPlan counting = OrderPlan.Create();
        counting.OnBar = (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Close("L");
            counts.Add(strategy.ClosedTrades.Count);
        };
        new RuntimeEnvironment().RunStrategy(counting, FourBars, new RunOptions { Symbol = SymbolInfo.Default, RecordTrades = false });
        Assert.Equal([0, 0, 1, 1], counts);

        foreach (bool enumerate in new[] { false, true })
        {
            OrderPlan reading = OrderPlan.Create();
            reading.OnBar = (bar, strategy) =>
            {
                if (bar == 0) strategy.Entry("L", Direction.Long);
                if (bar == 1) strategy.Close("L");
                if (bar == 3 && enumerate)
                {
                    foreach (Trade trade in strategy.ClosedTrades)
                    {
                        _ = trade.Profit;
                    }
                }
                else if (bar == 3)
                {
                    _ = strategy.ClosedTrades[0].Profit;
                }
            };
            Exception error = Assert.ThrowsAny<ScriptEngineException>(() =>
                new RuntimeEnvironment().RunStrategy(reading, FourBars, new RunOptions { Symbol = SymbolInfo.Default, RecordTrades = false }));
            Assert.Contains("strategy.closedtrades", error.ToString());
            Assert.Contains("RecordTrades = true", error.ToString());
        }
    }

    /// <summary>A sample strategy run in full and with <paramref name="lean"/>'s options, on TradingView's bars as a EUR/USD-like symbol.</summary>
    private static (StrategyResult Full, StrategyResult Lean) RunSample(string sample, Func<RunOptions, RunOptions> lean)
    {
        Bars bars = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        Func<StrategyScript> create = sample switch
        {
            "macd" => MacdStrategy.Create,
            "rsi" => RsiStrategy.Create,
            "bollinger" => BollingerStrategy.Create,
            _ => SupertrendStrategy.Create,
        };
        var options = new RunOptions { Symbol = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 } };
        return (new RuntimeEnvironment().RunStrategy(create(), bars, options), new RuntimeEnvironment().RunStrategy(create(), bars, lean(options)));
    }

    private static StrategyResult RunLean(Bars bars, Action<int, PineStrategy> plan, bool recordEquity = true)
    {
        OrderPlan script = OrderPlan.Create();
        script.OnBar = plan;
        return new RuntimeEnvironment().RunStrategy(
            script, bars, new RunOptions { Symbol = SymbolInfo.Default, RecordDrawdown = false, RecordEquity = recordEquity });
    }

    private static StrategyResult RunFull(Bars bars, Action<int, PineStrategy> plan)
    {
        OrderPlan script = OrderPlan.Create();
        script.OnBar = plan;
        return new RuntimeEnvironment().RunStrategy(script, bars, new RunOptions { Symbol = SymbolInfo.Default });
    }

    /// <summary>Everything a trade row holds but its run-up and drawdown.</summary>
    private static object[] Rows(IEnumerable<Trade> trades) =>
        [.. trades.Select(t => (t.Number, t.Direction, t.Quantity, t.EntryId, t.EntryBar, t.EntryPrice, t.ExitId, t.ExitBar, t.ExitPrice, t.Profit, t.Commission, t.ExitSignal))];
}
