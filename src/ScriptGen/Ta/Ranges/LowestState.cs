using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.lowest</c>: the lowest value of the last <c>length</c> bars, in amortized O(1).
/// </summary>
/// <remarks>Window, warm-up and na handling as <see cref="HighestState"/>.</remarks>
public struct LowestState : IRestorableState<LowestState>
{
    private int _length;
    private MonotonicWindow _window;

    /// <summary>Lowest value of the last <paramref name="length"/> bars.</summary>
    [PineFunction("ta.lowest")]
    [PineFunction("ta.lowest", Implicit = new[] { "source", "Low" }, Batch = false, Summary = "Lowest <c>low</c> of the last <paramref name=\"length\"/> bars.")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
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
