using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Reference;
using static ScriptGen.Tests.Trading.BrokerScenario;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// The performance summary against computations written here, independently of the broker: by hand on
/// a three-trade run, and from the trade list, the bars and the equity curve of the MACD strategy's
/// 1,800 trades. Formulas as docs/strategy.md states them.
/// </summary>
public sealed class PerformanceSummaryTests
{
    [Fact]
    public void A_three_trade_run_summarised_by_hand()
    {
        // +10 long (100 -> 110), -5 short (110 -> 115), -2 long x2 (115 -> 114), one bar each.
        StrategyResult result = Run(TestBars.Prices(100, 100, 110, 115, 114, 114), (bar, strategy) =>
        {
            if (bar == 0) strategy.Entry("L", Direction.Long);
            if (bar == 1) strategy.Entry("S", Direction.Short);
            if (bar == 2) strategy.Entry("L2", Direction.Long, qty: 2);
            if (bar == 3) strategy.CloseAll();
        });
        PerformanceSummary s = result.Summary;

        Assert.Equal(new[] { 10.0, -5, -2 }, result.ClosedTrades.Select(t => t.Profit));
        TradeStatistics all = s.All;
        Assert.Equal((3.0, 10.0, 7.0, 10.0 / 7), (all.NetProfit, all.GrossProfit, all.GrossLoss, all.ProfitFactor));
        Assert.Equal((3, 1, 2, 0), (all.TotalClosedTrades, all.WinningTrades, all.LosingTrades, all.EvenTrades));
        Assert.Equal((100.0 / 3, 1.0, 10.0, 3.5, 10 / 3.5), (all.PercentProfitable, all.AverageTrade, all.AverageWinningTrade, all.AverageLosingTrade, all.RatioAverageWinToAverageLoss));
        Assert.Equal((10.0, 5.0, 1.0, 2.0), (all.LargestWinningTrade, all.LargestLosingTrade, all.AverageBarsInTrade, all.MaxContractsHeld));
        Assert.Equal(3.0 / 1_000_000 * 100, all.NetProfitPercent, 15);
        Assert.Equal((10.0 / 100 * 100 - 5.0 / 110 * 100 - 2.0 / 230 * 100) / 3, all.AverageTradePercent, 12);
        Assert.Equal(5.0 / 110 * 100, all.LargestLosingTradePercent, 12);

        Assert.Equal((8.0, 10.0, 2.0, 5.0, 2, 2.0), (s.Long.NetProfit, s.Long.GrossProfit, s.Long.GrossLoss, s.Long.ProfitFactor, s.Long.TotalClosedTrades, s.Long.MaxContractsHeld));
        Assert.Equal((-5.0, 0.0, 5.0, 0.0, 1, 1.0), (s.Short.NetProfit, s.Short.GrossProfit, s.Short.GrossLoss, s.Short.ProfitFactor, s.Short.TotalClosedTrades, s.Short.MaxContractsHeld));
        Assert.True(double.IsNaN(s.Short.AverageWinningTrade));

        // Equity (flat bars): 1e6, 1e6, 1e6+10, 1e6+5, 1e6+3, 1e6+3: down 7 from the peak, up 10 from the start.
        Assert.Equal((7.0, 7 / 1_000_010.0 * 100), (s.MaxDrawdown, s.MaxDrawdownPercent));
        Assert.Equal((10.0, 10 / 1_000_000.0 * 100), (s.MaxRunUp, s.MaxRunUpPercent));
        Assert.Equal((1_000_000 * 0.14, 14.0), (Math.Round(s.BuyAndHoldReturn, 6), Math.Round(s.BuyAndHoldReturnPercent, 10)));
        Assert.True(double.IsNaN(s.SharpeRatio)); // six hours: one daily period, too few to measure
    }

    [Fact]
    public void The_summary_and_the_scripts_strategy_reads_are_the_same_statistics()
    {
        // The broker tallies each trade once as it closes: what strategy.* reads on the last bar is the summary's, to the bit.
        Bars bars = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        (double Net, double Gross, double Loss, int Win, int Lose, int Even) read = default;
        StrategyResult result = Run(bars, (bar, strategy) =>
        {
            if (bar % 7 == 0) strategy.Entry(bar % 14 == 0 ? "L" : "S", bar % 14 == 0 ? Direction.Long : Direction.Short);
            read = (strategy.NetProfit, strategy.GrossProfit, strategy.GrossLoss, strategy.WinTrades, strategy.LossTrades, strategy.EvenTrades);
        });
        TradeStatistics all = result.Summary.All;

        Assert.True(all.TotalClosedTrades > 100);
        Assert.Equal(read, (all.NetProfit, all.GrossProfit, all.GrossLoss, all.WinningTrades, all.LosingTrades, all.EvenTrades));
        Assert.Equal(all.TotalClosedTrades, result.Summary.Long.TotalClosedTrades + result.Summary.Short.TotalClosedTrades);
    }

    [Fact]
    public void The_MACD_runs_summary_agrees_with_its_trade_list_bars_and_equity_curve()
    {
        Bars bars = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        var symbol = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };
        StrategyResult result = new RuntimeEnvironment().RunStrategy(MacdStrategy.Create(), bars, new RunOptions { Symbol = symbol });
        PerformanceSummary summary = result.Summary;
        Trade[] closed = result.ClosedTrades.ToArray();

        AssertTradeStatistics(summary.All, closed);
        AssertTradeStatistics(summary.Long, closed.Where(t => t.Direction == Direction.Long).ToArray());
        AssertTradeStatistics(summary.Short, closed.Where(t => t.Direction == Direction.Short).ToArray());
        Assert.Equal(result.OpenTrades.Sum(t => t.Profit), summary.All.OpenProfit, 12);

        (double drawdown, double runUp) = IntrabarDrawdownAndRunUp(bars, closed, result.OpenTrades.ToArray(), result.Settings.InitialCapital);
        Assert.Equal(drawdown, summary.MaxDrawdown, 9);
        Assert.Equal(runUp, summary.MaxRunUp, 9);

        (double sharpe, double sortino) = MonthlyRatios(bars, result.Equity.Span, result.Settings.InitialCapital, riskFreePercent: 2, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(sharpe, summary.SharpeRatio, 12);
        Assert.Equal(sortino, summary.SortinoRatio, 12);
        Assert.Equal((bars.Close[^1] / bars.Close[0] - 1) * 100, summary.BuyAndHoldReturnPercent, 12);
    }

    private static void AssertTradeStatistics(TradeStatistics actual, Trade[] trades)
    {
        Trade[] winners = trades.Where(t => t.Profit > 0).ToArray();
        Trade[] losers = trades.Where(t => t.Profit < 0).ToArray();
        double grossProfit = winners.Sum(t => t.Profit);
        double grossLoss = -losers.Sum(t => t.Profit);
        Assert.Equal(trades.Length, actual.TotalClosedTrades);
        Assert.Equal((winners.Length, losers.Length), (actual.WinningTrades, actual.LosingTrades));
        Assert.Equal(grossProfit, actual.GrossProfit, 9);
        Assert.Equal(grossLoss, actual.GrossLoss, 9);
        Assert.Equal(trades.Sum(t => t.Profit), actual.NetProfit, 9);
        Assert.Equal(grossProfit / grossLoss, actual.ProfitFactor, 9);
        Assert.Equal(100.0 * winners.Length / trades.Length, actual.PercentProfitable, 12);
        Assert.Equal(trades.Average(t => t.Profit), actual.AverageTrade, 12);
        Assert.Equal(winners.Average(t => t.Profit), actual.AverageWinningTrade, 12);
        Assert.Equal(-losers.Average(t => t.Profit), actual.AverageLosingTrade, 12);
        Assert.Equal(winners.Max(t => t.Profit), actual.LargestWinningTrade, 15);
        Assert.Equal(-losers.Min(t => t.Profit), actual.LargestLosingTrade, 15);
        Assert.Equal(trades.Average(t => t.ExitBar - t.EntryBar), actual.AverageBarsInTrade, 12);
        Assert.Equal(winners.Average(t => t.ExitBar - t.EntryBar), actual.AverageBarsInWinningTrade, 12);
        Assert.Equal(losers.Average(t => t.ExitBar - t.EntryBar), actual.AverageBarsInLosingTrade, 12);
    }

    /// <summary>
    /// Equity along each bar's assumed path (rule 3: open, nearer extreme, farther extreme, close) with
    /// the position the trade list says was open after the bar's open; the largest fall from a running
    /// peak and rise from a running trough, initial capital included. Market orders only (MACD), so
    /// positions change only at opens, where the closing and the opening trade share the price.
    /// </summary>
    private static (double Drawdown, double RunUp) IntrabarDrawdownAndRunUp(Bars bars, Trade[] closed, Trade[] open, double capital)
    {
        var holding = new Trade?[bars.Count];
        foreach (Trade trade in closed.Concat(open))
        {
            int last = trade.IsOpen ? bars.Count - 1 : trade.ExitBar - 1;
            for (int i = trade.EntryBar; i <= last; i++)
            {
                holding[i] = trade;
            }
        }

        var realizedBy = new double[bars.Count + 1];
        foreach (Trade trade in closed)
        {
            realizedBy[trade.ExitBar] += trade.Profit;
        }

        double realized = 0, peak = capital, trough = capital, drawdown = 0, runUp = 0;
        for (int i = 0; i < bars.Count; i++)
        {
            realized += realizedBy[i];
            double o = bars.Open[i], h = bars.High[i], l = bars.Low[i], c = bars.Close[i];
            bool highFirst = Math.Round((h - o) / 0.00001) < Math.Round((o - l) / 0.00001);
            foreach (double price in highFirst ? new[] { o, h, l, c } : new[] { o, l, h, c })
            {
                Trade? t = holding[i];
                double equity = capital + realized + (t is null ? 0 : (price - t.EntryPrice) * t.Quantity * (t.Direction == Direction.Long ? 1 : -1));
                peak = Math.Max(peak, equity);
                trough = Math.Min(trough, equity);
                drawdown = Math.Max(drawdown, peak - equity);
                runUp = Math.Max(runUp, equity - trough);
            }
        }

        return (drawdown, runUp);
    }

    /// <summary>
    /// Sharpe and Sortino of monthly returns (the run spans more than three months): each calendar month
    /// of the exchange's time zone ends at its last bar's equity; returns relative to the previous month's
    /// (initial capital first); risk-free 2 %/12 a month; sample standard deviation; downside deviation
    /// √(Σ min(0, r − rf)² / n). Months are found bar by bar here, not by the broker's binary search.
    /// </summary>
    private static (double Sharpe, double Sortino) MonthlyRatios(Bars bars, ReadOnlySpan<double> equity, double capital, double riskFreePercent, TimeZoneInfo zone)
    {
        var monthEnds = new List<double>();
        (int, int)? month = null;
        for (int i = 0; i < bars.Count; i++)
        {
            DateTime local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(bars.Time[i]), zone).DateTime;
            if (month != (local.Year, local.Month))
            {
                monthEnds.Add(equity[i]);
                month = (local.Year, local.Month);
            }
            else
            {
                monthEnds[^1] = equity[i];
            }
        }

        double[] returns = monthEnds.Select((e, k) => e / (k == 0 ? capital : monthEnds[k - 1]) - 1).ToArray();
        double rf = riskFreePercent / 100 / 12;
        double mean = returns.Average();
        double sample = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)) / (returns.Length - 1));
        double downside = Math.Sqrt(returns.Sum(r => Math.Pow(Math.Min(0, r - rf), 2)) / returns.Length);
        return ((mean - rf) / sample, (mean - rf) / downside);
    }
}
