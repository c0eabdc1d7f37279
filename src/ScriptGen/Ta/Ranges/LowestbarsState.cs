using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.lowestbars</c>: the offset to the lowest value of the last <c>length</c>
/// bars, 0 for this bar and negative for earlier ones.
/// </summary>
/// <remarks>As <see cref="HighestbarsState"/>, for the lowest value (the oldest of equal lows).</remarks>
public struct LowestbarsState : IRestorableState<LowestbarsState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the offset of the window's lowest value.</summary>
    public double Update(double source, int length, int barIndex)
    {
        _length = TaArguments.Checked("lowestbars", length, _length);
        return _window.Update(source, length, barIndex, maximum: false) ? -_window.Offset : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref LowestbarsState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
