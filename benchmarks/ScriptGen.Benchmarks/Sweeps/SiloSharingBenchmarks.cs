using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// What a silo's series pool is worth: <see cref="ClusterSweepBenchmarks"/>' 200-run EMA Cross sweep on one silo cut
/// into 40 shards of 5 runs (small shards, as for balance), with the silo sharing series across its shards
/// (<see cref="SiloPool"/>, <c>SweepSiloOptions.SharedSeriesMemory</c> 512 MiB) or only within each shard (0), beside the
/// local sweep (one store for all 200 runs) and the hand-written sweep sharing the EMAs.
/// </summary>
/// <remarks>Setup checks the cluster's table against the hand-written sweep; each cluster sweep uses a new ticker (see <see cref="ClusterSweepBenchmarks"/>).</remarks>
[MemoryDiagnoser]
public class SiloSharingBenchmarks
{
    private SyntheticBars _data = null!;
    private EmaCross.Inputs[] _grid = null!;
    private LoopbackCluster? _cluster;
    private SweepOptions _local = null!;
    private SweepOptions _onCluster = null!;
    private int _sweeps;

    /// <summary>Whether the silo shares series across the shards it runs.</summary>
    [Params(true, false)]
    public bool SiloPool { get; set; }

    [GlobalSetup(Targets = [nameof(SharedHandLoops), nameof(LocalSweep)])]
    public void SetupLocal()
    {
        _data = SyntheticBars.ForBenchmarks();
        _grid = [.. from fast in Sweep.Range(5, 24) from slow in Sweep.Range(25, 70, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
        _local = ClusterSweepBenchmarks.FreshSymbol(new SweepOptions { KeepTop = 0 }, 0);
    }

    [GlobalSetup(Target = nameof(SmallShardsOnOneSilo))]
    public void SetupCluster()
    {
        SetupLocal();
        _cluster = new LoopbackCluster(1, new ClusterSweepBenchmarks.SyntheticStore(_data), typeof(EmaCross), SiloPool ? 512L * 1024 * 1024 : 0);
        _onCluster = _local with { Runner = new ClusterSweepRunner(_cluster.Client, new ClusterSweepOptions { RunsPerShard = 5 }) };
        Verification.SameSweep(SmallShardsOnOneSilo(), SharedHandLoops());
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster?.Dispose();

    [Benchmark(Baseline = true, Description = "Hand loops, EMAs shared")]
    public HandStrategyResult[] SharedHandLoops() => SharedEmaSweep.Run(_data, _grid, Environment.ProcessorCount, drawdown: false);

    [Benchmark(Description = "Sweep.Run, local threads")]
    public SweepResult<EmaCross.Inputs> LocalSweep() => Sweep.Run(_data.Bars, _grid, _local);

    [Benchmark(Description = "Sweep.Run, 40 shards on one silo")]
    public SweepResult<EmaCross.Inputs> SmallShardsOnOneSilo() => Sweep.Run(_data.Bars, _grid, ClusterSweepBenchmarks.FreshSymbol(_onCluster, ++_sweeps));
}
