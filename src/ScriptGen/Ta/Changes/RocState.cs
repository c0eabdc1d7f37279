using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.roc(source, length)</c>: the rate of change in percent,
/// <c>100 * (source - source[length]) / source[length]</c>.
/// </summary>
/// <remarks>
/// The history is this call site's own, na values kept (as <see cref="ChangeState"/>'s). na when the
/// current value or the one <c>length</c> calls back is na, during the first <c>length</c> calls, and
/// when the older value is 0 (Pine has no infinities: a division by zero is na).
/// </remarks>
public struct RocState : IRestorableState<RocState>
{
    private int _length;
    private RingBuffer _history;

    /// <summary>Rate of change in percent: <c>100 * (source - source[length]) / source[length]</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="length"/> differs from the call site's first length.</exception>
    [PineFunction("ta.roc", InPlace = nameof(UpdateInPlace))]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("roc", length, _length);
        if (!_history.Push(source, length, out double previous) || previous == 0)
        {
            return double.NaN;
        }

        return 100 * (source - previous) / previous;
    }

    /// <summary>The same, with <paramref name="source"/> a bar column: its value <paramref name="length"/> bars ago is read from the column, not kept.</summary>
    /// <remarks>Equal to <see cref="Update"/> for a call made on every bar from the first (the only calls the generator makes in place).</remarks>
    internal double UpdateInPlace(PriceSeries source, int length)
    {
        _length = TaArguments.Checked("roc", length, _length);
        double previous = source[length]; // na before bar `length`, as the copied history's first `length` calls
        return previous == 0 ? double.NaN : 100 * (source[0] - previous) / previous;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RocState target)
    {
        target._length = _length;
        _history.CopyTo(ref target._history);
    }
}
