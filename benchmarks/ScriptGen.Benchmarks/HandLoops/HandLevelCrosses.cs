using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// <c>ta.crossover(x, lowLevel)</c> and <c>ta.crossunder(x, highLevel)</c> on one series, by hand: a cross
/// fires when x is past the level now and was at or on the other side of it on the last bar where x was
/// defined; the first defined bar never fires; an na bar neither fires nor changes what was seen.
/// </summary>
internal struct HandLevelCrosses(double lowLevel, double highLevel)
{
    private bool _wasAtOrBelowLow;
    private bool _wasAtOrAboveHigh;

    /// <summary>x crossed up through the low level on the bar last added.</summary>
    public bool CrossedUp { get; private set; }

    /// <summary>x crossed down through the high level on the bar last added.</summary>
    public bool CrossedDown { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double x)
    {
        CrossedUp = x > lowLevel && _wasAtOrBelowLow;
        CrossedDown = x < highLevel && _wasAtOrAboveHigh;
        if (!double.IsNaN(x))
        {
            _wasAtOrBelowLow = x <= lowLevel;
            _wasAtOrAboveHigh = x >= highLevel;
        }
    }
}
