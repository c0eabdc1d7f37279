namespace ScriptGen;

/// <summary>
/// Series shared by the runs of several sweeps (<see cref="SweepOptions.SharedSeriesPool"/>): where a sweep's own store
/// drops a series once its last run finishes, a pool keeps it, so a later sweep of the same script over the same
/// <see cref="Bars"/> instance and symbol reads it instead of computing it. This is how a process that runs one large
/// sweep as many smaller ones (the shards a cluster silo is sent, a walk through a grid in batches) shares work across
/// all of them. A pool also records a series only one run of a sweep uses when a run of an earlier sweep asked for it
/// too (so later sweeps are likely to read it) and it fits without evicting a series another run awaits. Memory stays within <see cref="MemoryBytes"/>: series no run
/// is reading are evicted when a new one needs the room, those no sweep under way awaits first, each kind least recently
/// used first. A pool holds its series, and so the <see cref="Bars"/> they were computed over, until they are evicted or
/// <see cref="Clear()"/> is called. Thread-safe; sweeps may use one pool at the same time.
/// </summary>
/// <example>
/// <code>
/// var pool = new SharedSeriesPool(1L &lt;&lt; 30);
/// var options = new SweepOptions { SharedSeriesPool = pool };
/// foreach (EmaCross.Inputs[] batch in grid.Chunk(100))
///     results.Add(Sweep.Run(bars, batch, options)); // later batches read the series earlier ones computed
/// </code>
/// </example>
public sealed class SharedSeriesPool
{
    /// <summary>A pool that holds at most <paramref name="memoryBytes"/> bytes of series.</summary>
    /// <param name="memoryBytes">The most memory the pool's series may hold at once, in bytes; more than 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="memoryBytes"/> is 0 or less.</exception>
    public SharedSeriesPool(long memoryBytes)
    {
        if (memoryBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(memoryBytes), memoryBytes, "A pool's memory is a number of bytes greater than 0; to share nothing, set SweepOptions.SharedSeriesMemory to 0.");
        }

        Store = new SharedSeriesCache(memoryBytes, keepIdleSeries: true);
    }

    /// <summary>The most memory the pool's series may hold at once, in bytes.</summary>
    public long MemoryBytes => Store.Budget;

    /// <summary>The memory the pool's series hold now, in bytes.</summary>
    public long HeldBytes => Store.HeldBytes;

    /// <summary>How many series the pool holds now (complete, or being recorded by a run).</summary>
    public int SeriesCount => Store.SeriesHeld;

    internal SharedSeriesCache Store { get; }

    /// <summary>Drops every series no run is reading or recording now.</summary>
    public void Clear() => Store.Clear(bars: null);

    /// <summary>
    /// Drops the series computed over <paramref name="bars"/> that no run is reading or recording now: for a host that
    /// lets go of a symbol's bars (the pool would otherwise keep them, and the series, until evicted).
    /// </summary>
    /// <param name="bars">The bars, by instance.</param>
    public void Clear(Bars bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        Store.Clear(bars);
    }
}
