using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.mode</c>: the most frequent of the last <c>length</c> values (of equally
/// frequent values, the smallest), in O(log length) per bar.
/// </summary>
/// <remarks>
/// As PyneCore measured on TradingView: the window is the last <c>length</c> values the call saw, na
/// values taking a place but not counted; an na source returns na; na while
/// <c>bar_index &lt; length - 1</c> or when the window holds no value. Values are equal only when
/// exactly equal. The counts are kept in an <see cref="OrderStatisticTree"/>.
/// </remarks>
public struct ModeState : IRestorableState<ModeState>
{
    private int _length;
    private RingBuffer _window;
    private OrderStatisticTree _counts;

    /// <summary>Most frequent of the last <paramref name="length"/> values; of equally frequent values, the smallest.</summary>
    [PineFunction("ta.mode")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("mode", length, _length);
        _counts.EnsureCapacity(length);
        if (_window.Push(source, length, out double evicted) && !double.IsNaN(evicted))
        {
            _counts.Remove(evicted);
        }

        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        _counts.Insert(source);
        return barIndex < length - 1 ? double.NaN : _counts.Mode;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref ModeState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
        _counts.CopyTo(ref target._counts);
    }
}
