using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.median</c>: the median of the last <c>length</c> non-na values, in
/// O(log length) per bar.
/// </summary>
/// <remarks>
/// The window is na-compacted (PyneCore's measured behaviour): an na source returns na and is not
/// stored. For an even length the median is the mean of the two middle values. Warm-up: na until
/// <c>length</c> non-na values. The values are kept ordered in an <see cref="OrderStatisticTree"/>.
/// </remarks>
public struct MedianState : IRestorableState<MedianState>
{
    private int _length;
    private RingBuffer _window;
    private OrderStatisticTree _sorted;

    /// <summary>Median of the last <paramref name="length"/> non-na values.</summary>
    [PineFunction("ta.median")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("median", length, _length);
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        _sorted.EnsureCapacity(length);
        if (_window.Push(source, length, out double evicted))
        {
            _sorted.Remove(evicted);
        }

        _sorted.Insert(source);
        if (!_window.IsFull)
        {
            return double.NaN;
        }

        int middle = length / 2;
        return length % 2 == 1 ? _sorted.Select(middle) : (_sorted.Select(middle - 1) + _sorted.Select(middle)) / 2;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref MedianState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
        _sorted.CopyTo(ref target._sorted);
    }
}
