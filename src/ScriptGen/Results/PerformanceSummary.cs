using ScriptGen.Trading;

namespace ScriptGen;

/// <summary>
/// The Strategy Tester's performance summary: trade statistics for all trades, longs and shorts, and
/// the equity curve's drawdown, run-up, buy &amp; hold return, Sharpe and Sortino ratios. Money is in the
/// symbol's currency. docs/strategy.md gives every formula and the choices made where TradingView
/// documents none.
/// </summary>
public sealed record PerformanceSummary
{
    /// <summary>Statistics of all trades.</summary>
    public required TradeStatistics All { get; init; }

    /// <summary>Statistics of the long trades.</summary>
    public required TradeStatistics Long { get; init; }

    /// <summary>Statistics of the short trades.</summary>
    public required TradeStatistics Short { get; init; }

    /// <summary>
    /// The largest fall of equity from its highest value so far (initial capital included), equity
    /// being sampled along every bar's assumed intrabar path (its open, high and low in path order, its
    /// close) and at every fill. na when the run did not follow the paths (<see cref="RunOptions.RecordDrawdown"/> false), as are
    /// <see cref="MaxDrawdownPercent"/>, <see cref="MaxRunUp"/> and <see cref="MaxRunUpPercent"/>.
    /// </summary>
    public double MaxDrawdown { get; init; }

    /// <summary>The largest such fall as a percent of the peak it fell from.</summary>
    public double MaxDrawdownPercent { get; init; }

    /// <summary>The largest rise of equity, sampled the same way, from its lowest value so far (initial capital included).</summary>
    public double MaxRunUp { get; init; }

    /// <summary>The largest such rise as a percent of the trough it rose from.</summary>
    public double MaxRunUpPercent { get; init; }

    /// <summary>What initial capital put in the symbol at the first bar's close would have made by the last bar's close.</summary>
    public double BuyAndHoldReturn { get; init; }

    /// <summary><see cref="BuyAndHoldReturn"/> as a percent of initial capital: (last close / first close − 1) × 100.</summary>
    public double BuyAndHoldReturnPercent { get; init; }

    /// <summary>
    /// (mean period return − risk-free rate per period) / sample standard deviation of the period returns;
    /// monthly periods when the bars touch 3 calendar months or more, else daily; not annualised. na with
    /// fewer than two periods or no variation.
    /// </summary>
    public double SharpeRatio { get; init; }

    /// <summary>(mean period return − risk-free rate per period) / downside deviation, periods as for <see cref="SharpeRatio"/>.</summary>
    public double SortinoRatio { get; init; }

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.NetProfit"/>.</summary>
    public double NetProfit => All.NetProfit;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.NetProfitPercent"/>.</summary>
    public double NetProfitPercent => All.NetProfitPercent;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.GrossProfit"/>.</summary>
    public double GrossProfit => All.GrossProfit;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.GrossLoss"/>.</summary>
    public double GrossLoss => All.GrossLoss;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.ProfitFactor"/>.</summary>
    public double ProfitFactor => All.ProfitFactor;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.OpenProfit"/>.</summary>
    public double OpenProfit => All.OpenProfit;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.TotalClosedTrades"/>.</summary>
    public int TotalClosedTrades => All.TotalClosedTrades;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.TotalOpenTrades"/>.</summary>
    public int TotalOpenTrades => All.TotalOpenTrades;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.WinningTrades"/>.</summary>
    public int WinningTrades => All.WinningTrades;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.LosingTrades"/>.</summary>
    public int LosingTrades => All.LosingTrades;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.PercentProfitable"/>.</summary>
    public double PercentProfitable => All.PercentProfitable;

    /// <summary>Same as <see cref="All"/>.<see cref="TradeStatistics.AverageTrade"/>.</summary>
    public double AverageTrade => All.AverageTrade;

    /// <summary>Computes the summary of a finished run.</summary>
    internal static PerformanceSummary Compute(Broker broker, Bars bars, SymbolInfo symbol)
    {
        List<Trade> open = broker.OpenTradeList;
        double capital = broker.InitialCapital;
        EquityExtremes extremes = broker.Extremes;
        bool drawdown = broker.RecordsDrawdown; // Not followed (RunOptions.RecordDrawdown false): na, never a partial figure.
        ReadOnlySpan<double> closes = bars.Close;
        double buyAndHoldPercent = closes.Length == 0 ? double.NaN : (closes[^1] / closes[0] - 1) * 100;
        PeriodEnds periods = PeriodEnds.For(bars, symbol.GetTimeZone());
        (double sharpe, double sortino) = PeriodReturns.Compute(
            broker.EquityRecord.EquityAt(periods), periods.Monthly, capital, broker.Settings.RiskFreeRate);
        return new PerformanceSummary
        {
            All = TradeStatistics.From(broker.Tally(null), open, null, capital,
                Math.Max(broker.MaxContractsHeldLong, broker.MaxContractsHeldShort), broker.MarginCallsLong + broker.MarginCallsShort),
            Long = TradeStatistics.From(broker.Tally(Direction.Long), open, Direction.Long, capital, broker.MaxContractsHeldLong, broker.MarginCallsLong),
            Short = TradeStatistics.From(broker.Tally(Direction.Short), open, Direction.Short, capital, broker.MaxContractsHeldShort, broker.MarginCallsShort),
            MaxDrawdown = drawdown ? extremes.MaxDrawdown : double.NaN,
            MaxDrawdownPercent = drawdown ? extremes.MaxDrawdownPercent : double.NaN,
            MaxRunUp = drawdown ? extremes.MaxRunUp : double.NaN,
            MaxRunUpPercent = drawdown ? extremes.MaxRunUpPercent : double.NaN,
            BuyAndHoldReturn = capital * buyAndHoldPercent / 100,
            BuyAndHoldReturnPercent = buyAndHoldPercent,
            SharpeRatio = sharpe,
            SortinoRatio = sortino,
        };
    }
}
