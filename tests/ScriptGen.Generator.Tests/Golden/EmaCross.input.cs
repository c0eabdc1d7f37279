using ScriptGen;

namespace ScriptGen.Samples.Scripts;

/// <summary>
/// Goes long when a fast EMA crosses above a slow one and short when it crosses below, always in
/// the market: the classic trend-following starter strategy.
/// </summary>
[Strategy("EMA Cross", Overlay = true, InitialCapital = 100_000, DefaultQuantity = 100_000)]
public partial class EmaCross
{
    [Input("Fast length", MinValue = 1, MaxValue = 500)] public int FastLength { get; init; } = 9;
    [Input("Slow length", MinValue = 1, MaxValue = 500)] public int SlowLength { get; init; } = 21;

    protected override void Process()
    {
        double fast = ta.Ema(close, FastLength);
        double slow = ta.Ema(close, SlowLength);

        if (ta.Crossover(fast, slow))
        {
            strategy.Entry("Long", Direction.Long);
        }

        if (ta.Crossunder(fast, slow))
        {
            strategy.Entry("Short", Direction.Short);
        }

        chart.Plot(fast, "Fast EMA", color.Teal);
        chart.Plot(slow, "Slow EMA", color.Orange);
    }
}
