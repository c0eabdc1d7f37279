namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// What a ta-family benchmark reports: the sum of every defined value it computed (added in the same
/// order on both sides) and how many were na. Equal to the bit means the same values, bar for bar.
/// </summary>
public readonly record struct SeriesChecksum(double Sum, long NaCount, long Defined)
{
    /// <summary>Adds one computed value.</summary>
    public SeriesChecksum Add(double value) =>
        double.IsNaN(value) ? this with { NaCount = NaCount + 1 } : new SeriesChecksum(Sum + value, NaCount, Defined + 1);
}
