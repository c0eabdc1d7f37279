namespace ScriptGen;

/// <summary>
/// A performance-summary figure a sweep ranks its runs by (<see cref="SweepOptions.RankBy"/>). Drawdowns rank
/// smallest first, every other figure largest first; na sorts last.
/// </summary>
public enum SweepMetric
{
    /// <summary><see cref="PerformanceSummary.NetProfit"/>, largest first.</summary>
    NetProfit,

    /// <summary><see cref="PerformanceSummary.NetProfitPercent"/>, largest first.</summary>
    NetProfitPercent,

    /// <summary><see cref="PerformanceSummary.ProfitFactor"/>, largest first.</summary>
    ProfitFactor,

    /// <summary><see cref="PerformanceSummary.PercentProfitable"/>, largest first.</summary>
    PercentProfitable,

    /// <summary><see cref="PerformanceSummary.AverageTrade"/>, largest first.</summary>
    AverageTrade,

    /// <summary><see cref="PerformanceSummary.TotalClosedTrades"/>, most first.</summary>
    TotalClosedTrades,

    /// <summary><see cref="PerformanceSummary.SharpeRatio"/>, largest first.</summary>
    SharpeRatio,

    /// <summary><see cref="PerformanceSummary.SortinoRatio"/>, largest first.</summary>
    SortinoRatio,

    /// <summary><see cref="PerformanceSummary.MaxRunUp"/>, largest first.</summary>
    MaxRunUp,

    /// <summary><see cref="PerformanceSummary.MaxDrawdown"/>, smallest first.</summary>
    MaxDrawdown,

    /// <summary><see cref="PerformanceSummary.MaxDrawdownPercent"/>, smallest first.</summary>
    MaxDrawdownPercent,
}
