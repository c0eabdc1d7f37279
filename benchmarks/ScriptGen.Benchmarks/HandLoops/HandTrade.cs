namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>A trade as the hand-written strategy loop records it: a value, no strings, no ids.</summary>
/// <param name="Direction">+1 long, -1 short.</param>
/// <param name="Quantity">Units traded.</param>
/// <param name="HighestPrice">The highest price on the assumed path while it was open (its run-up or drawdown).</param>
/// <param name="LowestPrice">The lowest such price.</param>
public readonly record struct HandTrade(
    int Direction, double Quantity, int EntryBar, long EntryTime, double EntryPrice, int ExitBar, long ExitTime, double ExitPrice, double Profit,
    double HighestPrice, double LowestPrice);
