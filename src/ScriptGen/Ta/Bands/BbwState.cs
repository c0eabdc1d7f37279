using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.bbw</c>: Bollinger Bands width, <c>(upper - lower) / middle * 100</c> of
/// <c>ta.bb(source, length, mult)</c>.
/// </summary>
/// <remarks>
/// Pine's expression on the rounded bands, <c>((upper - lower) / middle) * 100</c>, from
/// <see cref="BbState"/>'s sums; the width is relative to the deviation, so it is where TradingView's
/// exact sums matter most. na when the middle band is na or 0.
/// </remarks>
public struct BbwState : IRestorableState<BbwState>
{
    private int _length;
    private BbState _bands;

    /// <summary>Bollinger Bands width, <c>(upper - lower) / middle * 100</c>.</summary>
    [PineFunction("ta.bbw")]
    public double Update([Series] double series, [WindowLength] int length, double mult)
    {
        _length = TaArguments.Checked("bbw", length, _length);
        (double middle, double upper, double lower) = _bands.Update(series, length, mult);
        return double.IsNaN(middle) || middle == 0.0 ? double.NaN : ((upper - lower) / middle) * 100;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref BbwState target)
    {
        target._length = _length;
        _bands.CopyTo(ref target._bands);
    }
}
