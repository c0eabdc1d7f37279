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
    private ColumnHistory _column;
    private OrderStatisticTree _counts;

    /// <summary>Most frequent of the last <paramref name="length"/> values; of equally frequent values, the smallest.</summary>
    [PineFunction("ta.mode", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("mode", length, _length);
        _counts.EnsureCapacity(length);
        return Enter(source, length, barIndex, _window.Push(source, length, out double evicted), evicted);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int length, int barIndex)
    {
        _length = TaArguments.Checked("mode", length, _length);
        _counts.EnsureCapacity(length);
        return Enter(source[0], length, barIndex, _column.Push(source, length, out double evicted), evicted);
    }

    private double Enter(double source, int length, int barIndex, bool evicts, double evicted)
    {
        if (evicts && !double.IsNaN(evicted))
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
        target._column = _column;
        _counts.CopyTo(ref target._counts);
    }
}
