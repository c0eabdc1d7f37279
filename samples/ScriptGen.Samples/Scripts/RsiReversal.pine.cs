using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// A strategy built on an imported indicator: the sample RSI, imported with its own inputs. Long when
/// the RSI crosses up through its oversold level, out when it falls back through the overbought one.
/// </summary>
[Strategy("RSI Reversal", InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class RsiReversal
{
    [Input("RSI length", MinValue = 2)] public int Length { get; init; } = 14;

    Rsi _rsi = null!;

    protected override void Setup() => _rsi = Import(new Rsi.Inputs { Length = Length });

    protected override void Process()
    {
        double rsi = _rsi.Plots.RSI;                                  // the value the RSI plotted on this bar
        if (ta.Crossover(rsi, _rsi.InputValues.Oversold))
        {
            strategy.Entry("Long", Direction.Long);
        }

        if (_rsi.Plots.RSI[1] > _rsi.InputValues.Overbought && rsi <= _rsi.InputValues.Overbought)
        {
            strategy.Close("Long");
        }
    }
}
