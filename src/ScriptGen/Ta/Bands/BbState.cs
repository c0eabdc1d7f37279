using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

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

    /// <summary>Bollinger Bands: the middle band <c>sma(series, length)</c> and the bands <paramref name="mult"/> population standard deviations above and below it; deconstruct it with <c>var (middle, upper, lower) = ta.Bb(close, 20, 2)</c>.</summary>
    [PineFunction("ta.bb", Signature = "[middle, upper, lower] = ta.bb(series, length, mult)")]
    public (double Middle, double Upper, double Lower) Update([Series] double series, [WindowLength] int length, double mult)
    {
        _length = TaArguments.Checked("bb", length, _length);
        if (!_moments.Update(series, length))
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
