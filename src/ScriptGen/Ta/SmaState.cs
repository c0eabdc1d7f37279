namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.sma</c>: the simple moving average of the last <c>length</c> non-na
/// values, with a compensated rolling sum.
/// </summary>
/// <remarks>
/// na handling (Pine, as measured by PyneCore against TradingView): the window is na-compacted.
/// An na source returns na and is not stored, so the average always covers the last
/// <c>length</c> non-na values. Warm-up: na until <c>length</c> non-na values have been seen.
/// </remarks>
public struct SmaState
{
    private int _length;
    private RingBuffer _window;
    private CompensatedSum _sum;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the average.</summary>
    public double Update(double source, int length)
    {
        TaArguments.CheckLength("sma", length, ref _length);
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        if (_window.Push(source, length, out double evicted))
        {
            _sum.Add(-evicted);
        }

        _sum.Add(source);
        return _window.IsFull ? _sum.Value / length : double.NaN;
    }
}
