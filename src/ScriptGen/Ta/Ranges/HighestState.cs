using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.highest</c>: the highest value of the last <c>length</c> bars, in amortized O(1).
/// </summary>
/// <remarks>
/// The window spans bars and warms up on the bar index (<see cref="MonotonicWindow"/>): na while
/// <c>bar_index &lt; length - 1</c>, and na values are ignored (na only while the window holds none
/// other).
/// </remarks>
public struct HighestState : IRestorableState<HighestState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Feeds this bar's <paramref name="source"/> and returns the highest value of the window.</summary>
    public double Update(double source, int length, int barIndex)
    {
        _length = TaArguments.Checked("highest", length, _length);
        return _window.Update(source, length, barIndex, maximum: true) ? _window.Extreme : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref HighestState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
