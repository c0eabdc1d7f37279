using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;

namespace ScriptGen;

/// <summary>
/// The series a sweep's runs share (work shared across runs): for each symbol, shareable call site and key (the
/// values of the inputs the site reads), the site's value on every bar, computed by the first run that needs it and
/// read by the others. A key only one run of the grid uses is never recorded. Memory is bounded: a series is dropped
/// when the last run that uses it finishes, and the least recently used series no run is reading are evicted when a
/// new one would not fit; a site that finds no room computes its values alone, as outside a sweep. Every run gets
/// exactly the values it would compute itself, so a sweep's results do not depend on what was shared.
/// </summary>
internal sealed class SharedSeriesCache
{
    private readonly long _budget;
    private readonly Dictionary<(int Site, object Key), int> _usesByKey;
    private readonly Dictionary<SiteKey, Entry> _entries = new();
    private long _held;
    private long _clock;

    private SharedSeriesCache(long budget, Dictionary<(int Site, object Key), int> usesByKey, int sites)
    {
        _budget = budget;
        _usesByKey = usesByKey;
        Sites = sites;
    }

    /// <summary>The shareable call sites of the script.</summary>
    public int Sites { get; }

    /// <summary>Series computed completely and shared.</summary>
    public int Computed { get; private set; }

    /// <summary>Runs' reads of a shared series (one per run and site).</summary>
    public long Reads { get; private set; }

    /// <summary>Shared series dropped to make room before their last run.</summary>
    public int Evicted { get; private set; }

    /// <summary>The most memory shared series held at once, in bytes.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>
    /// Counts, for each shareable site of the grid's script, how many runs use each key, by creating each run's script
    /// (not running it). Null when there is nothing to share: sharing off, a script without shareable sites, or a
    /// <c>ta</c>/<c>math</c> namespace registered in place of the default (an override may compute differently per call).
    /// </summary>
    public static SharedSeriesCache? Prepare<TInputs>(
        TInputs[] grid, Func<TInputs, StrategyScript> create, long budget, NamespaceRegistry namespaces)
    {
        if (budget == 0 ||
            !ReferenceEquals(namespaces.Resolve<TaNamespace>(NamespaceRegistry.Ta), TaNamespace.Default) ||
            !ReferenceEquals(namespaces.Resolve<MathNamespace>(NamespaceRegistry.Math), MathNamespace.Default))
        {
            return null;
        }

        var uses = new Dictionary<(int Site, object Key), int>();
        int sites = -1;
        foreach (TInputs inputs in grid)
        {
            StrategyScript script;
            try
            {
                script = create(inputs);
            }
            catch (ScriptEngineException)
            {
                continue; // The run itself fails with this error and the sweep reports it.
            }

            sites = script.SharedCallSites;
            if (sites == 0)
            {
                return null;
            }

            for (int site = 0; site < sites; site++)
            {
                var key = (site, script.SharedCallKeyOf(site));
                uses[key] = uses.GetValueOrDefault(key) + 1;
            }
        }

        return sites > 0 && uses.Values.Any(count => count > 1) ? new SharedSeriesCache(budget, uses, sites) : null;
    }

    /// <summary>The plan of one run: the keys of its script's sites.</summary>
    public SharedCallPlan PlanFor(StrategyScript script, int symbol, int barCount)
    {
        var keys = new object[Sites];
        for (int site = 0; site < keys.Length; site++)
        {
            keys[site] = script.SharedCallKeyOf(site);
        }

        return new SharedCallPlan(this, symbol, barCount, keys);
    }

    /// <summary>A series for a run's site: the shared one to read, a new one to record, or null (compute alone).</summary>
    public SharedSeries<T>? Lease<T>(SiteKey key, int barCount, out SeriesLease? lease)
        where T : unmanaged
    {
        lease = null;
        lock (_entries)
        {
            if (_usesByKey.GetValueOrDefault((key.Site, key.Key)) < 2)
            {
                return null;
            }

            if (!_entries.TryGetValue(key, out Entry? entry))
            {
                _entries[key] = entry = new Entry(_usesByKey[(key.Site, key.Key)]);
            }

            entry.LastUse = ++_clock;
            if (entry.Values is T[] complete && !entry.Recording)
            {
                entry.Pins++;
                Reads++;
                lease = new SeriesLease(key, entry, null);
                return new SharedSeries<T>(complete, reading: true);
            }

            long bytes = (long)barCount * Unsafe.SizeOf<T>();
            if (entry.Recording || !MakeRoom(bytes))
            {
                return null; // Another run is computing it, or it does not fit: this run computes it alone.
            }

            var values = new T[barCount];
            entry.Values = values;
            entry.Bytes = bytes;
            entry.Recording = true;
            entry.Pins++;
            _held += bytes;
            PeakBytes = Math.Max(PeakBytes, _held);
            var series = new SharedSeries<T>(values, reading: false);
            lease = new SeriesLease(key, entry, () => series.IsComplete);
            return series;
        }
    }

    /// <summary>A run finished: keeps what it recorded completely (if it succeeded), releases its reads, drops series no run will use again.</summary>
    public void Complete(int symbol, object[] keys, List<SeriesLease> leases, bool succeeded)
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
                        Computed++;
                    }
                    else
                    {
                        Drop(entry);
                    }
                }
            }

            for (int site = 0; site < keys.Length; site++)
            {
                var key = new SiteKey(symbol, site, keys[site]);
                if (_usesByKey.GetValueOrDefault((site, keys[site])) < 2)
                {
                    continue;
                }

                if (!_entries.TryGetValue(key, out Entry? entry))
                {
                    _entries[key] = entry = new Entry(_usesByKey[(site, keys[site])]);
                }

                if (--entry.RemainingUses == 0 && entry.Pins == 0)
                {
                    Drop(entry);
                    _entries.Remove(key);
                }
            }
        }
    }

    /// <summary>Evicts the least recently used series no run is reading until <paramref name="bytes"/> more fit.</summary>
    private bool MakeRoom(long bytes)
    {
        if (bytes > _budget)
        {
            return false;
        }

        while (_held + bytes > _budget)
        {
            Entry? oldest = null;
            foreach (Entry candidate in _entries.Values)
            {
                if (candidate.Values is not null && !candidate.Recording && candidate.Pins == 0 &&
                    (oldest is null || candidate.LastUse < oldest.LastUse))
                {
                    oldest = candidate;
                }
            }

            if (oldest is null)
            {
                return false;
            }

            Drop(oldest);
            Evicted++;
        }

        return true;
    }

    private void Drop(Entry entry)
    {
        _held -= entry.Bytes;
        entry.Values = null;
        entry.Bytes = 0;
        entry.Recording = false;
    }

    /// <summary>A shared series' identity: the symbol's index in the sweep, the site and its key.</summary>
    internal readonly record struct SiteKey(int Symbol, int Site, object Key);

    /// <summary>A run's hold on a series: read (pinned until the run ends) or recorded (shared if complete).</summary>
    internal sealed record SeriesLease(SiteKey Key, Entry Entry, Func<bool>? IsComplete);

    /// <summary>One series and its bookkeeping.</summary>
    internal sealed class Entry(int uses)
    {
        public Array? Values { get; set; }

        public bool Recording { get; set; }

        public long Bytes { get; set; }

        public int Pins { get; set; }

        public int RemainingUses { get; set; } = uses;

        public long LastUse { get; set; }
    }
}
