using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.range</c>: <c>highest(source, length) - lowest(source, length)</c>.
/// </summary>
/// <remarks>
/// The windows are <see cref="HighestState"/>'s (spanning bars, na while
/// <c>bar_index &lt; length - 1</c>). As PyneCore measured, an na source returns na and is not
/// fed to the windows.
/// </remarks>
public struct RangeState : IRestorableState<RangeState>
{
    private int _length;
    private MonotonicWindow _highs;
    private MonotonicWindow _lows;

    /// <summary>Highest minus lowest value of the last <paramref name="length"/> bars.</summary>
    [PineFunction("ta.range")]
    public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("range", length, _length);
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        bool highs = _highs.Update(source, length, barIndex, maximum: true);
        bool lows = _lows.Update(source, length, barIndex, maximum: false);
        return highs && lows ? _highs.Extreme - _lows.Extreme : double.NaN;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RangeState target)
    {
        target._length = _length;
        _highs.CopyTo(ref target._highs);
        _lows.CopyTo(ref target._lows);
    }
}
