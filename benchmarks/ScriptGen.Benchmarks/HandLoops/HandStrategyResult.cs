namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>What the hand-written strategy loop produces: the same things the broker records.</summary>
/// <param name="ClosedTrades">Closed trades, oldest first.</param>
/// <param name="OpenTrade">The trade still open after the last bar, marked at its close, if any.</param>
/// <param name="Equity">Equity at each bar's close.</param>
/// <param name="NetProfit">Sum of the closed trades' profits, added in order.</param>
/// <param name="Extremes">Max drawdown and run-up of equity along each bar's path.</param>
public sealed record HandStrategyResult(List<HandTrade> ClosedTrades, HandTrade? OpenTrade, double[] Equity, double NetProfit, HandExtremes Extremes);

/// <summary>Max drawdown and run-up, amount and percent.</summary>
public readonly record struct HandExtremes(double MaxDrawdown, double MaxDrawdownPercent, double MaxRunUp, double MaxRunUpPercent);
