using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

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

    /// <summary>Highest value of the last <paramref name="length"/> bars.</summary>
    [PineFunction("ta.highest")]
    [PineFunction("ta.highest", Implicit = new[] { "source", "High" }, Batch = false, Summary = "Highest <c>high</c> of the last <paramref name=\"length\"/> bars.")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
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
