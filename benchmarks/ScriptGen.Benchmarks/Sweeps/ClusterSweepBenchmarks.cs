using BenchmarkDotNet.Attributes;
using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// Issue #25's benchmark: the 200-run sweep on an Orleans cluster of <see cref="Silos"/> silos on loopback TCP
/// (<see cref="LoopbackCluster"/>), beside the same <see cref="Sweep.Run{TInputs}(Bars, IEnumerable{TInputs}, SweepOptions?, CancellationToken)"/>
/// on local threads and the hand-written sweep sharing the EMAs (<see cref="LoopbackSweepBenchmarks"/>).
/// </summary>
public class ClusterSweepBenchmarks : LoopbackSweepBenchmarks
{
    /// <summary>Silos in the cluster (each uses every core of this machine: they share them).</summary>
    [Params(1, 2)]
    public int Silos { get; set; }

    [GlobalSetup(Target = nameof(ClusterSweep))]
    public void SetupCluster() => StartCluster(Silos, new SweepSiloOptions().SharedSeriesMemory, ClusterSweepOptions.Default);

    [Benchmark(Description = "Sweep.Run, Orleans cluster")]
    public SweepResult<EmaCross.Inputs> ClusterSweep() => SweepOnCluster();
}
