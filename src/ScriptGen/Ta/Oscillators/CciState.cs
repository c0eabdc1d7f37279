namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.cci</c>: the commodity channel index,
/// <c>(source - sma(source, length)) / (0.015 * dev(source, length))</c>, where <c>dev</c> is the mean
/// absolute deviation from that average.
/// </summary>
/// <remarks>
/// <para>
/// Pine's definition: <c>dev</c> sums <c>|source[i] - mean|</c> over the last <c>length</c> values the
/// call saw, na included, so the index is na on an na bar and while an na is in that window (the
/// average itself is <see cref="SmaState"/>'s, na-compacted). Warm-up: bar <c>length - 1</c> without na.
/// </para>
/// <para>
/// The sum of absolute deviations is O(log length) per bar, not a loop over the window: the values
/// are kept ordered (<see cref="OrderStatisticTree"/>), and with <c>k</c> values at or below the mean
/// summing to <c>s</c>, it is <c>(k * mean - s) + ((total - s) - (length - k) * mean)</c>.
/// </para>
/// </remarks>
public struct CciState
{
    private int _length;
    private SmaState _mean;
    private RingBuffer _window;
    private OrderStatisticTree _sorted;
    private int _naCount;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the index.</summary>
    public double Update(double source, int length)
    {
        _length = TaArguments.Checked("cci", length, _length);
        double mean = _mean.Update(source, length);
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
        double meanDeviation = deviations / length;
        return (source - mean) / (0.015 * meanDeviation);
    }
}
