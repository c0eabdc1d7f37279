using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.pivotlow(source, leftbars, rightbars)</c>: on the bar <c>rightbars</c>
/// after a pivot low, its value; na otherwise. The mirror of <see cref="PivotHighState"/>: at most every
/// one of the <c>leftbars</c> bars before it, strictly below every one of the <c>rightbars</c> after it.
/// </summary>
public struct PivotLowState : IRestorableState<PivotLowState>
{
    private int _leftbars;
    private int _rightbars;
    private PivotWindow _window;

    /// <summary>On the bar <paramref name="rightbars"/> after a pivot low of <paramref name="source"/> (at most the <paramref name="leftbars"/> bars before it, below the <paramref name="rightbars"/> after it), its value; na otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leftbars"/> or <paramref name="rightbars"/> below 1.</exception>
    /// <exception cref="ArgumentException">A strength that differs from the call site's first, or a bar index that does not grow.</exception>
    [PineFunction("ta.pivotlow", Name = "PivotLow", InPlace = nameof(UpdateInPlace))]
    [PineFunction("ta.pivotlow", Name = "PivotLow", Implicit = new[] { "source", "Low" }, Batch = false)]
    public double Update(
        [Series] double source,
        int leftbars,
        [WindowLength] int rightbars,
        [Bar(BarValue.BarIndex)] int barIndex)
    {
        _leftbars = TaArguments.Checked("pivotlow", nameof(leftbars), leftbars, _leftbars);
        _rightbars = TaArguments.Checked("pivotlow", nameof(rightbars), rightbars, _rightbars);

        return _window.Update(source, leftbars, rightbars, barIndex, high: false);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int leftbars, int rightbars, int barIndex)
    {
        _leftbars = TaArguments.Checked("pivotlow", nameof(leftbars), leftbars, _leftbars);
        _rightbars = TaArguments.Checked("pivotlow", nameof(rightbars), rightbars, _rightbars);

        return _window.UpdateInPlace(source, leftbars, rightbars, barIndex, high: false);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PivotLowState target)
    {
        target._leftbars = _leftbars;
        target._rightbars = _rightbars;
        _window.CopyTo(ref target._window);
    }
}
