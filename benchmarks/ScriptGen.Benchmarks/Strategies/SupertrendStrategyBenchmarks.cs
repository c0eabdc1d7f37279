using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>
/// The sample Supertrend Strategy (market entries reversing on the supertrend's direction changes, sized at 15 %
/// of equity) vs <see cref="SupertrendStrategyHandLoop"/>.
/// </summary>
public class SupertrendStrategyBenchmarks : ReferenceStrategyBenchmarks
{
    internal override string Name => "Supertrend Strategy";

    internal override StrategySettings Settings => SupertrendStrategy.Metadata.Strategy!;

    private protected override StrategyScript CreateScript() => SupertrendStrategy.Create();

    private protected override HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings)
    {
        if (settings.DefaultQuantityType != QuantityType.PercentOfEquity)
        {
            throw new InvalidOperationException($"{Name}: the hand loop sizes orders as a percent of equity.");
        }

        SupertrendStrategy.Inputs inputs = SupertrendStrategy.Inputs.Default;
        return SupertrendStrategyHandLoop.Run(bars, symbol, settings.DefaultQuantity, inputs.AtrPeriod, inputs.Factor);
    }
}
