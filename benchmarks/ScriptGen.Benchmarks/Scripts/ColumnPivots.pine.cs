using ScriptGen;
using ScriptGen.Benchmarks.HandLoops;

namespace ScriptGen.Benchmarks.Scripts;

/// <summary>
/// <c>ta.pivothigh(5, 5)</c> and <c>ta.pivotlow(5, 5)</c> (the bar's high and low) on every bar, so the inline bar loop scans
/// their 11-bar windows where the bars hold them. Summed as <see cref="ColumnPivotsHandLoop"/> sums them.
/// </summary>
[Indicator("Column pivots")]
public partial class ColumnPivots
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process() => Checksum = Checksum.Add(ta.PivotHigh(5, 5)).Add(ta.PivotLow(5, 5));
}

/// <summary><see cref="ColumnPivots"/> with the high and low first copied to locals: the calls keep their own windows.</summary>
[Indicator("Column pivots, copied")]
public partial class ColumnPivotsCopied
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process()
    {
        double top = high;
        double bottom = low;
        Checksum = Checksum.Add(ta.PivotHigh(top, 5, 5)).Add(ta.PivotLow(bottom, 5, 5));
    }
}
