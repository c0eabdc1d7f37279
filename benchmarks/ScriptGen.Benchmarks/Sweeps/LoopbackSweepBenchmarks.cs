using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// What the cluster benchmarks share: <see cref="SweepBenchmarks"/>' sweep (EMA Cross, 200 runs on the 1,000,000
/// synthetic bars, drawdown not followed), the same sweep on local threads and the hand-written sweep sharing the EMAs
/// (every core), and a <see cref="LoopbackCluster"/> whose silos read the bars from their store by ticker.
/// </summary>
/// <remarks>
/// Each cluster sweep names the bars by a new ticker (the store serves the same bars under any <c>SYNTH</c> ticker), so
/// the silos' series pools start it empty, as a local sweep's own store does: a repeated sweep of the same symbol would
/// read every series a silo kept. Setup checks the cluster's table against the hand-written sweep, run for run.
/// </remarks>
[MemoryDiagnoser]
public abstract class LoopbackSweepBenchmarks
{
    private const string Ticker = "SYNTH";
    private static readonly SymbolInfo s_symbol = RunOptions.Default.Symbol with { Ticker = Ticker };
    private int _sweeps;
    private LoopbackCluster? _cluster;
    private SweepOptions _onCluster = null!;

    private protected SyntheticBars Data { get; private set; } = null!;

    protected EmaCross.Inputs[] Grid { get; private set; } = null!;

    protected SweepOptions Local { get; private set; } = null!;

    [GlobalSetup(Targets = [nameof(SharedHandLoops), nameof(LocalSweep)])]
    public void SetupLocal()
    {
        Data = SyntheticBars.ForBenchmarks();
        Grid = [.. from fast in Sweep.Range(5, 24) from slow in Sweep.Range(25, 70, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
        Local = new SweepOptions { KeepTop = 0, Run = SweepOptions.Default.Run with { Symbol = s_symbol } };
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand loops, EMAs shared")]
    public HandStrategyResult[] SharedHandLoops() => SharedEmaSweep.Run(Data, Grid, Environment.ProcessorCount, drawdown: false);

    [Benchmark(Description = "Sweep.Run, local threads")]
    public SweepResult<EmaCross.Inputs> LocalSweep() => Sweep.Run(Data.Bars, Grid, Local);

    /// <summary>Starts the cluster and checks its table against the hand loops.</summary>
    protected void StartCluster(int silos, long siloSharedSeriesMemory, ClusterSweepOptions runner)
    {
        SetupLocal();
        _cluster = new LoopbackCluster(silos, new SyntheticStore(Data), typeof(EmaCross), siloSharedSeriesMemory);
        _onCluster = Local with { Runner = new ClusterSweepRunner(_cluster.Client, runner) };
        Verification.SameSweep(SweepOnCluster(), SharedHandLoops());
    }

    /// <summary>The sweep on the cluster, under a ticker no earlier sweep used.</summary>
    protected SweepResult<EmaCross.Inputs> SweepOnCluster() =>
        Sweep.Run(Data.Bars, Grid, _onCluster with { Run = _onCluster.Run with { Symbol = s_symbol with { Ticker = $"{Ticker}{++_sweeps}" } } });

    /// <summary>The silos' store: the synthetic bars under any ticker starting with <see cref="Ticker"/> (the silos check their fingerprint as usual).</summary>
    private sealed class SyntheticStore(SyntheticBars data) : IBarStore
    {
        public ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken) => ticker.StartsWith(Ticker, StringComparison.Ordinal)
            ? ValueTask.FromResult(data.Bars)
            : throw new BarDataException($"The benchmark's store has only {Ticker}, not '{ticker}'.");
    }
}
