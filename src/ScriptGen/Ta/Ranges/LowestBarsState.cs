using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.lowestbars</c>: the offset to the lowest value of the last <c>length</c>
/// bars, 0 for this bar and negative for earlier ones.
/// </summary>
/// <remarks>As <see cref="HighestBarsState"/>, for the lowest value (the oldest of equal lows).</remarks>
public struct LowestBarsState : IRestorableState<LowestBarsState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Offset to the lowest value of the last <paramref name="length"/> bars: 0 for this bar, -1 for the previous one, ... (the oldest of equal lows).</summary>
    [PineFunction("ta.lowestbars", Name = "LowestBars")]
    [PineFunction("ta.lowestbars", Name = "LowestBars", Implicit = new[] { "source", "Low" }, Batch = false, Summary = "Offset to the lowest <c>low</c> of the last <paramref name=\"length\"/> bars.")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("lowestbars", length, _length);
        return _window.Update(source, length, barIndex, maximum: false) ? -_window.Offset : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref LowestBarsState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
