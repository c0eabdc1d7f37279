namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.dev(source, length)</c>: the mean absolute deviation of the last
/// <c>length</c> values from their mean, <c>sum(|source[i] - sma(source, length)|) / length</c>.
/// </summary>
/// <remarks>
/// <para>Pine's definition: the deviations run over the last <c>length</c> values this call site was
/// given, na included, so the result is na while an na is among them (and during the first
/// <c>length - 1</c> calls); the mean is <c>ta.sma</c>'s, TradingView's rolling sum over the
/// na-compacted window. A length of 1 is always 0, as on TradingView (measured by PyneCore).</para>
/// <para>O(log length) per bar rather than TradingView's loop over the window: the values are kept
/// ordered (<see cref="OrderStatisticTree"/>), and with <c>k</c> values at or below the mean summing to
/// <c>s</c> the deviations sum to <c>(k * mean - s) + ((total - s) - (length - k) * mean)</c>. That
/// subtracts sums of whole values, so it keeps about as many digits as the values' level exceeds their
/// spread loses: on prices ~1.1 moving ~1e-3 within the window, ~1e-13 relative.</para>
/// </remarks>
public struct DevState
{
    private int _length;
    private PineRollingSum _sum;
    private RingBuffer _window;
    private OrderStatisticTree _sorted;
    private int _naCount;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the mean absolute deviation.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    public double Update(double source, int length)
    {
        _length = TaArguments.Checked("dev", length, _length);
        if (length == 1)
        {
            return 0;
        }

        double mean = _sum.Add(source, length) / length;
        _sorted.EnsureCapacity(length);
        if (_window.Push(source, length, out double evicted))
        {
            if (double.IsNaN(evicted))
            {
                _naCount--;
            }
            else
            {
                _sorted.Remove(evicted);
            }
        }

        if (double.IsNaN(source))
        {
            _naCount++;
        }
        else
        {
            _sorted.Insert(source);
        }

        if (!_window.IsFull || _naCount > 0 || double.IsNaN(mean))
        {
            return double.NaN;
        }

        (int below, double belowSum) = _sorted.AtOrBelow(mean);
        double deviations = (below * mean - belowSum) + ((_sorted.Total - belowSum) - (length - below) * mean);
        return deviations / length;
    }
}
