using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.wpr</c>: Williams %R,
/// <c>100 * (close - highest(length)) / (highest(length) - lowest(length))</c> over the bars' highs and lows.
/// </summary>
/// <remarks>
/// Pine's definition; the windows are <c>ta.highest</c>'s and <c>ta.lowest</c>'s (they span bars, na
/// while <c>bar_index &lt; length - 1</c>). 0 at the window's high, -100 at its low.
/// </remarks>
public struct WprState : IRestorableState<WprState>
{
    private int _length;
    private MonotonicWindow _highs;
    private MonotonicWindow _lows;

    /// <summary>Williams %R of the bars: <c>100 * (close - highest) / (highest - lowest)</c>, from -100 to 0.</summary>
    [PineFunction("ta.wpr")]
    public double Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [WindowLength] int length,
        [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("wpr", length, _length);
        bool highs = _highs.Update(high, length, barIndex, maximum: true);
        bool lows = _lows.Update(low, length, barIndex, maximum: false);
        if (!highs || !lows)
        {
            return double.NaN;
        }

        double highest = _highs.Extreme;
        return 100 * (close - highest) / (highest - _lows.Extreme);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref WprState target)
    {
        target._length = _length;
        _highs.CopyTo(ref target._highs);
        _lows.CopyTo(ref target._lows);
    }
}
