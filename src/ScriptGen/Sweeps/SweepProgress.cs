namespace ScriptGen;

/// <summary>How far a sweep has got: runs finished out of all runs (the top runs' full re-runs not counted).</summary>
/// <param name="Completed">Runs finished.</param>
/// <param name="Total">Runs in the sweep.</param>
public readonly record struct SweepProgress(int Completed, int Total);
