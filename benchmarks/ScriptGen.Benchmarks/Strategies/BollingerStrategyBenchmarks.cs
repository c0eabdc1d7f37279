using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>
/// The sample Bollinger Bands Strategy (stop entries at the bands, one-cancels-all, cancelled when not renewed)
/// vs <see cref="BollingerStrategyHandLoop"/>.
/// </summary>
public class BollingerStrategyBenchmarks : ReferenceStrategyBenchmarks
{
    internal override string Name => "Bollinger Bands Strategy";

    internal override StrategySettings Settings => BollingerStrategy.Metadata.Strategy!;

    private protected override StrategyScript CreateScript() => BollingerStrategy.Create();

    private protected override HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings)
    {
        BollingerStrategy.Inputs inputs = BollingerStrategy.Inputs.Default;
        return BollingerStrategyHandLoop.Run(bars, symbol, settings.DefaultQuantity, inputs.Length, inputs.Multiplier);
    }

    /// <summary>Stops must fill both at a gapped open and where the path reaches them.</summary>
    private protected override void CheckExercised(StrategyResult script, SyntheticBars data)
    {
        int atOpen = 0, alongPath = 0;
        foreach (Trade trade in script.ClosedTrades)
        {
            if (trade.EntryPrice == data.Open[trade.EntryBar])
            {
                atOpen++;
            }
            else
            {
                alongPath++;
            }
        }

        Verification.Require(atOpen > 0 && alongPath > 0, $"{Name}: {atOpen} stops filled at the open, {alongPath} along the path; the data should give both.");
    }
}
