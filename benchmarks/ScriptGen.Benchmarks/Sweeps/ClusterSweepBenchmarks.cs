using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// Issue #25's benchmark: <see cref="SweepBenchmarks"/>' sweep (EMA Cross, 200 runs on the 1,000,000 synthetic bars,
/// drawdown not followed) on an Orleans cluster of <see cref="Silos"/> silos on loopback TCP (<see cref="LoopbackCluster"/>,
/// the silos reading the bars from their store by ticker), beside the same <see cref="Sweep.Run{TInputs}(Bars, IEnumerable{TInputs}, SweepOptions?, CancellationToken)"/>
/// on local threads and the hand-written sweep sharing the EMAs, all on every core.
/// </summary>
/// <remarks>
/// Setup checks the cluster's table against the hand-written sweep, run for run. Each cluster sweep names the bars by a
/// new ticker (the store serves the same bars under any <c>SYNTH</c> ticker), so the silos' series pools start it empty,
/// as a local sweep's own store does: a repeated sweep of the same symbol would read every series a silo kept.
/// </remarks>
[MemoryDiagnoser]
public class ClusterSweepBenchmarks
{
    private const string Ticker = "SYNTH";
    private static readonly SymbolInfo s_symbol = RunOptions.Default.Symbol with { Ticker = Ticker };
    private int _sweeps;
    private SyntheticBars _data = null!;
    private EmaCross.Inputs[] _grid = null!;
    private LoopbackCluster? _cluster;
    private SweepOptions _local = null!;
    private SweepOptions _onCluster = null!;

    /// <summary>Silos in the cluster (each uses every core of this machine: they share them).</summary>
    [Params(1, 2)]
    public int Silos { get; set; }

    [GlobalSetup(Targets = [nameof(SharedHandLoops), nameof(LocalSweep)])]
    public void SetupLocal()
    {
        _data = SyntheticBars.ForBenchmarks();
        _grid = [.. from fast in Sweep.Range(5, 24) from slow in Sweep.Range(25, 70, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
        _local = new SweepOptions { KeepTop = 0, Run = SweepOptions.Default.Run with { Symbol = s_symbol } };
    }

    [GlobalSetup(Target = nameof(ClusterSweep))]
    public void SetupCluster()
    {
        SetupLocal();
        _cluster = new LoopbackCluster(Silos, new SyntheticStore(_data), typeof(EmaCross));
        _onCluster = _local with { Runner = new ClusterSweepRunner(_cluster.Client) };
        Verification.SameSweep(ClusterSweep(), SharedHandLoops());
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand loops, EMAs shared")]
    public HandStrategyResult[] SharedHandLoops() => SharedEmaSweep.Run(_data, _grid, Environment.ProcessorCount, drawdown: false);

    [Benchmark(Description = "Sweep.Run, local threads")]
    public SweepResult<EmaCross.Inputs> LocalSweep() => Sweep.Run(_data.Bars, _grid, _local);

    [Benchmark(Description = "Sweep.Run, Orleans cluster")]
    public SweepResult<EmaCross.Inputs> ClusterSweep() => Sweep.Run(_data.Bars, _grid, FreshSymbol(_onCluster, ++_sweeps));

    /// <summary>The options with a ticker no earlier sweep used, so no silo holds series of it.</summary>
    internal static SweepOptions FreshSymbol(SweepOptions options, int sweep) =>
        options with { Run = options.Run with { Symbol = s_symbol with { Ticker = $"{Ticker}{sweep}" } } };

    /// <summary>The silos' store: the synthetic bars under any ticker starting with <see cref="Ticker"/> (the silos check their fingerprint as usual).</summary>
    internal sealed class SyntheticStore(SyntheticBars data) : IBarStore
    {
        public ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken) => ticker.StartsWith(Ticker, StringComparison.Ordinal)
            ? ValueTask.FromResult(data.Bars)
            : throw new BarDataException($"The benchmark's store has only {Ticker}, not '{ticker}'.");
    }
}
