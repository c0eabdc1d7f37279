using System.Runtime.CompilerServices;
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

    /// <summary>One more than the bar whose moments a paired <c>ta.sma</c> call fed (0: none yet).</summary>
    private int _meanFedBar;

    /// <summary>Standard deviation of the last <paramref name="length"/> non-na values; population (biased) unless <paramref name="biased"/> is false.</summary>
    [PineFunction("ta.stdev")]
    public double Update([Series] double source, [WindowLength] int length, bool biased = true)
    {
        _length = TaArguments.Checked("stdev", length, _length);
        return _moments.Update(source, length) ? Math.Sqrt(_moments.Variance(length, biased)) : double.NaN;
    }

    /// <summary>
    /// <c>ta.sma(source, length)</c> at a call site paired with this one (<see cref="PairedWindowCalls"/>): feeds the
    /// moments, as <see cref="Update"/> would, and returns their mean, <see cref="SmaState"/>'s value on the same
    /// inputs to the bit (the same rolling sum over the same values, divided by the same length). Notes
    /// <paramref name="barIndex"/>, so the deviation's call on this bar reads the moments instead of feeding them again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double UpdateForMean(double source, int length, int barIndex)
    {
        // The length is the sma call's own: its errors name ta.sma, as its own state's would.
        _length = TaArguments.Checked("sma", length, _length);
        _moments.Update(source, length);
        _meanFedBar = barIndex + 1;
        return _moments.Mean(length);
    }

    /// <summary>
    /// <c>ta.stdev(source, length, biased)</c> at a call site paired with an earlier <c>ta.sma</c> of the same source and
    /// length: the deviation of the moments that call fed on this bar, or, on a bar it did not feed them (its value read
    /// from a sweep's shared series), <see cref="Update"/> itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal double UpdateAfterMean(double source, int length, bool biased, int barIndex)
    {
        if (_meanFedBar != barIndex + 1)
        {
            return Update(source, length, biased);
        }

        // The average's call checked the length on this bar: the pair's lengths are one value (PairedWindowSites).
        return _moments.IsDefined ? Math.Sqrt(_moments.Variance(length, biased)) : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref StdevState target)
    {
        target._length = _length;
        target._meanFedBar = _meanFedBar;
        _moments.CopyTo(ref target._moments);
    }
}
