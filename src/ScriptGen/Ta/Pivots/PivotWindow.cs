namespace ScriptGen.Ta;

/// <summary>
/// Finds pivots over the last <c>leftbars + rightbars + 1</c> bars in amortized O(1): a deque of the
/// values that can still be the window's extreme, oldest first, where a new value evicts every value
/// it equals or beats. The front is then the newest of the extreme values, which is the pivot rule:
/// a pivot is at least every older bar of the window and strictly beyond every newer one.
/// </summary>
/// <remarks>
/// <c>MonotonicWindow</c> (<c>ta.highest</c>) is not reused because it reports the oldest of equal
/// extremes, and a pivot needs the newest. The window spans bars, as <c>ta.highest</c>'s does on
/// TradingView: a bar on which the call did not run adds nothing to it.
/// </remarks>
internal struct PivotWindow
{
    private double[]? _values;
    private int[]? _bars;
    private int _head;
    private int _count;
    private int _lastBar;

    /// <summary>
    /// Feeds this bar's value and returns the pivot found <paramref name="rightbars"/> bars back (its
    /// value), or na: na also when <paramref name="source"/> is na and before bar
    /// <c>leftbars + rightbars</c>.
    /// </summary>
    public double Update(double source, int leftbars, int rightbars, int barIndex, bool high)
    {
        int span = leftbars + rightbars + 1;
        if (_values is null)
        {
            _values = new double[span];
            _bars = new int[span];
            _lastBar = -1;
        }

        double[] values = _values;
        int[] bars = _bars!;
        if (barIndex <= _lastBar)
        {
            throw new ArgumentException($"The bar index must grow from call to call; got {barIndex} after {_lastBar}.", nameof(barIndex));
        }

        _lastBar = barIndex;
        while (_count > 0 && bars[_head] <= barIndex - span)
        {
            _head = Wrap(_head + 1, span);
            _count--;
        }

        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        while (_count > 0)
        {
            double back = values[Wrap(_head + _count - 1, span)];
            if (high ? back > source : back < source)
            {
                break;
            }

            _count--;
        }

        int slot = Wrap(_head + _count, span);
        values[slot] = source;
        bars[slot] = barIndex;
        _count++;

        return barIndex >= span - 1 && bars[_head] == barIndex - rightbars ? values[_head] : double.NaN;
    }

    private static int Wrap(int index, int span) => index >= span ? index - span : index;
}
