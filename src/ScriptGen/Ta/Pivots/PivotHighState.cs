using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.pivothigh(source, leftbars, rightbars)</c>: on the bar <c>rightbars</c>
/// after a pivot high, its value; na otherwise.
/// </summary>
/// <remarks>
/// A pivot high is a value at least every one of the <c>leftbars</c> bars before it and strictly above
/// every one of the <c>rightbars</c> bars after it (TradingView's rule, as PyneCore measured it:
/// exact comparisons, the newest of equal highs wins). na values never pivot; the result is na on a bar
/// whose source is na, and before bar <c>leftbars + rightbars</c>. O(1) amortized per bar.
/// </remarks>
public struct PivotHighState : IRestorableState<PivotHighState>
{
    private int _leftbars;
    private int _rightbars;
    private PivotWindow _window;

    /// <summary>On the bar <paramref name="rightbars"/> after a pivot high of <paramref name="source"/> (at least the <paramref name="leftbars"/> bars before it, above the <paramref name="rightbars"/> after it), its value; na otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leftbars"/> or <paramref name="rightbars"/> below 1.</exception>
    /// <exception cref="ArgumentException">A strength that differs from the call site's first, or a bar index that does not grow.</exception>
    [PineFunction("ta.pivothigh", Name = "PivotHigh", InPlace = nameof(UpdateInPlace))]
    [PineFunction("ta.pivothigh", Name = "PivotHigh", Implicit = new[] { "source", "High" }, Batch = false)]
    public double Update(
        [Series] double source,
        int leftbars,
        [WindowLength] int rightbars,
        [Bar(BarValue.BarIndex)] int barIndex)
    {
        _leftbars = TaArguments.Checked("pivothigh", nameof(leftbars), leftbars, _leftbars);
        _rightbars = TaArguments.Checked("pivothigh", nameof(rightbars), rightbars, _rightbars);

        return _window.Update(source, leftbars, rightbars, barIndex, high: true);
    }

    /// <summary>The same, with <paramref name="source"/> a bar column whose history is read in place (a call made on every bar).</summary>
    internal double UpdateInPlace(PriceSeries source, int leftbars, int rightbars, int barIndex)
    {
        _leftbars = TaArguments.Checked("pivothigh", nameof(leftbars), leftbars, _leftbars);
        _rightbars = TaArguments.Checked("pivothigh", nameof(rightbars), rightbars, _rightbars);

        return _window.UpdateInPlace(source, leftbars, rightbars, barIndex, high: true);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref PivotHighState target)
    {
        target._leftbars = _leftbars;
        target._rightbars = _rightbars;
        _window.CopyTo(ref target._window);
    }
}
