using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The sum and the sum of squares of the last <c>length</c> non-na values, both with TradingView's
/// rolling sum (<see cref="PineRollingSum"/>), and the variance TradingView derives from them. Shared
/// by <see cref="StdevState"/>, <see cref="BbState"/> and <see cref="BbwState"/>.
/// </summary>
/// <remarks>
/// The variance, as PyneCore measured it bit for bit on TradingView (<c>ta.variance</c>): with
/// <c>p</c> the sum, <c>q</c> the sum of squares and <c>m = p / n</c>, biased
/// <c>max(0, q / n - m * m)</c>, unbiased <c>max(0, q / (n - 1) - p * m / (n - 1))</c>. The
/// subtraction cancels most of the digits of <c>q / n</c>, which is why the sums must be TradingView's
/// to the bit for the deviation to agree to 1e-9.
/// </remarks>
internal struct RollingMoments : IRestorableState<RollingMoments>
{
    private PineRollingSum _sum;
    private PineRollingSum _squares;
    private double _p;
    private double _q;

    /// <summary>Feeds one value; returns whether the window is full (na values hold the window as it is).</summary>
    public bool Update(double source, int length)
    {
        // Both sums advance on every call, na included (an na leaves both as they are).
        _p = _sum.Add(source, length);
        _q = _squares.Add(source * source, length);
        return IsDefined;
    }

    /// <summary>Whether the window is full: what the last <see cref="Update"/> returned.</summary>
    public readonly bool IsDefined => !double.IsNaN(_p) && !double.IsNaN(_q);

    /// <summary>The mean of the window, <c>p / length</c> (TradingView's <c>ta.sma</c> on the same sum).</summary>
    public readonly double Mean(int length) => _p / length;

    /// <summary>The variance of the window; na for an unbiased variance of one value.</summary>
    public readonly double Variance(int length, bool biased)
    {
        if (biased)
        {
            double mean = _p / length;
            return Math.Max(0.0, _q / length - mean * mean);
        }

        if (length == 1)
        {
            return double.NaN;
        }

        double m = _p / length;
        return Math.Max(0.0, _q / (length - 1) - _p * m / (length - 1));
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RollingMoments target)
    {
        _sum.CopyTo(ref target._sum);
        _squares.CopyTo(ref target._squares);
        target._p = _p;
        target._q = _q;
    }
}
