using System.Runtime.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// A running sum with Neumaier (improved Kahan) compensation: adding and later subtracting the same
/// values over millions of bars does not drift.
/// </summary>
/// <remarks>
/// The <c>ta</c> states use it where TradingView re-sums a window every bar and ScriptGen keeps the
/// sums rolling instead (the weighted sums of <c>ta.wma</c>, <c>ta.linreg</c>, <c>ta.cog</c>). Where
/// TradingView itself keeps a rolling sum (<c>math.sum</c>, <c>ta.sma</c> and what is built on them),
/// the states use <see cref="PineRollingSum"/>, which reproduces TradingView's to the bit.
/// </remarks>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    /// <summary>The compensated total.</summary>
    public readonly double Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _sum + _compensation;
    }

    /// <summary>Adds <paramref name="value"/> (subtract by adding its negation).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value) => Add(ref _sum, ref _compensation, value);

    /// <summary>
    /// Neumaier's step on a sum held elsewhere (in locals, so that several additions chain in
    /// registers): adds <paramref name="value"/> to <paramref name="sum"/> and its rounding error to
    /// <paramref name="compensation"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Add(ref double sum, ref double compensation, double value)
    {
        double total = sum + value;
        // Recover the low-order bits lost by the addition from whichever operand was smaller.
        compensation += Math.Abs(sum) >= Math.Abs(value)
            ? (sum - total) + value
            : (value - total) + sum;
        sum = total;
    }

    /// <summary>Forgets everything added so far.</summary>
    public void Reset()
    {
        _sum = 0;
        _compensation = 0;
    }
}
