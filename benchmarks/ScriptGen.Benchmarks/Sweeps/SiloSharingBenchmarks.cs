using BenchmarkDotNet.Attributes;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// What a silo's series pool is worth: the 200-run EMA Cross sweep on one silo cut into 40 shards of 5 runs (small
/// shards, as for balance), with the silo sharing series across its shards (<see cref="SiloPool"/>,
/// <c>SweepSiloOptions.SharedSeriesMemory</c> 512 MiB) or only within each shard (0), beside the local sweep (one store
/// for all 200 runs) and the hand-written sweep sharing the EMAs (<see cref="LoopbackSweepBenchmarks"/>).
/// </summary>
public class SiloSharingBenchmarks : LoopbackSweepBenchmarks
{
    /// <summary>Whether the silo shares series across the shards it runs.</summary>
    [Params(true, false)]
    public bool SiloPool { get; set; }

    [GlobalSetup(Target = nameof(SmallShardsOnOneSilo))]
    public void SetupCluster() => StartCluster(1, SiloPool ? new SweepSiloOptions().SharedSeriesMemory : 0, new ClusterSweepOptions { RunsPerShard = 5 });

    [Benchmark(Description = "Sweep.Run, 40 shards on one silo")]
    public SweepResult<EmaCross.Inputs> SmallShardsOnOneSilo() => SweepOnCluster();
}
