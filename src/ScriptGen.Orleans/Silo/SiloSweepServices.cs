using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans;

/// <summary>
/// A silo's shared state for sweep shards: each symbol's bars, loaded once from the store and shared by every shard
/// the silo runs, the pool of <c>ta</c> series those shards share, and the scripts by type name.
/// </summary>
internal sealed class SiloSweepServices(IOptions<SweepSiloOptions> options)
{
    private readonly SweepSiloOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Lazy<Task<Bars>>> _bars = new(StringComparer.Ordinal);
    private readonly RecentlyUsed<string, Task<IReadOnlyList<ScriptDefinition>>> _compiled = new(Math.Max(1, options.Value.CompiledSourceCapacity));

    private int _shardsRun;

    public RuntimeEnvironment Environment { get; } = options.Value.Environment ?? new RuntimeEnvironment();

    /// <summary>The series every shard on this silo shares; null when <see cref="SweepSiloOptions.SharedSeriesMemory"/> is 0 (each shard shares within itself).</summary>
    public SharedSeriesPool? SeriesPool { get; } = PoolFor(options.Value.SharedSeriesMemory);

    /// <summary>Shards this silo ran to the end, for tests that check the work was spread.</summary>
    public int ShardsRun => Volatile.Read(ref _shardsRun);

    private static SharedSeriesPool? PoolFor(long memory) => memory switch
    {
        < 0 => throw new ArgumentOutOfRangeException(
            nameof(memory), memory,
            $"{nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.SharedSeriesMemory)} is a number of bytes: 0 (each shard shares only within itself) or more."),
        0 => null,
        _ => new SharedSeriesPool(memory),
    };

    public void ShardFinished() => Interlocked.Increment(ref _shardsRun);

    /// <summary>
    /// The script named by the shard (deployed with the silo, or compiled from the shard's source text), checked to
    /// declare the inputs the client's build declares.
    /// </summary>
    /// <exception cref="SourcesNeededException">The shard names source text this silo has not compiled and does not carry it.</exception>
    public async Task<ScriptDefinition> Script(SweepShard shard, CancellationToken cancellationToken)
    {
        ScriptDefinition script = shard.SourceHash is null ? Deployed(shard) : await Compiled(shard, cancellationToken).ConfigureAwait(false);
        string[] here = script.Metadata.Inputs.Select(input => input.Name).ToArray();
        if (!here.SequenceEqual(shard.InputNames, StringComparer.Ordinal))
        {
            throw new ScriptEngineException(
                $"The silo's build of '{shard.Script}' declares the inputs ({string.Join(", ", here)}) where the client's declares " +
                $"({string.Join(", ", shard.InputNames)}); deploy the same build of the script to the client and the silos.");
        }

        return script;
    }

    private ScriptDefinition Deployed(SweepShard shard)
    {
        ScriptDefinition? script = _options.Scripts.FirstOrDefault(s => s.Metadata.TypeName == shard.Script)
            ?? ScriptCatalog.All.FirstOrDefault(s => s.Metadata.TypeName == shard.Script);
        if (script is null)
        {
            string known = string.Join(", ", _options.Scripts.Concat(ScriptCatalog.All).Select(s => s.Metadata.TypeName).Distinct());
            throw new ScriptEngineException(
                $"The silo has no script '{shard.Script}' (scripts here: {(known.Length == 0 ? "none" : known)}); deploy its assembly with the silo " +
                $"and add it with {nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.AddScripts)}, or send its source text " +
                $"({nameof(ClusterSweepOptions)}.{nameof(ClusterSweepOptions.ScriptSources)}).");
        }

        return script;
    }

    private async Task<ScriptDefinition> Compiled(SweepShard shard, CancellationToken cancellationToken)
    {
        string hash = shard.SourceHash!;
        Task<IReadOnlyList<ScriptDefinition>> compile;
        lock (_compiled)
        {
            if (!_compiled.TryGet(hash, out compile!))
            {
                if (shard.Sources is null)
                {
                    throw new SourcesNeededException(hash);
                }

                var compiler = _options.CompileSources ?? throw new ScriptEngineException(
                    $"The silo does not compile source text (no {nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.CompileSources)}); deploy " +
                    $"'{shard.Script}' with the silo instead, or give the silo a compiler.");
                if (ScriptSourceText.HashOf(shard.Sources) != hash)
                {
                    throw new ScriptEngineException($"The source text of '{shard.Script}' arrived with a hash that is not its own; it was not compiled.");
                }

                ScriptSourceText[] sources = shard.Sources;
                compile = Task.Run(() => compiler(sources, CancellationToken.None)); // Off the grain's scheduler: compiling takes seconds.
                _compiled.Add(hash, compile);
            }
        }

        IReadOnlyList<ScriptDefinition> scripts;
        try
        {
            scripts = await compile.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            lock (_compiled)
            {
                _compiled.Remove(hash, compile); // The next shard with the text tries again (and reports the same errors).
            }

            throw;
        }

        return scripts.FirstOrDefault(s => s.Metadata.TypeName == shard.Script) ?? throw new ScriptEngineException(
            $"The source text sent compiles to {string.Join(", ", scripts.Select(s => s.Metadata.TypeName))}, not '{shard.Script}'.");
    }

    /// <summary>The symbol's bars from the store (loaded once per silo), checked against the client's fingerprint.</summary>
    public async Task<Bars> Bars(SymbolRequest symbol, CancellationToken cancellationToken)
    {
        IBarStore store = _options.BarStore ?? throw new ScriptEngineException(
            $"The silo has no bar store: set {nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.BarStore)} in AddScriptGenSweeps.");
        Lazy<Task<Bars>> load = _bars.GetOrAdd(symbol.Ticker, ticker => new Lazy<Task<Bars>>(() => Load(store, ticker)));
        Bars bars;
        try
        {
            bars = await load.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _bars.TryRemove(new KeyValuePair<string, Lazy<Task<Bars>>>(symbol.Ticker, load)); // A failed load is tried again by the next shard.
            throw;
        }

        BarsFingerprint here = BarsFingerprint.Of(bars);
        if (here != symbol.Fingerprint)
        {
            throw new BarDataException(
                $"The silo's bars for '{symbol.Ticker}' ({store}) are not the client's: the silo has {here.Describe()}, the client " +
                $"{symbol.Fingerprint.Describe()}. Give the silos' store the same bars as the sweep.", source: symbol.Ticker);
        }

        return bars;
    }

    // The store is read off the grain's scheduler: a CSV or Parquet read takes hundreds of milliseconds.
    private static Task<Bars> Load(IBarStore store, string ticker) =>
        Task.Run(async () => await store.LoadAsync(ticker, CancellationToken.None).ConfigureAwait(false));
}
