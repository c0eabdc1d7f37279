using System.Collections.Concurrent;
using Orleans.Runtime.Placement;
using ScriptGen.Orleans.Wire;

namespace ScriptGen.Orleans;

/// <summary>
/// Runs a sweep's runs on an Orleans cluster: plug it into <see cref="SweepOptions.Runner"/> and call
/// <see cref="Sweep"/> as for a local sweep. The runs are cut into shards (runs of one symbol); one worker per silo
/// sends them, a shard at a time, to a grain placed on its silo, which runs them over the bars from the silo's
/// <see cref="IBarStore"/> with the local sweep. A shard whose silo fails is sent again (to a silo still in the
/// cluster); a run's summary is kept once by its index, so the table equals the local sweep's.
/// </summary>
/// <example>
/// <code>
/// using IHost client = Host.CreateDefaultBuilder().UseOrleansClient(c =&gt; c.UseLocalhostClustering()).Build();
/// await client.StartAsync();
/// var options = new SweepOptions { Runner = new ClusterSweepRunner(client.Services.GetRequiredService&lt;IClusterClient&gt;()) };
/// SweepResult&lt;EmaCross.Inputs&gt; sweep = Sweep.Run(bars, grid, options);
/// </code>
/// </example>
public sealed class ClusterSweepRunner : ISweepRunner
{
    private readonly IClusterClient _client;
    private readonly ClusterSweepOptions _options;

    /// <summary>A runner that sends shards through <paramref name="client"/>.</summary>
    /// <param name="client">A started client of the cluster whose silos called <c>AddScriptGenSweeps</c>.</param>
    /// <param name="options">Shard size, shards per silo, retries; <see cref="ClusterSweepOptions.Default"/> when null.</param>
    public ClusterSweepRunner(IClusterClient client, ClusterSweepOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        options ??= ClusterSweepOptions.Default;
        options.Validate();
        _client = client;
        _options = options;
    }

    /// <summary>Shards sent again after a silo failed, over this runner's sweeps (for tests and logs).</summary>
    public int Retries => _retries;

    private int _retries;

    // Silos where a shard failed during the current sweep: not hinted again while others remain.
    private readonly ConcurrentDictionary<SiloAddress, bool> _suspects = new();

    /// <inheritdoc/>
    /// <exception cref="ClusterSweepException">Options that cannot travel to silos, a silo without the script or with other bars, or a shard that failed on every try.</exception>
    public void Run(SweepWork work) => RunAsync(work).GetAwaiter().GetResult();

    /// <summary>Runs the sweep's runs on the cluster; <see cref="Run"/> waits for it.</summary>
    /// <exception cref="ClusterSweepException">Options that cannot travel to silos, a silo without the script or with other bars, or a shard that failed on every try.</exception>
    public async Task RunAsync(SweepWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        ClusterSweepChecks.CheckOptions(work);
        _suspects.Clear(); // A new sweep trusts every silo again (suspects only steer placement hints, never results).
        CancellationToken cancellationToken = work.Cancellation;
        string[] inputNames = work.Script.Inputs.Select(input => input.Name).ToArray();
        SiloAddress[] silos = await ActiveSilos(cancellationToken).ConfigureAwait(false);
        ScriptSourceText[]? sources = _options.ScriptSources?.ToArray();
        string? sourceHash = sources is null ? null : ScriptSourceText.HashOf(sources);
        var queue = new ConcurrentQueue<PendingShard>(
            Shards(work, inputNames, silos.Length).Select(shard => new PendingShard(shard with { SourceHash = sourceHash }, 0)));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = new Task[silos.Length * _options.ShardsPerSilo];
        for (int slot = 0; slot < workers.Length; slot++)
        {
            workers[slot] = Worker(work, queue, slot, silos, sources, stop);
        }

        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private async Task Worker(
        SweepWork work, ConcurrentQueue<PendingShard> queue, int slot, SiloAddress[] silos, ScriptSourceText[]? sources, CancellationTokenSource stop)
    {
        try
        {
            await SendShards(work, queue, slot, silos, sources, stop).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await stop.CancelAsync().ConfigureAwait(false); // The sweep has failed: the other workers stop too.
            throw;
        }
    }

    private async Task SendShards(
        SweepWork work, ConcurrentQueue<PendingShard> queue, int slot, SiloAddress[] silos, ScriptSourceText[]? sources, CancellationTokenSource stop)
    {
        int generation = 0;
        bool grainHasSources = false; // Sources go with the first shard to each new grain, and again when a silo asks.
        while (!stop.IsCancellationRequested && queue.TryDequeue(out PendingShard? pending))
        {
            // A new grain after each failure, placed on a silo still in the cluster: the old activation died with its silo.
            var grain = _client.GetGrain<ISweepShardGrain>($"{pending.Shard.Sweep}/{slot}/{generation}");
            var place = new GrainPlace(silos[slot % silos.Length]);
            RequestContext.Set(IPlacementDirector.PlacementHintKey, place.Silo);
            ShardResult result;
            try
            {
                SweepShard shard = sources is null || grainHasSources ? pending.Shard : pending.Shard with { Sources = sources };
                result = await RunWatched(grain, place, shard, stop.Token).ConfigureAwait(false);
                grainHasSources = sources is not null;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return; // The sweep was cancelled, or another worker stopped it with a failure it reports.
            }
            catch (Exception failure)
            {
                if (pending.Attempts >= _options.MaxRetries)
                {
                    throw new ClusterSweepException(
                        $"Shard {pending.Shard} failed {pending.Attempts + 1} times; the last failure: {failure.Message}", failure);
                }

                Interlocked.Increment(ref _retries);
                queue.Enqueue(pending with { Attempts = pending.Attempts + 1 });
                generation++;
                grainHasSources = false;
                // The silo stays a suspect for the rest of the sweep, so the next grain is not placed where this one
                // failed while the membership still lists it; a short pause lets the membership catch up.
                _suspects[place.Silo] = true;
                await Task.Delay(_options.LivenessCheckInterval, stop.Token).ConfigureAwait(false);
                silos = await ActiveSilos(stop.Token).ConfigureAwait(false);
                continue;
            }

            if (result.Failure is { NeedsSources: true })
            {
                grainHasSources = false; // The silo lost or never had the text (a grain moved): send the shard again with it.
                queue.Enqueue(pending);
                continue;
            }

            if (result.Failure is { } shardFailure)
            {
                if (shardFailure.RunIndex < 0)
                {
                    throw new ClusterSweepException($"A silo could not run shard {pending.Shard}: {shardFailure.Message}");
                }

                await stop.CancelAsync().ConfigureAwait(false); // The sweep fails with this run's error, as a local sweep stops at its first.
                work.Fail(shardFailure.RunIndex, new ScriptEngineException($"{shardFailure.Message} (on a silo: {shardFailure.ExceptionType})"));
                return;
            }

            for (int i = 0; i < result.RunIndexes.Length; i++)
            {
                work.Complete(result.RunIndexes[i], result.Summaries[i]);
            }

            if (result.Sharing is { } sharing)
            {
                work.ReportSharing(sharing);
            }
        }
    }

    /// <summary>
    /// Runs the shard on the grain's silo, checking every <see cref="ClusterSweepOptions.LivenessCheckInterval"/> that the
    /// silo is still in the cluster and that the grain still answers: a call to a silo that died may never be answered,
    /// so the worker gives it up as soon as the membership says the silo is gone, or the grain is silent for
    /// <see cref="ClusterSweepOptions.SilentSiloTimeout"/> (the membership may take longer, or a call to it may hang too).
    /// </summary>
    private async Task<ShardResult> RunWatched(ISweepShardGrain grain, GrainPlace place, SweepShard shard, CancellationToken stop)
    {
        SiloAddress silo = await grain.Silo().WaitAsync(_options.SilentSiloTimeout, stop).ConfigureAwait(false);
        place.Silo = silo; // Where the grain went (the hint is a wish), for the suspects if it fails.
        using var call = CancellationTokenSource.CreateLinkedTokenSource(stop);
        Task<ShardResult> running = grain.Run(shard, call.Token);
        while (await Task.WhenAny(running, Task.Delay(_options.LivenessCheckInterval, stop)).ConfigureAwait(false) != running)
        {
            string? gone = null;
            try
            {
                if (!(await ActiveSilos(stop).ConfigureAwait(false)).Contains(silo))
                {
                    gone = $"Silo {silo} left the cluster while it ran shard {shard}.";
                }
                else
                {
                    await grain.Silo().WaitAsync(_options.SilentSiloTimeout, stop).ConfigureAwait(false); // Interleaves with Run.
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !stop.IsCancellationRequested)
            {
                gone = $"Silo {silo} stopped answering while it ran shard {shard} ({failure.GetType().Name}: {failure.Message}).";
            }

            if (gone is not null)
            {
                _ = running.ContinueWith(static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                await call.CancelAsync().ConfigureAwait(false);
                throw new SiloUnavailableException(gone);
            }
        }

        return await running.ConfigureAwait(false);
    }

    private async Task<SiloAddress[]> ActiveSilos(CancellationToken cancellationToken)
    {
        Dictionary<SiloAddress, SiloStatus> hosts = await _client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken)
            .WaitAsync(_options.SilentSiloTimeout, cancellationToken).ConfigureAwait(false);
        SiloAddress[] silos = hosts.Keys.Order().ToArray();
        SiloAddress[] trusted = silos.Where(silo => !_suspects.ContainsKey(silo)).ToArray();
        return trusted.Length > 0 ? trusted
            : silos.Length > 0 ? silos // Every silo failed once: try them again rather than give up.
            : throw new ClusterSweepException("The cluster has no active silo to run the sweep on.");
    }

    private IEnumerable<SweepShard> Shards(SweepWork work, string[] inputNames, int siloCount)
    {
        string sweep = Guid.NewGuid().ToString("N");
        var requests = new SymbolRequests(); // Each symbol's bars fingerprinted once, however many symbols import it.
        int perShard = _options.RunsPerShard > 0
            ? _options.RunsPerShard
            : Math.Max(1, (int)Math.Ceiling(work.GridCount / (4.0 * siloCount * _options.ShardsPerSilo)));
        for (int symbol = 0; symbol < work.Symbols.Count; symbol++)
        {
            RunOptions options = work.RunOptionsFor(symbol);
            SymbolRequest symbolRequest = requests.For(work.Symbols[symbol]);
            SymbolRequest[] imports = options.Symbols?.Select(requests.For).ToArray() ?? [];
            for (int first = 0; first < work.GridCount; first += perShard)
            {
                int count = Math.Min(perShard, work.GridCount - first);
                var runIndexes = new int[count];
                var inputs = new Dictionary<string, object?>[count];
                for (int i = 0; i < count; i++)
                {
                    runIndexes[i] = symbol * work.GridCount + first + i;
                    inputs[i] = ClusterSweepChecks.Inputs(work, first + i);
                }

                yield return new SweepShard
                {
                    Sweep = sweep,
                    Script = work.Script.TypeName,
                    InputNames = inputNames,
                    Symbol = symbolRequest,
                    ImportSymbols = imports,
                    Options = RunOptionsWire.Of(options),
                    RunIndexes = runIndexes,
                    Inputs = inputs,
                    MaxDegreeOfParallelism = work.Options.MaxDegreeOfParallelism,
                    SharedSeriesMemory = work.Options.SharedSeriesMemory,
                };
            }
        }
    }

    private sealed record PendingShard(SweepShard Shard, int Attempts);

    /// <summary>The silo a grain was hinted to, then the one it answered from.</summary>
    private sealed class GrainPlace(SiloAddress silo)
    {
        public SiloAddress Silo { get; set; } = silo;
    }

    private sealed class SymbolRequests
    {
        private readonly Dictionary<(SymbolInfo, Bars), SymbolRequest> _made = [];

        public SymbolRequest For(SymbolBars symbol)
        {
            if (!_made.TryGetValue((symbol.Symbol, symbol.Bars), out SymbolRequest? request))
            {
                _made[(symbol.Symbol, symbol.Bars)] = request = SymbolRequest.Of(symbol);
            }

            return request;
        }
    }
}
