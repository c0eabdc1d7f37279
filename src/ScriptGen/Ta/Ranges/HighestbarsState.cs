using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.highestbars</c>: the offset to the highest value of the last <c>length</c>
/// bars, 0 for this bar and negative for earlier ones (as Pine returns it, ready for <c>high[-offset]</c>).
/// </summary>
/// <remarks>
/// Window, warm-up and na handling as <see cref="HighestState"/>. Of equal highs the oldest in the
/// window counts, as TradingView's does (measured by PyneCore). The offset is a whole number but is
/// returned as a double because it is na during warm-up.
/// </remarks>
public struct HighestbarsState : IRestorableState<HighestbarsState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the offset of the window's highest value.</summary>
    public double Update(double source, int length, int barIndex)
    {
        _length = TaArguments.Checked("highestbars", length, _length);
        return _window.Update(source, length, barIndex, maximum: true) ? -_window.Offset : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref HighestbarsState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
