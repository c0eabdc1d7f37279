using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// A strategy for the sweep's shared work: sites a sweep can share (an EMA of each length input, Bollinger Bands, an
/// ATR of a Pine-style input set in Setup, a cross of two shared values), sites it cannot (an average of the position, an EMA under a
/// condition), bracket exits that fill inside bars, and calc_on_order_fills, so bars run again after fills.
/// </summary>
[Strategy("Shared work probe", CalcOnOrderFills = true, InitialCapital = 100_000, DefaultQuantity = 10_000)]
public partial class SharedWorkProbe
{
    [Input("Fast", MinValue = 1)] public int Fast { get; init; } = 9;
    [Input("Slow", MinValue = 1)] public int Slow { get; init; } = 21;
    [Input("Band width", MinValue = 0.1)] public double Width { get; init; } = 2;
    private int _atrLength;

    protected override void Setup() => _atrLength = input.Int(14, "ATR length", minValue: 1); // Pine-style: shareable too

    protected override void Process()
    {
        double fast = ta.Ema(close, Fast);                          // shared: Fast
        double slow = ta.Ema(close, Slow);                          // shared: Slow
        var (_, upper, lower) = ta.Bb(close, Slow, Width);          // shared: Slow, Width
        double atr = ta.Atr(_atrLength);                            // shared: ATR length (the same in every run)
        bool up = ta.Crossover(fast, slow);                         // shared: Fast, Slow
        double held = ta.Sma(strategy.PositionSize, 5);             // never shared: strategy state
        if (strategy.PositionSize != 0)
        {
#pragma warning disable SG0062 // On purpose: a site under a condition, which a sweep must not share.
            double trend = ta.Ema(close, 3);                        // never shared: under a condition
#pragma warning restore SG0062
            if (trend > upper && held > 0)
            {
                strategy.Close("Long");
            }
        }

        if (up)
        {
            strategy.Entry("Long", Direction.Long);
        }
        else if (close < lower)
        {
            strategy.Entry("Short", Direction.Short);
        }

        if (!na(atr))
        {
            strategy.Exit("Long exit", "Long", stop: close - 2 * atr, limit: close + 3 * atr);
            strategy.Exit("Short exit", "Short", stop: close + 2 * atr, limit: close - 3 * atr);
        }
    }
}
