using System.Runtime.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// A running sum with Neumaier (improved Kahan) compensation: adding and later subtracting the same
/// values over millions of bars does not drift, as TradingView's rolling sums do not.
/// </summary>
public struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total.</summary>
    public readonly double Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _sum + _compensation;
    }

    /// <summary>The running sum without its compensation (the larger part of <see cref="Value"/>).</summary>
    internal readonly double High => _sum;

    /// <summary>The accumulated rounding errors (the smaller part of <see cref="Value"/>).</summary>
    internal readonly double Low => _compensation;

    /// <summary>Adds <paramref name="value"/> (subtract by adding its negation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value)
    {
        double total = _sum + value;
        // Recover the low-order bits lost by the addition from whichever operand was smaller.
        _compensation += Math.Abs(_sum) >= Math.Abs(value)
            ? (_sum - total) + value
            : (value - total) + _sum;
        _sum = total;
    }

    /// <summary>Forgets everything added so far.</summary>
    public void Reset()
    {
        _sum = 0;
        _compensation = 0;
    }
}
