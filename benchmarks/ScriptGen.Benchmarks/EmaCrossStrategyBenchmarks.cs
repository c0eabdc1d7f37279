using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks;

/// <summary>
/// The sample's EMA Cross strategy end to end (<c>RuntimeEnvironment.RunStrategy</c>: broker, equity
/// curve, trades, performance summary) vs a hand loop doing the same indicator math and bookkeeping.
/// </summary>
/// <remarks>
/// Plots are off (<c>RecordPlots = false</c>), as in a sweep; the script still makes its two
/// <c>chart.Plot</c> calls per bar, which is engine cost. Both track each trade's extremes and the
/// equity's drawdown and run-up along every bar's path; the performance summary is computed on first
/// use, which neither does here.
/// </remarks>
[MemoryDiagnoser]
public class EmaCrossStrategyBenchmarks
{
    private static readonly RunOptions s_options = new() { RecordPlots = false };
    private readonly RuntimeEnvironment _environment = new();
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(Script))]
    public void SetupScript()
    {
        SetupHandLoop();
        Verify(_data);
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public HandStrategyResult HandLoop() => RunHandLoop(_data);

    [Benchmark(Description = "ScriptGen")]
    public StrategyResult Script() => RunScript(_data);

    /// <summary>Runs both over <paramref name="data"/> and throws unless they agree (the tests run it on fewer bars).</summary>
    internal void Verify(SyntheticBars data) => Verification.SameStrategy("EMA Cross strategy", RunScript(data), RunHandLoop(data), data.Count / 1000);

    private static HandStrategyResult RunHandLoop(SyntheticBars data)
    {
        StrategySettings settings = EmaCross.Metadata.Strategy ?? StrategySettings.Default;
        return EmaCrossStrategyHandLoop.Run(
            data.Time,
            data.Open,
            data.High,
            data.Low,
            data.Close,
            s_options.Symbol.MinTick,
            EmaCross.Inputs.Default.FastLength,
            EmaCross.Inputs.Default.SlowLength,
            settings.InitialCapital,
            settings.DefaultQuantity,
            s_options.Symbol.PointValue);
    }

    private StrategyResult RunScript(SyntheticBars data) => _environment.RunStrategy(EmaCross.Create(), data.Bars, s_options);
}
