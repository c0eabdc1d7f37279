using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Benchmarks.Scripts;

namespace ScriptGen.Benchmarks;

/// <summary>
/// EMA 9/21 cross, indicator work only: the hand loop vs the <see cref="EmaCrossSignals"/> script run
/// with the default <c>ta</c> and with a registered pass-through <c>ta</c>.
/// </summary>
/// <remarks>
/// Each benchmark runs in its own process; its setup checks only the variant it times, so the JIT's
/// profile (tiered PGO) sees one <c>ta</c> type, as it would in a program that registers one.
/// </remarks>
[MemoryDiagnoser]
public class EmaCrossIndicatorBenchmarks
{
    private static readonly RunOptions s_options = new() { RecordPlots = false };
    private readonly RuntimeEnvironment _defaultTa = new();
    private readonly RuntimeEnvironment _registeredTa = new RuntimeEnvironment().RegisterNamespace("ta", new PassThroughTa());
    private SyntheticBars _data = null!;

    [GlobalSetup(Target = nameof(HandLoop))]
    public void SetupHandLoop() => _data = SyntheticBars.ForBenchmarks();

    [GlobalSetup(Target = nameof(ScriptDefaultTa))]
    public void SetupDefaultTa()
    {
        SetupHandLoop();
        Verification.SameSignals("EMA cross indicator, default ta", ScriptDefaultTa(), HandLoop());
    }

    [GlobalSetup(Target = nameof(ScriptRegisteredTa))]
    public void SetupRegisteredTa()
    {
        SetupHandLoop();
        Verification.SameSignals("EMA cross indicator, registered ta", ScriptRegisteredTa(), HandLoop());
    }

    [Benchmark(Baseline = true, Description = "Hand loop")]
    public EmaCrossSignalsResult HandLoop() => EmaCrossHandLoop.Run(_data.Close, Fast, Slow);

    [Benchmark(Description = "ScriptGen, default ta")]
    public EmaCrossSignalsResult ScriptDefaultTa() => Run(_defaultTa);

    [Benchmark(Description = "ScriptGen, registered PassThroughTa")]
    public EmaCrossSignalsResult ScriptRegisteredTa() => Run(_registeredTa);

    private static int Fast => EmaCrossSignals.Inputs.Default.FastLength;

    private static int Slow => EmaCrossSignals.Inputs.Default.SlowLength;

    private EmaCrossSignalsResult Run(RuntimeEnvironment environment)
    {
        EmaCrossSignals script = EmaCrossSignals.Create();
        environment.RunIndicator(script, _data.Bars, s_options);
        return new EmaCrossSignalsResult(script.Crossovers, script.Crossunders, script.LastFast, script.LastSlow);
    }
}
