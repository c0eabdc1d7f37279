using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// The mean of the last <c>length</c> values (TradingView's rolling sum over the na-compacted window,
/// as <see cref="SmaState"/>) and their mean absolute deviation from it (over the last <c>length</c>
/// values given, na included): what <see cref="DevState"/> returns and <see cref="CciState"/> divides by.
/// </summary>
/// <remarks>
/// O(log length) per bar rather than TradingView's loop over the window: the values are kept ordered
/// (<see cref="OrderStatisticTree"/>), and with <c>k</c> values at or below the mean summing to
/// <c>s</c> the deviations sum to <c>(k * mean - s) + ((total - s) - (length - k) * mean)</c>. That
/// subtracts sums of whole values, so it keeps about as many digits as the values' level exceeds their
/// spread loses: on prices ~1.1 moving ~1e-3 within the window, ~1e-13 relative.
/// </remarks>
internal struct MeanDeviationWindow : IRestorableState<MeanDeviationWindow>
{
    private PineRollingSum _sum;
    private RingBuffer _window;
    private ColumnHistory _column;
    private OrderStatisticTree _sorted;
    private int _naCount;

    /// <summary>
    /// Feeds one value; returns the mean, and the mean absolute deviation: na until the window holds
    /// <paramref name="length"/> values and while an na is among them.
    /// </summary>
    public (double Mean, double Deviation) Update(double source, int length)
    {
        double mean = _sum.Add(source, length) / length;
        _sorted.EnsureCapacity(length);
        bool evicts = _window.Push(source, length, out double evicted);
        return Deviate(source, length, mean, evicts, evicted, _window.IsFull);
    }

    /// <summary>The same with the value this bar's of <paramref name="column"/>, whose history is read in place (<see cref="ColumnHistory"/>).</summary>
    public (double Mean, double Deviation) UpdateInPlace(PriceSeries column, int length)
    {
        double source = column[0];
        double mean = _sum.Add(source, length) / length;
        _sorted.EnsureCapacity(length);
        bool evicts = _column.Push(column, length, out double evicted);
        return Deviate(source, length, mean, evicts, evicted, _column.IsFull);
    }

    private (double Mean, double Deviation) Deviate(double source, int length, double mean, bool evicts, double evicted, bool full)
    {
        if (evicts)
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

        if (!full || _naCount > 0 || double.IsNaN(mean))
        {
            return (mean, double.NaN);
        }

        (int below, double belowSum) = _sorted.AtOrBelow(mean);
        double deviations = (below * mean - belowSum) + ((_sorted.Total - belowSum) - (length - below) * mean);
        return (mean, deviations / length);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref MeanDeviationWindow target)
    {
        _sum.CopyTo(ref target._sum);
        _window.CopyTo(ref target._window);
        target._column = _column;
        _sorted.CopyTo(ref target._sorted);
        target._naCount = _naCount;
    }
}
