using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.wma</c>: the linearly weighted moving average of the last <c>length</c>
/// values (newest weight <c>length</c>, oldest 1), in O(1) per bar.
/// </summary>
/// <remarks>
/// na handling (measured on TradingView by PyneCore, <c>tests/t01_lib/t20_ta/test_246_wma_exact</c>):
/// unlike <c>ta.sma</c>, the window is not na-compacted. An na source returns na, and the window
/// takes the last non-na value again in its place, so the average spans the last <c>length</c>
/// calls. Warm-up: na until <c>length</c> non-na values have been seen. The weighted sum is kept
/// rolling (<see cref="LinearlyWeightedWindow"/>) rather than re-summed per bar as TradingView does,
/// so results agree to the rounding, not to the bit.
/// </remarks>
public struct WmaState : IRestorableState<WmaState>
{
    private int _length;
    private LinearlyWeightedWindow _window;
    private double _last;
    private int _seen;

    /// <summary>Weighted moving average of the last <paramref name="length"/> values, weights length (newest) down to 1 (oldest).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [PineFunction("ta.wma")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("wma", length, _length);
        bool isNa = double.IsNaN(source);
        if (!isNa)
        {
            _last = source;
            if (_seen < length)
            {
                _seen++;
            }
        }

        if (_seen == 0)
        {
            return double.NaN;
        }

        _window.Push(_last, length);
        if (isNa || _seen < length)
        {
            return double.NaN;
        }

        // 1 + 2 + ... + length, exact in a double; a constant once the length is (no field to carry).
        return _window.WeightedSum / (length * (length + 1.0) / 2);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref WmaState target)
    {
        target._length = _length;
        _window.CopyTo(ref target._window);
        target._last = _last;
        target._seen = _seen;
    }
}
