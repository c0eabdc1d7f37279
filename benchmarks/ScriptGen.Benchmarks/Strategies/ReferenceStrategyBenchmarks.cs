using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>
/// A reference strategy end to end (<c>RuntimeEnvironment.RunStrategy</c>: ta, broker, equity curve, trades)
/// vs a hand loop computing the same indicators, orders, fills and equity; the setup checks them equal (every
/// trade, every equity value, net profit, drawdown and run-up) before anything is timed. One subclass per sample.
/// </summary>
/// <remarks>
/// The runs trade a EUR/USD-like symbol (tick 0.00001, the synthetic bars' grid; the forex quantity step of 0.1)
/// with plots off, as in a sweep.
/// </remarks>
[MemoryDiagnoser]
public abstract class ReferenceStrategyBenchmarks
{
    /// <summary>The symbol every reference strategy trades.</summary>
    internal static readonly SymbolInfo Symbol = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };

    private static readonly RunOptions s_options = new() { RecordPlots = false, Symbol = Symbol };
    private readonly RuntimeEnvironment _environment = new();
    private SyntheticBars _data = null!;

    /// <summary>The strategy's name in messages.</summary>
    internal abstract string Name { get; }

    /// <summary>The strategy's declared settings, which the hand loop is given.</summary>
    internal abstract StrategySettings Settings { get; }

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

    /// <summary>Runs both over <paramref name="data"/> and throws unless they agree; returns the script's result.</summary>
    internal StrategyResult Verify(SyntheticBars data)
    {
        StrategyResult script = RunScript(data);
        Verification.SameStrategy(Name, script, RunHandLoop(data), MinimumTrades(data.Count));
        CheckExercised(script, data);
        return script;
    }

    /// <summary>The hand loop over <paramref name="data"/>.</summary>
    internal HandStrategyResult RunHandLoop(SyntheticBars data)
    {
        StrategySettings settings = Settings;
        if (settings.CommissionValue != 0 || settings.Slippage != 0 || settings.MaxEntriesPerDirection != 1 || settings.ProcessOrdersOnClose
            || settings.CalcOnOrderFills || settings.MarginLong != 0 || settings.MarginShort != 0)
        {
            throw new InvalidOperationException(
                $"{Name}: the hand loops model no commission, no slippage, one entry per direction, no close pass, no re-runs and no margin.");
        }

        var bars = new HandBars(data.Time, data.Open, data.High, data.Low, data.Close);
        var symbol = new HandSymbol(Symbol.MinTick, Symbol.PointValue, Symbol.QuantityStep, settings.InitialCapital);
        return RunHandLoop(bars, symbol, settings);
    }

    /// <summary>The sample's script, compiled into this assembly by the generator, over <paramref name="data"/>.</summary>
    internal StrategyResult RunScript(SyntheticBars data) => _environment.RunStrategy(CreateScript(), data.Bars, s_options);

    private protected abstract StrategyScript CreateScript();

    private protected abstract HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings);

    /// <summary>Fewer closed trades than this over <paramref name="barCount"/> bars would not exercise the broker.</summary>
    private protected virtual int MinimumTrades(int barCount) => barCount / 1000;

    /// <summary>Throws unless the run went through what this strategy is there to measure (a strategy's own orders and legs).</summary>
    private protected virtual void CheckExercised(StrategyResult script, SyntheticBars data)
    {
    }
}
