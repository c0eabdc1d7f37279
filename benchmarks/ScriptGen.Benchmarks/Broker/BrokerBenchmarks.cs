using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;

namespace ScriptGen.Benchmarks.Broker;

/// <summary>
/// The broker's cost per bar, driven directly (no script, no ta): flat with no orders at all, and
/// with a market entry every 10 bars reversing the position (so a position is always open and
/// every bar is marked, walked and sampled). Each beside <see cref="BrokerHandLoop"/>, checked
/// equal to the bit before timing.
/// </summary>
[MemoryDiagnoser]
public class BrokerBenchmarks
{
    private SyntheticBars _data = null!;

    /// <summary>0: no orders; 10: a reversing market entry every 10 bars.</summary>
    [Params(0, 10)]
    public int OrderEvery { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticBars.ForBenchmarks();
        Verification.SameBrokerBookkeeping(OrderEvery, Broker().Broker, HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public HandBrokerResult HandLoop() =>
        BrokerHandLoop.Run(_data.Time, _data.Open, _data.High, _data.Low, _data.Close, 0.00001, OrderEvery, BrokerDrive.InitialCapital, BrokerDrive.Quantity);

    [Benchmark(Description = "ScriptGen broker")]
    public BrokerRun Broker() => new(BrokerDrive.Run(_data, OrderEvery));
}
