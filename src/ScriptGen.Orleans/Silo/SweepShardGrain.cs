using Microsoft.Extensions.Logging;
using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans;

/// <summary>
/// Runs a shard with the local sweep over the silo's copy of the bars, so the shard's runs share the bars, and draw
/// their <c>ta</c> series from the silo's pool, so every shard the silo runs shares them
/// (<see cref="SweepSiloOptions.SharedSeriesMemory"/>).
/// </summary>
internal sealed partial class SweepShardGrain(SiloSweepServices services, ILogger<SweepShardGrain> logger) : Grain, ISweepShardGrain
{
    public Task<SiloAddress> Silo() => Task.FromResult(GrainContext.Address.SiloAddress!);

    public async Task<ShardResult> Run(SweepShard shard, CancellationToken cancellationToken)
    {
        var leases = new List<SiloBarCache.Lease>();
        try
        {
            return await Run(shard, leases, cancellationToken);
        }
        finally
        {
            Release(leases); // Bars no shard reads may be let go (SweepSiloOptions.BarsMemory).
        }
    }

    private async Task<ShardResult> Run(SweepShard shard, List<SiloBarCache.Lease> leases, CancellationToken cancellationToken)
    {
        ScriptDefinition script;
        Bars bars;
        BarsSet? importSymbols;
        try
        {
            script = await services.Script(shard, cancellationToken);
            bars = await Hold(leases, shard.Symbol, cancellationToken);
            importSymbols = shard.ImportSymbols.Length == 0 ? null : await HoldAll(leases, shard.ImportSymbols, cancellationToken);
        }
        catch (SourcesNeededException failure)
        {
            return ShardResult.Failed(new ShardFailure(-1, failure.Message, failure.GetType().Name, NeedsSources: true));
        }
        catch (ScriptEngineException failure)
        {
            LogShardRefused(logger, shard.ToString(), failure.Message);
            return ShardResult.Failed(new ShardFailure(-1, failure.Message, failure.GetType().Name));
        }

        var options = new SweepOptions
        {
            Run = shard.Options.ToRunOptions(shard.Symbol.Symbol, importSymbols, cancellationToken),
            KeepTop = 0,
            MaxDegreeOfParallelism = shard.MaxDegreeOfParallelism,
            SharedSeriesMemory = shard.SharedSeriesMemory,
            SharedSeriesPool = services.SeriesPool,
            Environment = services.Environment,
        };
        try
        {
            // Off the grain's scheduler: the runs take every core for as long as they last.
            SweepResult<IReadOnlyDictionary<string, object?>> result = await Task.Run(() => Sweep.Run(script, bars, shard.Inputs, options, cancellationToken), cancellationToken);
            services.ShardFinished();
            return new ShardResult(shard.RunIndexes, result.Runs.Select(run => run.Summary).ToArray(), null, result.Sharing);
        }
        catch (SweepRunException failure)
        {
            Exception cause = failure.InnerException ?? failure;
            return ShardResult.Failed(new ShardFailure(shard.RunIndexes[failure.GridIndex], cause.Message, cause.GetType().Name));
        }
    }

    private async Task<Bars> Hold(List<SiloBarCache.Lease> leases, SymbolRequest symbol, CancellationToken cancellationToken)
    {
        SiloBarCache.Lease lease = await services.Bars(symbol, cancellationToken);
        leases.Add(lease);
        return lease.Bars;
    }

    private async Task<BarsSet> HoldAll(List<SiloBarCache.Lease> leases, SymbolRequest[] symbols, CancellationToken cancellationToken)
    {
        var all = new SymbolBars[symbols.Length];
        for (int i = 0; i < symbols.Length; i++)
        {
            all[i] = new SymbolBars(symbols[i].Symbol, await Hold(leases, symbols[i], cancellationToken));
        }

        return new BarsSet(all);
    }

    private static void Release(List<SiloBarCache.Lease> leases)
    {
        foreach (SiloBarCache.Lease lease in leases)
        {
            lease.Dispose();
        }

        leases.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep shard {Shard} not run: {Reason}")]
    private static partial void LogShardRefused(ILogger logger, string shard, string reason);
}
