namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>What both the script and the hand loop report for the EMA cross indicator; equal means same work.</summary>
public readonly record struct EmaCrossSignalsResult(int Crossovers, int Crossunders, double LastFast, double LastSlow);
