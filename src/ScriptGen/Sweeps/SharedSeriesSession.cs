using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;
using static ScriptGen.SharedSeriesCache;

namespace ScriptGen;

/// <summary>
/// One sweep's use of a series store: the keys its runs will use, registered with the store when the sweep starts
/// (so the store knows which series other runs await), given back as runs finish, and, for runs that never ran, when the
/// sweep ends. Counts what the sweep's runs shared (<see cref="SweepSharing"/>).
/// </summary>
internal sealed class SharedSeriesSession : IDisposable
{
    private readonly Dictionary<SiteKey, int> _unfinished;
    private readonly SeriesContext[] _contexts;

    private SharedSeriesSession(SharedSeriesCache store, SeriesContext[] contexts, int sites, Dictionary<SiteKey, int> uses)
    {
        Store = store;
        _contexts = contexts;
        Sites = sites;
        _unfinished = uses;
        store.Register(uses);
    }

    /// <summary>Where the series live: the sweep's own store, or a <see cref="SharedSeriesPool"/>'s.</summary>
    public SharedSeriesCache Store { get; }

    /// <summary>The shareable call sites of the script.</summary>
    public int Sites { get; }

    // The counts below change under the store's lock.

    /// <summary>Series this sweep's runs computed completely and left to share.</summary>
    public int Computed { get; set; }

    /// <summary>This sweep's runs' reads of a complete series (one per run and site).</summary>
    public long Reads { get; set; }

    /// <summary>Series dropped to make room for this sweep's runs.</summary>
    public int Evicted { get; set; }

    /// <summary>The most memory the store held when one of this sweep's runs added a series, in bytes.</summary>
    public long PeakBytes { get; set; }

    /// <summary>
    /// Counts, for each shareable site of the grid's script, how many runs on each symbol use each key, by creating each
    /// run's script (not running it), and registers them with the store. Null when there is nothing to share: sharing
    /// off, a script without shareable sites, a <c>ta</c>/<c>math</c> namespace registered in place of the default (an
    /// override may compute differently per call), or, with a sweep's own store, no key that two runs use.
    /// </summary>
    public static SharedSeriesSession? Start<TInputs>(
        TInputs[] grid, Func<TInputs, StrategyScript> create, SweepWork work, NamespaceRegistry namespaces)
    {
        SweepOptions options = work.Options;
        if (options.SharedSeriesMemory == 0 ||
            !ReferenceEquals(namespaces.Resolve<TaNamespace>(NamespaceRegistry.Ta), TaNamespace.Default) ||
            !ReferenceEquals(namespaces.Resolve<MathNamespace>(NamespaceRegistry.Math), MathNamespace.Default))
        {
            return null;
        }

        var perEntry = new Dictionary<(int Site, object Key), int>();
        Type? scriptType = null;
        int sites = 0;
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

            if (scriptType is null)
            {
                scriptType = script.GetType();
                sites = script.SharedCallSites;
            }
            else if (script.GetType() != scriptType)
            {
                return null; // Sites are numbered per script type: runs of different types share nothing.
            }

            if (sites == 0)
            {
                return null;
            }

            for (int site = 0; site < sites; site++)
            {
                var key = (site, script.SharedCallKeyOf(site));
                perEntry[key] = perEntry.GetValueOrDefault(key) + 1;
            }
        }

        SharedSeriesCache store = options.SharedSeriesPool?.Store ?? new SharedSeriesCache(options.SharedSeriesMemory, keepIdleSeries: false);
        if (scriptType is null || (!store.KeepsIdleSeries && !perEntry.Values.Any(count => count > 1)))
        {
            return null;
        }

        var contexts = new SeriesContext[work.Symbols.Count];
        var uses = new Dictionary<SiteKey, int>();
        for (int symbol = 0; symbol < contexts.Length; symbol++)
        {
            contexts[symbol] = new SeriesContext(scriptType, work.Symbols[symbol].Bars, work.RunOptionsFor(symbol).Symbol);
            foreach (((int site, object key), int count) in perEntry)
            {
                var siteKey = new SiteKey(contexts[symbol], site, key);
                uses[siteKey] = uses.GetValueOrDefault(siteKey) + count;
            }
        }

        return new SharedSeriesSession(store, contexts, sites, uses);
    }

    /// <summary>The plan of one run on symbol <paramref name="symbol"/>: the keys of its script's sites.</summary>
    public SharedCallPlan PlanFor(StrategyScript script, int symbol, int barCount)
    {
        var keys = new SiteKey[Sites];
        for (int site = 0; site < keys.Length; site++)
        {
            keys[site] = new SiteKey(_contexts[symbol], site, script.SharedCallKeyOf(site));
        }

        return new SharedCallPlan(this, barCount, keys);
    }

    /// <summary>A run finished: its series are settled in the store and its uses are no longer awaited.</summary>
    public void Complete(SiteKey[] keys, List<SeriesLease> leases, bool succeeded)
    {
        lock (_unfinished)
        {
            foreach (SiteKey key in keys)
            {
                if (_unfinished.TryGetValue(key, out int count))
                {
                    _unfinished[key] = count - 1;
                }
            }
        }

        Store.Complete(keys, leases, succeeded, this);
    }

    /// <summary>What the sweep's runs shared.</summary>
    public SweepSharing ToSharing() => new(Sites, Computed, Reads, Evicted, PeakBytes);

    /// <summary>Gives back the uses of runs that never ran (a failed or cancelled sweep).</summary>
    public void Dispose()
    {
        lock (_unfinished)
        {
            Store.Unregister(_unfinished.Where(entry => entry.Value > 0).ToArray());
            _unfinished.Clear();
        }
    }
}
