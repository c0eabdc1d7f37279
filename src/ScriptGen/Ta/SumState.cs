namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>math.sum(source, length)</c>: the sum of the last <c>length</c> non-na values,
/// with a compensated rolling sum.
/// </summary>
/// <remarks>
/// na handling, as TradingView does it (PyneCore's <c>math.sum</c> test replays TradingView's log of
/// <c>math.sum</c> over a series that is na on two bars of three): the window is na-compacted, and an
/// na source stores nothing and returns the current sum, which is na until <c>length</c> non-na values
/// have been seen. A length of 1 returns the source itself (na included). Warm-up: the first value
/// comes with the <c>length</c>-th non-na value.
/// </remarks>
public struct SumState
{
    private int _length;
    private RingBuffer _window;
    private CompensatedSum _sum;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the sum of the window.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    public double Update(double source, int length)
    {
        TaArguments.CheckLength("sum", length, ref _length, "math");
        if (length == 1)
        {
            return source;
        }

        if (!double.IsNaN(source))
        {
            if (_window.Push(source, length, out double evicted))
            {
                _sum.Add(-evicted);
            }

            _sum.Add(source);
        }

        return _window.IsFull ? _sum.Value : double.NaN;
    }
}
