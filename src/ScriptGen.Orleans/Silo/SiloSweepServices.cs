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
    private readonly RecentlyUsed<string, Task<IReadOnlyList<ScriptDefinition>>> _compiled = new(Math.Max(1, options.Value.CompiledSourceCapacity));

    private int _shardsRun;

    public RuntimeEnvironment Environment { get; } = options.Value.Environment ?? new RuntimeEnvironment();

    /// <summary>The series every shard on this silo shares; null when <see cref="SweepSiloOptions.SharedSeriesMemory"/> is 0 (each shard shares within itself).</summary>
    public SharedSeriesPool? SeriesPool { get; } = PoolFor(options.Value.SharedSeriesMemory);

    /// <summary>
    /// The symbols' bars, loaded once and kept within <see cref="SweepSiloOptions.BarsMemory"/>. Created on first use
    /// (it needs the pool), by whichever shard comes first: one cache is published, so no symbol is loaded twice.
    /// </summary>
    public SiloBarCache BarCache => LazyInitializer.EnsureInitialized(ref _barCache, () => new SiloBarCache(
        () => _options.BarStore ?? throw new ScriptEngineException(
            $"The silo has no bar store: set {nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.BarStore)} in AddScriptGenSweeps."),
        CheckedBarsMemory(_options.BarsMemory),
        bars => SeriesPool?.Clear(bars)));

    private SiloBarCache? _barCache;

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

    private static long? CheckedBarsMemory(long? memory) => memory is <= 0
        ? throw new ArgumentOutOfRangeException(
            nameof(memory), memory, $"{nameof(SweepSiloOptions)}.{nameof(SweepSiloOptions.BarsMemory)} is a number of bytes greater than 0, or null for no limit.")
        : memory;

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

    /// <summary>
    /// The symbol's bars from the store (loaded and fingerprinted once per silo), checked against the client's
    /// fingerprint and held until the lease is disposed.
    /// </summary>
    public Task<SiloBarCache.Lease> Bars(SymbolRequest symbol, CancellationToken cancellationToken) => BarCache.Acquire(symbol, cancellationToken);
}
