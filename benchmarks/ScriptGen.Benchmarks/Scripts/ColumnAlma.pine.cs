using ScriptGen;
using ScriptGen.Benchmarks.HandLoops;

namespace ScriptGen.Benchmarks.Scripts;

/// <summary>
/// <c>ta.alma(close, 50, 0.85, 6)</c> on every bar, so the inline bar loop reads its 50-value window from the bars. Summed
/// as <see cref="ColumnAlmaHandLoop"/> sums it, for the check before timing.
/// </summary>
[Indicator("Column ALMA")]
public partial class ColumnAlma
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process() => Checksum = Checksum.Add(ta.Alma(close, ColumnAlmaHandLoop.Length, 0.85, 6));
}

/// <summary><see cref="ColumnAlma"/> with the close first copied to a local: the call keeps its own window of values.</summary>
[Indicator("Column ALMA, copied")]
public partial class ColumnAlmaCopied
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process()
    {
        double price = close;
        Checksum = Checksum.Add(ta.Alma(price, ColumnAlmaHandLoop.Length, 0.85, 6));
    }
}
