using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.kc(series, length, mult, useTrueRange)</c>: Keltner channels, an EMA of the
/// series and bands <c>mult</c> EMAs of the range away from it.
/// </summary>
/// <remarks>
/// As TradingView computes them (measured by PyneCore): the range is <c>ta.tr</c>, na on the first bar,
/// or <c>high - low</c> without <c>useTrueRange</c>; both EMAs skip na inputs, so with the true range the
/// bands start a bar after the middle line. While the middle line is na all three are; while only the
/// range EMA is, the bands are na.
/// </remarks>
public struct KcState : IRestorableState<KcState>
{
    private int _length;
    private EmaState _middle;
    private EmaState _range;

    /// <summary>Keltner channels: the EMA of <paramref name="series"/> and bands <paramref name="mult"/> EMAs of the range (true range, or high - low without <paramref name="useTrueRange"/>) away.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first.</exception>
    [PineFunction("ta.kc", Signature = "[middle, upper, lower] = ta.kc(series, length, mult, useTrueRange)")]
    public (double Middle, double Upper, double Lower) Update(
        [Series] double series,
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [WindowLength] int length,
        double mult,
        bool useTrueRange = true) =>
        Update(series, high, low, previousClose, length, mult, useTrueRange, "kc");

    /// <summary>The same, with <paramref name="function"/> named in argument errors.</summary>
    internal (double Middle, double Upper, double Lower) Update(
        double series, double high, double low, double previousClose, int length, double mult, bool useTrueRange, string function)
    {
        _length = TaArguments.Checked(function, length, _length);
        double middle = _middle.Update(series, length);
        double span = useTrueRange ? TrueRange.Compute(high, low, previousClose, handleNa: false) : high - low;
        double range = _range.Update(span, length);
        if (double.IsNaN(middle))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        if (double.IsNaN(range))
        {
            return (middle, double.NaN, double.NaN);
        }

        range *= mult;
        return (middle, middle + range, middle - range);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref KcState target)
    {
        target._length = _length;
        _middle.CopyTo(ref target._middle);
        _range.CopyTo(ref target._range);
    }
}
