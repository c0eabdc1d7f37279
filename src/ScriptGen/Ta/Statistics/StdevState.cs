using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.stdev</c>: the standard deviation of the last <c>length</c> non-na
/// values, population (biased) by default.
/// </summary>
/// <remarks>
/// The square root of TradingView's variance (<see cref="RollingMoments"/>), computed with
/// TradingView's own rolling sums: the variance is a difference of nearly equal numbers, so only the
/// same sums give the same deviation to 1e-9. The window is na-compacted: an na source returns the
/// current deviation (na during warm-up). Warm-up: na until <c>length</c> non-na values; an unbiased
/// deviation of length 1 is always na.
/// </remarks>
public struct StdevState : IRestorableState<StdevState>
{
    private int _length;
    private RollingMoments _moments;

    /// <summary>Standard deviation of the last <paramref name="length"/> non-na values; population (biased) unless <paramref name="biased"/> is false.</summary>
    [PineFunction("ta.stdev")]
    public double Update([Series] double source, [WindowLength] int length, bool biased = true)
    {
        _length = TaArguments.Checked("stdev", length, _length);
        return _moments.Update(source, length) ? Math.Sqrt(_moments.Variance(length, biased)) : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref StdevState target)
    {
        target._length = _length;
        _moments.CopyTo(ref target._moments);
    }
}
