using ScriptGen;

namespace Golden;

/// <summary>
/// Which call sites a sweep may share between runs. Shared: sites that run on every bar and whose arguments read only
/// bars, inputs, constants and other shared sites. Not shared: the rest, each for the reason in its comment.
/// </summary>
[Strategy("Shared calls")]
public partial class SharedCalls
{
    private double _level = 1;

    [Input("Fast")] public int Fast { get; init; } = 9;
    [Input("Slow")] public int Slow { get; init; } = 21;
    [Input("Multiplier")] public double Multiplier { get; init; } = 2;
    [Input("Use filter")] public bool UseFilter { get; init; } = true;
    private int _window;
    private int _adaptive;

    protected override void Setup()
    {
        _window = input.Int(5, "Window");       // set here only: an input on every bar
        _adaptive = input.Int(5, "Adaptive");   // also written in Process: not an input there
    }

    protected override void Process()
    {
        double fast = ta.Ema(close, Fast);                              // shared: Fast
        double slow = ta.Sma((high + low) / 2 * Multiplier, Slow);      // shared: Multiplier, Slow
        double atr = ta.Atr(14);                                        // shared: reads no input
        double nested = ta.Ema(ta.Rsi(close[1], Fast), Slow);           // both shared: Fast; Fast, Slow
        double choice = ta.Sma(UseFilter ? hl2 : close, 5);             // shared: UseFilter
        double plain = ta.Sma(math.Abs(close - open) + nz(fast), 3);    // shared: Fast
        var (middle, upper, lower) = ta.Bb(close, Slow, Multiplier);    // shared: Slow, Multiplier
        double band = ta.Sma(upper - lower, Fast);                      // shared: Slow, Multiplier, Fast

        double position = ta.Sma(strategy.PositionSize, 3);             // not shared: strategy state
        double field = ta.Sma(close * _level, 3);                       // not shared: a field
        double changed = close;
        changed += 1;
        double fromChanged = ta.Sma(changed, 3);                        // not shared: a local written twice

        if (ta.Crossover(fast, slow))                                   // shared: an if's condition runs every bar
        {
            double inside = ta.Sma(close, 4);                           // not shared: runs under a condition
            strategy.Entry("Long", Direction.Long);
        }

        double either = fast > slow ? ta.Sma(close, 6) : 0;             // not shared: conditional operand
        bool both = fast > 0 && ta.Rising(close, 2);                    // not shared: right of &&

        double windowed = ta.Sma(close, _window);                       // shared: _window (Pine-style input)
        _adaptive++;
        double adaptive = ta.Sma(close, _adaptive);                     // not shared: the member is written again

        if (bar_index < 10)
        {
            return;
        }

        double late = ta.Sma(close, 7);                                 // not shared: after a return
        _level = middle + band + atr + nested + choice + plain + position + field + fromChanged + either + late + windowed + adaptive + (both ? 1 : 0);
    }
}
