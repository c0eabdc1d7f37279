using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.change(source, length)</c> (and <c>ta.mom</c>): <c>source - source[length]</c>,
/// where <c>source[length]</c> is the value this call site was given <c>length</c> calls ago.
/// </summary>
/// <remarks>
/// The history keeps na values as they came (it is not na-compacted): the change is na when the
/// current value or the one <c>length</c> calls back is na, and during the first <c>length</c> calls.
/// The difference is exact, as on TradingView (measured by PyneCore: no rounding of the result).
/// </remarks>
public struct ChangeState : IRestorableState<ChangeState>
{
    private int _length;
    private RingBuffer _history;

    /// <summary><paramref name="source"/> less its value <paramref name="length"/> calls ago; na when either is na and during the first <paramref name="length"/> calls.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.change", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length = 1) => Update(source, length, "change");

    /// <summary>The same, with <paramref name="source"/> a bar column: its value <paramref name="length"/> bars ago is read from the column, not kept.</summary>
    /// <remarks>Equal to <see cref="Update(double, int)"/> for a call made on every bar from the first (the only calls the generator makes in place).</remarks>
    internal double UpdateInPlace(PriceSeries source, int length = 1) => UpdateInPlace(source, length, "change");

    /// <summary>The same, with <paramref name="function"/> named in argument errors.</summary>
    internal double Update(double source, int length, string function)
    {
        _length = TaArguments.Checked(function, length, _length);
        return _history.Push(source, length, out double previous) ? source - previous : double.NaN;
    }

    /// <summary>The same in place, with <paramref name="function"/> named in argument errors.</summary>
    internal double UpdateInPlace(PriceSeries source, int length, string function)
    {
        _length = TaArguments.Checked(function, length, _length);
        return source[0] - source[length]; // na before bar `length`, as the copied history's first `length` calls
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref ChangeState target)
    {
        target._length = _length;
        _history.CopyTo(ref target._history);
    }
}
