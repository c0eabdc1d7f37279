namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.stdev</c>: the standard deviation of the last <c>length</c> non-na
/// values, population (biased) by default.
/// </summary>
/// <remarks>
/// Computed as TradingView does (measured by PyneCore): with compensated rolling sums
/// p = Σx and q = Σx², mean m = p / n, variance = max(0, q / n - m²) (biased) or
/// max(0, q / (n - 1) - p·m / (n - 1)) (unbiased; na for a length of 1); stdev = √variance.
/// The window is na-compacted as <see cref="SmaState"/>'s.
/// </remarks>
public struct StdevState
{
    private int _length;
    private RingBuffer _window;
    private CompensatedSum _sum;
    private CompensatedSum _sumOfSquares;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the standard deviation.</summary>
    public double Update(double source, int length, bool biased)
    {
        TaArguments.CheckLength("stdev", length, ref _length);
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        if (_window.Push(source, length, out double evicted))
        {
            _sum.Add(-evicted);
            _sumOfSquares.Add(-(evicted * evicted));
        }

        _sum.Add(source);
        _sumOfSquares.Add(source * source);
        if (!_window.IsFull || (!biased && length == 1))
        {
            return double.NaN;
        }

        double p = _sum.Value;
        double q = _sumOfSquares.Value;
        double mean = p / length;
        double variance = biased
            ? q / length - mean * mean
            : q / (length - 1) - p * mean / (length - 1);
        return Math.Sqrt(Math.Max(0.0, variance));
    }
}
