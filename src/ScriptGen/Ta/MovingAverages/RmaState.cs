using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.rma</c>: Wilder's moving average (alpha = 1 / length), used by RSI and ATR.
/// </summary>
/// <remarks>
/// Numerics (measured against TradingView by PyneCore): each step is
/// <c>(prev * (length - 1) + source) / length</c>; seeded with the SMA of the first
/// <c>length</c> non-na values and na before that. An na source returns na and does not advance
/// the state. A length of 1 returns the source.
/// </remarks>
public struct RmaState : IRestorableState<RmaState>
{
    private int _length;
    private SmaState _seed;
    private double _value;
    private bool _seeded;

    /// <summary>Wilder's moving average, alpha = 1 / length, seeded by the SMA of the first <paramref name="length"/> values.</summary>
    [PineFunction("ta.rma")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("rma", length, _length);
        if (length == 1 || double.IsNaN(source))
        {
            return length == 1 ? source : double.NaN;
        }

        if (!_seeded)
        {
            return Seed(source, length);
        }

        // Returned from a local, not from the field: see EmaState.Update.
        double value = (_value * (length - 1) + source) / length;
        _value = value;
        return value;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref RmaState target)
    {
        target._length = _length;
        _seed.CopyTo(ref target._seed);
        target._value = _value;
        target._seeded = _seeded;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a call with this state's address would keep a local state out of registers
    private double Seed(double source, int length)
    {
        double seed = _seed.Update(source, length);
        _seeded = !double.IsNaN(seed);
        _value = seed;
        return seed;
    }
}
