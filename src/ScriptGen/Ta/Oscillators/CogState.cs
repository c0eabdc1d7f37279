using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.cog</c>: the center of gravity,
/// <c>-sum((i + 1) * source[i], i = 0 .. length - 1) / sum(source, length)</c>, in O(1) per bar.
/// </summary>
/// <remarks>
/// The window is na-compacted, as PyneCore measured on TradingView: an na source is not stored and
/// returns the last value (na during warm-up). Warm-up: na until <c>length</c> non-na values. The
/// numerator is <c>(length + 1) * sum - weighted</c> from the rolling sums of
/// <see cref="LinearlyWeightedWindow"/> (oldest weight 1): the newest value has weight 1 here.
/// </remarks>
public struct CogState : IRestorableState<CogState>
{
    private int _length;
    private LinearlyWeightedWindow _window;
    private double _last;

    /// <summary>Center of gravity (Ehlers).</summary>
    [PineFunction("ta.cog")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("cog", length, _length);
        if (double.IsNaN(source))
        {
            return _window.IsFull ? _last : double.NaN;
        }

        _window.Push(source, length);
        if (!_window.IsFull)
        {
            return double.NaN;
        }

        double sum = _window.Sum;
        double numerator = (length + 1) * sum - _window.WeightedSum;
        _last = -numerator / sum;
        return _last;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref CogState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
        target._last = _last;
    }
}
