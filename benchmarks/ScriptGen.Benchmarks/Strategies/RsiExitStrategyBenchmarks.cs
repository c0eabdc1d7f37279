using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Strategies;

/// <summary>
/// The sample RSI Strategy with Exits (the RSI Strategy's market entries, each position bracketed by a
/// <c>strategy.exit</c> take-profit and stop-loss in ticks) vs <see cref="RsiExitStrategyHandLoop"/>.
/// </summary>
public class RsiExitStrategyBenchmarks : ReferenceStrategyBenchmarks
{
    internal override string Name => "RSI Strategy with Exits";

    internal override StrategySettings Settings => RsiExitStrategy.Metadata.Strategy!;

    /// <summary>The sample's inputs (the default); the tests also run tighter brackets, which fill on entry bars and at gaps.</summary>
    internal RsiExitStrategy.Inputs Inputs { get; init; } = RsiExitStrategy.Inputs.Default;

    private protected override StrategyScript CreateScript() => RsiExitStrategy.Create(Inputs);

    private protected override HandStrategyResult RunHandLoop(HandBars bars, HandSymbol symbol, StrategySettings settings)
    {
        RsiExitStrategy.Inputs inputs = Inputs;
        return RsiExitStrategyHandLoop.Run(
            bars, symbol, settings.DefaultQuantity, inputs.Length, inputs.Oversold, inputs.Overbought, inputs.ProfitTicks, inputs.LossTicks);
    }

    /// <summary>Take-profits, stop-losses and (with the sample's brackets) reversals must all happen.</summary>
    private protected override void CheckExercised(StrategyResult script, SyntheticBars data)
    {
        int takeProfits = 0, stopLosses = 0, reversals = 0;
        foreach (Trade trade in script.ClosedTrades)
        {
            switch (trade.ExitComment)
            {
                case "RsiLE TP" or "RsiSE TP":
                    takeProfits++;
                    break;
                case "RsiLE SL" or "RsiSE SL":
                    stopLosses++;
                    break;
                default:
                    reversals++;
                    break;
            }
        }

        // Brackets tighter than the sample's close every trade before the next signal: no reversals then.
        Verification.Require(takeProfits > 0 && stopLosses > 0 && (reversals > 0 || Inputs != RsiExitStrategy.Inputs.Default),
            $"{Name}: {takeProfits} take-profits, {stopLosses} stop-losses, {reversals} reversals; the data should give each.");
    }
}
