using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.lowest</c>: the lowest value of the last <c>length</c> bars, in amortized O(1).
/// </summary>
/// <remarks>Window, warm-up and na handling as <see cref="HighestState"/>.</remarks>
public struct LowestState : IRestorableState<LowestState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the lowest value of the window.</summary>
    public double Update(double source, int length, int barIndex)
    {
        _length = TaArguments.Checked("lowest", length, _length);
        return _window.Update(source, length, barIndex, maximum: false) ? _window.Extreme : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref LowestState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
