using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.variance(source, length, biased)</c>: the variance of the last
/// <c>length</c> non-na values, population (biased) by default.
/// </summary>
/// <remarks>
/// Computed as TradingView does (<see cref="RollingMoments"/>: its rolling sums of the values and of
/// their squares, then <c>max(0, q / n - m²)</c>, or <c>max(0, q / (n - 1) - p·m / (n - 1))</c>
/// unbiased). The window is na-compacted: an na source returns the current variance (na during
/// warm-up). Warm-up: na until <c>length</c> non-na values; an unbiased variance of length 1 is na.
/// </remarks>
public struct VarianceState : IRestorableState<VarianceState>
{
    private int _length;
    private RollingMoments _moments;

    /// <summary>Variance of the last <paramref name="length"/> non-na values; population (biased) unless <paramref name="biased"/> is false.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.variance")]
    public double Update([Series] double source, [WindowLength] int length, bool biased = true)
    {
        _length = TaArguments.Checked("variance", length, _length);
        return _moments.Update(source, length) ? _moments.Variance(length, biased) : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref VarianceState target)
    {
        target._length = _length;
        _moments.CopyTo(ref target._moments);
    }
}
