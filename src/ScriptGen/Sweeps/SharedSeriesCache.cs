using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;

namespace ScriptGen;

/// <summary>
/// The store of the series runs share (work shared across runs): for each series context (script type, bars, symbol),
/// shareable call site and key (the values of the inputs the site reads), the site's value on every bar, recorded by
/// the first run that needs it and read by the others. Sweeps register how many of their runs will use each key
/// (<see cref="SharedSeriesSession"/>); a key awaited by fewer than two runs is recorded only by a store that keeps idle
/// series (<see cref="KeepsIdleSeries"/>, a <see cref="SharedSeriesPool"/>, where a later sweep may read it), only when
/// a run of an earlier sweep asked for it too (a key no second run wants is not worth writing), and only into room that
/// evicts no awaited series. Memory is bounded: a sweep's own store drops a
/// series when its last awaited run finishes; a pool keeps it, idle, until the room is needed. When a new series would
/// not fit, series no run is reading are evicted, idle ones first, each kind least recently used first; a site that
/// finds no room computes its values alone, as outside a sweep. Every run gets exactly the values it would compute
/// itself, so results never depend on what was shared.
/// </summary>
internal sealed class SharedSeriesCache(long budget, bool keepIdleSeries)
{
    private readonly Dictionary<SiteKey, Entry> _entries = new();
    private readonly Queue<Entry> _remembered = new();
    private long _held;
    private long _clock;

    /// <summary>How many keys a pool remembers as asked for after their series are gone (about 100 bytes each).</summary>
    internal const int RememberedKeys = 65_536;

    /// <summary>The most memory, in bytes, the series may hold at once.</summary>
    public long Budget => budget;

    /// <summary>Whether series no registered run awaits are kept for later sweeps (a pool) rather than dropped.</summary>
    public bool KeepsIdleSeries => keepIdleSeries;

    /// <summary>The memory the series hold now, in bytes.</summary>
    public long HeldBytes
    {
        get
        {
            lock (_entries)
            {
                return _held;
            }
        }
    }

    /// <summary>How many complete or recording series the store holds now.</summary>
    public int SeriesHeld
    {
        get
        {
            lock (_entries)
            {
                return _entries.Values.Count(entry => entry.Values is not null);
            }
        }
    }

    /// <summary>Adds a sweep's awaited uses of each key.</summary>
    public void Register(IReadOnlyDictionary<SiteKey, int> uses)
    {
        lock (_entries)
        {
            foreach ((SiteKey key, int count) in uses)
            {
                if (!_entries.TryGetValue(key, out Entry? entry))
                {
                    _entries[key] = entry = new Entry(key);
                }

                entry.Awaited += count;
            }
        }
    }

    /// <summary>A series for a run's site: the complete one to read, a new one to record, or null (compute alone).</summary>
    public SharedSeries<T>? Lease<T>(SiteKey key, int barCount, SharedSeriesSession session, out SeriesLease? lease)
        where T : unmanaged
    {
        lease = null;
        lock (_entries)
        {
            if (!_entries.TryGetValue(key, out Entry? entry))
            {
                return null;
            }

            entry.LastUse = ++_clock;
            if (entry.Values is T[] complete && !entry.Recording)
            {
                entry.Pins++;
                session.Reads++;
                lease = new SeriesLease(entry, null);
                return new SharedSeries<T>(complete, reading: true);
            }

            bool othersAwait = entry.Awaited >= 2;
            bool wantedBefore = entry.Wanted;
            entry.Wanted = true;
            if (entry.Recording || (!othersAwait && !(keepIdleSeries && wantedBefore)))
            {
                return null; // Another run is computing it, or no run is known to want it again.
            }

            long bytes = (long)barCount * Unsafe.SizeOf<T>();
            if (!MakeRoom(bytes, barCount, evictAwaited: othersAwait, session, out T[]? reusable))
            {
                return null; // It does not fit: this run computes it alone.
            }

            T[] values = reusable ?? DroppedSeriesArrays.Take<T>(barCount);
            entry.Values = values;
            entry.Bytes = bytes;
            entry.Recording = true;
            entry.Pins++;
            _held += bytes;
            session.PeakBytes = Math.Max(session.PeakBytes, _held);
            var series = new SharedSeries<T>(values, reading: false);
            lease = new SeriesLease(entry, () => series.IsComplete);
            return series;
        }
    }

    /// <summary>A run finished: keeps what it recorded completely (if it succeeded), releases its reads and its awaited uses.</summary>
    public void Complete(SiteKey[] keys, List<SeriesLease> leases, bool succeeded, SharedSeriesSession session)
    {
        lock (_entries)
        {
            foreach (SeriesLease lease in leases)
            {
                Entry entry = lease.Entry;
                entry.Pins--;
                if (lease.IsComplete is { } isComplete)
                {
                    entry.Recording = false;
                    if (succeeded && isComplete())
                    {
                        session.Computed++;
                    }
                    else
                    {
                        Drop(entry);
                    }
                }
            }

            foreach (SiteKey key in keys)
            {
                Release(key, 1);
            }
        }
    }

    /// <summary>A sweep ended: gives back the uses its runs that never ran had registered.</summary>
    public void Unregister(IEnumerable<KeyValuePair<SiteKey, int>> remaining)
    {
        lock (_entries)
        {
            foreach ((SiteKey key, int count) in remaining)
            {
                Release(key, count);
            }
        }
    }

    /// <summary>Drops every series (of <paramref name="bars"/>, or all) no run is reading or recording, and forgets keys no sweep awaits.</summary>
    public void Clear(Bars? bars)
    {
        lock (_entries)
        {
            foreach (Entry entry in _entries.Values.ToArray())
            {
                if (entry.Pins == 0 && !entry.Recording && (bars is null || ReferenceEquals(entry.Key.Context.Bars, bars)))
                {
                    Drop(entry);
                    if (entry.Awaited == 0)
                    {
                        _entries.Remove(entry.Key);
                    }
                }
            }
        }
    }

    private void Release(SiteKey key, int uses)
    {
        if (uses == 0 || !_entries.TryGetValue(key, out Entry? entry))
        {
            return;
        }

        entry.Awaited -= uses;
        if (!keepIdleSeries && entry.Awaited == 0 && entry.Pins == 0)
        {
            Drop(entry);
        }

        Forget(entry);
    }

    /// <summary>
    /// Evicts series no run is reading (idle ones first, then, if allowed, awaited ones; least recently used first) until
    /// <paramref name="bytes"/> more fit; evicts nothing when even all of them would not make the room. An evicted array
    /// of the wanted type and length is handed back for reuse, so a pool that turns series over does not allocate a new
    /// large array for each.
    /// </summary>
    private bool MakeRoom<T>(long bytes, int barCount, bool evictAwaited, SharedSeriesSession session, out T[]? reusable)
    {
        reusable = null;
        long missing = _held + bytes - budget;
        if (missing <= 0)
        {
            return true;
        }

        List<Entry> victims = _entries.Values
            .Where(entry => entry.Values is not null && !entry.Recording && entry.Pins == 0 && (entry.Awaited == 0 || evictAwaited))
            .OrderBy(entry => entry.Awaited == 0 ? 0 : 1).ThenBy(entry => entry.LastUse)
            .ToList();
        if (victims.Sum(entry => entry.Bytes) < missing)
        {
            return false;
        }

        foreach (Entry victim in victims)
        {
            if (_held + bytes <= budget)
            {
                break;
            }

            if (reusable is null && victim.Values is T[] array && array.Length == barCount)
            {
                reusable = array;
                victim.Values = null; // Taken here, not given to DroppedSeriesArrays by Drop.
            }

            Drop(victim);
            Forget(victim);
            session.Evicted++;
        }

        return true;
    }

    /// <summary>Lets go of an entry's series, which no run reads or records (its array goes to <see cref="DroppedSeriesArrays"/>).</summary>
    private void Drop(Entry entry)
    {
        if (entry.Values is { } values)
        {
            DroppedSeriesArrays.Give(values);
        }

        _held -= entry.Bytes;
        entry.Values = null;
        entry.Bytes = 0;
        entry.Recording = false;
    }

    /// <summary>
    /// Removes an entry that holds nothing and that no run awaits or uses, so keys of finished sweeps do not pile up. A
    /// pool keeps the most recent <see cref="RememberedKeys"/> such keys that a run asked for, so the next run that
    /// asks for one records it for later ones.
    /// </summary>
    private void Forget(Entry entry)
    {
        if (entry.Values is not null || entry.Awaited != 0 || entry.Pins != 0)
        {
            return;
        }

        if (!keepIdleSeries || !entry.Wanted)
        {
            _entries.Remove(entry.Key);
            return;
        }

        _remembered.Enqueue(entry);
        while (_remembered.Count > RememberedKeys)
        {
            Entry oldest = _remembered.Dequeue();
            if (oldest.Values is null && oldest.Awaited == 0 && oldest.Pins == 0 &&
                _entries.TryGetValue(oldest.Key, out Entry? current) && current == oldest)
            {
                _entries.Remove(oldest.Key);
            }
        }
    }

    /// <summary>
    /// A shared series' identity: what the site's value depends on besides its key (the script type, the bars and the
    /// symbol, <see cref="SeriesContext"/>), the site and its key.
    /// </summary>
    internal readonly record struct SiteKey(SeriesContext Context, int Site, object Key);

    /// <summary>The script type, bars (by instance) and symbol a series was computed for.</summary>
    internal sealed record SeriesContext(Type Script, Bars Bars, SymbolInfo Symbol)
    {
        public bool Equals(SeriesContext? other) =>
            other is not null && Script == other.Script && ReferenceEquals(Bars, other.Bars) && Symbol == other.Symbol;

        public override int GetHashCode() => HashCode.Combine(Script, RuntimeHelpers.GetHashCode(Bars), Symbol);
    }

    /// <summary>A run's hold on a series: read (pinned until the run ends) or recorded (shared if complete).</summary>
    internal sealed record SeriesLease(Entry Entry, Func<bool>? IsComplete);

    /// <summary>One series and its bookkeeping.</summary>
    internal sealed class Entry(SiteKey key)
    {
        public SiteKey Key { get; } = key;

        public Array? Values { get; set; }

        public bool Recording { get; set; }

        public long Bytes { get; set; }

        public int Pins { get; set; }

        /// <summary>Runs registered by sweeps under way that will use this key and have not finished.</summary>
        public int Awaited { get; set; }

        /// <summary>Whether a run has asked for this key's series (in a pool, a run asking again records it).</summary>
        public bool Wanted { get; set; }

        public long LastUse { get; set; }
    }
}
