using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>The sample MACD Strategy (market entries reversing on the histogram's zero crosses) vs <see cref="MacdStrategyHandLoop"/>.</summary>
public class MacdStrategyBenchmarks : ReferenceStrategyBenchmarks
{
    internal override string Name => "MACD Strategy";

    internal override StrategySettings Settings => MacdStrategy.Metadata.Strategy!;

    private protected override StrategyScript CreateScript() => MacdStrategy.Create();

    private protected override HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings)
    {
        MacdStrategy.Inputs inputs = MacdStrategy.Inputs.Default;
        return MacdStrategyHandLoop.Run(bars, symbol, settings.DefaultQuantity, inputs.FastLength, inputs.SlowLength, inputs.MacdLength);
    }
}
