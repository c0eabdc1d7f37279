namespace ScriptGen;

/// <summary>
/// Where a running script reads its bars: pointers into the pinned columns and the current bar.
/// Only valid while the bars are pinned for a run; reset to <c>default</c> afterwards, so a bar
/// series kept past its run reads nothing instead of freed memory.
/// </summary>
internal unsafe struct BarCursor
{
    public long* Time;
    public double* Open;
    public double* High;
    public double* Low;
    public double* Close;
    public double* Volume; // null when the bars have no volume: reads give na
    public int Count;
    public int Index;
}
