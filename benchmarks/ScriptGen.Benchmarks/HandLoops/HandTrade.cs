namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>A trade as the hand-written strategy loop records it: a value, no strings, no ids.</summary>
/// <param name="Direction">+1 long, -1 short.</param>
public readonly record struct HandTrade(
    int Direction, int EntryBar, long EntryTime, double EntryPrice, int ExitBar, long ExitTime, double ExitPrice, double Profit);
