using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// What one run of a sweep shares with the others: for each of the script's shareable call sites, whether it reads a
/// series computed by an earlier run with the same key, records one for later runs, or computes its values alone.
/// Created by the sweep before the run; the generated <c>AttachSharedCalls</c> asks it for each site's series.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SharedCallPlan
{
    private readonly SharedSeriesSession _session;
    private readonly int _barCount;
    private readonly SharedSeriesCache.SiteKey[] _keys;
    private readonly List<SharedSeriesCache.SeriesLease> _leases = new();

    internal SharedCallPlan(SharedSeriesSession session, int barCount, SharedSeriesCache.SiteKey[] keys)
    {
        _session = session;
        _barCount = barCount;
        _keys = keys;
    }

    /// <summary>The key of a call site that reads no input: every run of a sweep shares its series.</summary>
    public static object NoInputs { get; } = new NoInputsKey();

    /// <summary>The series call site <paramref name="site"/> uses in this run, or null when it computes its values alone.</summary>
    /// <typeparam name="T">The site's value type.</typeparam>
    /// <param name="site">The site's number (as the generator numbered the script's shareable sites).</param>
    /// <returns>A series to read or to record, or null.</returns>
    public SharedSeries<T>? For<T>(int site)
        where T : unmanaged
    {
        ArgumentOutOfRangeException.ThrowIfNegative(site);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(site, _keys.Length);
        SharedSeries<T>? series = _session.Store.Lease<T>(_keys[site], _barCount, _session, out SharedSeriesCache.SeriesLease? lease);
        if (lease is not null)
        {
            _leases.Add(lease);
        }

        return series;
    }

    /// <summary>Ends the run: shares what it recorded completely (when it succeeded) and releases what it read.</summary>
    internal void Complete(bool succeeded) => _session.Complete(_keys, _leases, succeeded);

    private sealed class NoInputsKey
    {
        public override string ToString() => "no inputs";
    }
}
