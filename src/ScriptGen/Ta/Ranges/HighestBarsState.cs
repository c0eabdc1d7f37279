using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

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
public struct HighestBarsState : IRestorableState<HighestBarsState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Offset to the highest value of the last <paramref name="length"/> bars: 0 for this bar, -1 for the previous one, ... (the oldest of equal highs). A whole number, as a double because it is na during warm-up.</summary>
    [PineFunction("ta.highestbars", Name = "HighestBars")]
    [PineFunction("ta.highestbars", Name = "HighestBars", Implicit = new[] { "source", "High" }, Batch = false, Summary = "Offset to the highest <c>high</c> of the last <paramref name=\"length\"/> bars.")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("highestbars", length, _length);
        return _window.Update(source, length, barIndex, maximum: true) ? -_window.Offset : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref HighestBarsState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
    }
}
