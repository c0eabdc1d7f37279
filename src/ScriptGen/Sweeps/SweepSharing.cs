namespace ScriptGen;

/// <summary>
/// What the runs of a sweep shared (<see cref="SweepOptions.SharedSeriesMemory"/>): call sites whose value depends
/// only on the bars and on some inputs are computed once per symbol and distinct values of those inputs, then read by
/// the other runs.
/// </summary>
/// <param name="SharedSites">The script's call sites that can be shared (0 when sharing was off or not possible).</param>
/// <param name="SeriesComputed">Series computed by one run and kept for others.</param>
/// <param name="SeriesReads">Reads of a kept series by a run (one per run and site).</param>
/// <param name="SeriesEvicted">Series dropped to stay within the memory budget while runs still needed them (each then computed again).</param>
/// <param name="PeakBytes">The most memory the kept series held at once.</param>
public sealed record SweepSharing(int SharedSites, int SeriesComputed, long SeriesReads, int SeriesEvicted, long PeakBytes)
{
    /// <summary>Nothing shared.</summary>
    public static SweepSharing None { get; } = new(0, 0, 0, 0, 0);
}
