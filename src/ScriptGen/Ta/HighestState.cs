namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.highest</c>: the highest of the last <c>length</c> values, in amortized O(1).
/// </summary>
/// <remarks>
/// Warm-up: na until the call site has run <c>length</c> times (on every bar: bar <c>length - 1</c>,
/// as in Pine). na values take a place in the window but are ignored by the comparison.
/// </remarks>
public struct HighestState
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the highest value of the window.</summary>
    public double Update(double source, int length)
    {
        TaArguments.CheckLength("highest", length, ref _length);
        return _window.Update(source, length, maximum: true);
    }
}
