using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.bb</c>: Bollinger Bands, <c>sma(source, length)</c> plus and minus
/// <c>mult * stdev(source, length)</c>.
/// </summary>
/// <remarks>
/// The middle band and the deviation come from one pair of TradingView rolling sums
/// (<see cref="RollingMoments"/>), as TradingView's <c>ta.sma</c> and <c>ta.stdev</c> of the same
/// source share theirs. na handling and warm-up are <see cref="StdevState"/>'s: an na source holds
/// the bands; na until <c>length</c> non-na values.
/// </remarks>
public struct BbState : IRestorableState<BbState>
{
    private int _length;
    private RollingMoments _moments;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the middle, upper and lower bands.</summary>
    public (double Middle, double Upper, double Lower) Update(double source, int length, double mult)
    {
        _length = TaArguments.Checked("bb", length, _length);
        if (!_moments.Update(source, length))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        double middle = _moments.Mean(length);
        double deviation = Math.Sqrt(_moments.Variance(length, biased: true)) * mult;
        return (middle, middle + deviation, middle - deviation);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref BbState target)
    {
        target._length = _length;
        _moments.CopyTo(ref target._moments);
    }
}
