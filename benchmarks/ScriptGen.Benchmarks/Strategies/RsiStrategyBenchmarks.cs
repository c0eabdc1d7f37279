using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>The sample RSI Strategy (market entries reversing on RSI crosses of 30 and 70) vs <see cref="RsiStrategyHandLoop"/>.</summary>
public class RsiStrategyBenchmarks : ReferenceStrategyBenchmarks
{
    internal override string Name => "RSI Strategy";

    internal override StrategySettings Settings => RsiStrategy.Metadata.Strategy!;

    private protected override StrategyScript CreateScript() => RsiStrategy.Create();

    private protected override HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings)
    {
        RsiStrategy.Inputs inputs = RsiStrategy.Inputs.Default;
        return RsiStrategyHandLoop.Run(bars, symbol, settings.DefaultQuantity, inputs.Length, inputs.Oversold, inputs.Overbought);
    }
}
