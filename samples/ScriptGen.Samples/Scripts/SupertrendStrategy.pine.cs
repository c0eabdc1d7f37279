using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// TradingView's built-in "Supertrend Strategy", ported line for line: long when the supertrend's
/// direction turns down (the line flips below the price: an up trend starts), short when it turns up,
/// reversing. As in the built-in, each entry buys or sells 15 % of equity (sized at the signal bar's
/// close), here on 100,000 of capital.
/// </summary>
[Strategy("Supertrend Strategy", Overlay = true, InitialCapital = 100_000,
          DefaultQuantityType = QuantityType.PercentOfEquity, DefaultQuantity = 15)]
public partial class SupertrendStrategy
{
    [Input("ATR length", MinValue = 1)] public int AtrPeriod { get; init; } = 10;
    [Input("Factor", MinValue = 0.01, Step = 0.01)] public double Factor { get; init; } = 3.0;

    protected override void Process()
    {
        // direction is -1 while the line is below the price (up trend), 1 while above (down trend).
        var (_, direction) = ta.Supertrend(Factor, AtrPeriod);
        double change = ta.Change(direction);

        if (change < 0)
        {
            strategy.Entry("My Long Entry Id", Direction.Long);
        }

        if (change > 0)
        {
            strategy.Entry("My Short Entry Id", Direction.Short);
        }
    }
}
