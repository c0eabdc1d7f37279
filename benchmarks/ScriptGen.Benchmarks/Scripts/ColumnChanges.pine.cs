using ScriptGen;
using ScriptGen.Benchmarks.HandLoops;

namespace ScriptGen.Benchmarks.Scripts;

/// <summary>
/// Changes over bar columns: <c>ta.change</c>, <c>ta.mom</c> and <c>ta.roc</c> given <c>close</c> and <c>hl2</c> on every bar,
/// so the inline bar loop reads their history in place. The values are summed as <see cref="ColumnChangesHandLoop"/> sums
/// them, for the check before timing.
/// </summary>
[Indicator("Column changes")]
public partial class ColumnChanges
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process()
    {
        double value = ta.Change(close) + ta.Mom(close, 10) + ta.Roc(close, 14) + ta.Change(hl2, 50);
        Checksum = Checksum.Add(value);
    }
}

/// <summary>
/// <see cref="ColumnChanges"/> with each column first copied to a local: the same values, but each call keeps its own
/// copy of its history (the generator reads a column in place only when the argument is the column itself).
/// </summary>
[Indicator("Column changes, copied")]
public partial class ColumnChangesCopied
{
    /// <summary>Every value computed, summed in bar order.</summary>
    public SeriesChecksum Checksum { get; private set; }

    protected override void Process()
    {
        double price = close;
        double middle = hl2;
        double value = ta.Change(price) + ta.Mom(price, 10) + ta.Roc(price, 14) + ta.Change(middle, 50);
        Checksum = Checksum.Add(value);
    }
}
