using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.supertrend(factor, atrPeriod)</c>: the supertrend line and its direction
/// (1 while the line is the upper band, price below; -1 while it is the lower band).
/// </summary>
/// <remarks>
/// <para>Bands <c>hl2 ± factor * atr(atrPeriod)</c>. The lower band only rises and the upper band only
/// falls while the previous close stays on their side; the direction flips when the close crosses the
/// band in use (exact comparisons).</para>
/// <para>As on TradingView (measured by PyneCore): the first call returns (0, 1); while the ATR warms
/// up the value is na and the direction the last one (1 before any); the first defined value is the
/// upper band with direction 1.</para>
/// </remarks>
public struct SupertrendState : IRestorableState<SupertrendState>
{
    private int _atrPeriod;
    private AtrState _atr;
    private bool _started;
    private bool _hasDirection;
    private int _direction;
    private double _value;
    private double _lower;
    private double _upper;
    private double _close;

    /// <summary>The supertrend line (<c>hl2 ± factor * atr(atrPeriod)</c>, trailing) and its direction: 1 while it is the upper band (down trend), -1 while the lower band.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atrPeriod"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="atrPeriod"/> differs from the call site's first.</exception>
    [PineFunction("ta.supertrend", Signature = "[supertrend, direction] = ta.supertrend(factor, atrPeriod)")]
    public (double Value, int Direction) Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [Bar(BarValue.Hl2)] double hl2,
        double factor,
        [WindowLength] int atrPeriod)
    {
        _atrPeriod = TaArguments.Checked("supertrend", nameof(atrPeriod), atrPeriod, _atrPeriod);
        double atr = _atr.Update(high, low, previousClose, atrPeriod);
        if (!_started)
        {
            _started = true;
            return (0, 1);
        }

        if (double.IsNaN(hl2) || double.IsNaN(atr))
        {
            return (double.NaN, _hasDirection ? _direction : 1);
        }

        double upper = hl2 + factor * atr;
        double lower = hl2 - factor * atr;
        if (!_hasDirection)
        {
            _hasDirection = true;
            Remember(1, upper, lower, upper, close);
            return (upper, 1);
        }

        double currentLower = lower > _lower || _close < _lower ? lower : _lower;
        double currentUpper = upper < _upper || _close > _upper ? upper : _upper;
        int direction = _value == _upper
            ? close > currentUpper ? -1 : 1
            : close < currentLower ? 1 : -1;
        double value = direction == 1 ? currentUpper : currentLower;
        Remember(direction, value, currentLower, currentUpper, close);
        return (value, direction);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref SupertrendState target)
    {
        target._atrPeriod = _atrPeriod;
        _atr.CopyTo(ref target._atr);
        target._started = _started;
        target._hasDirection = _hasDirection;
        target._direction = _direction;
        target._value = _value;
        target._lower = _lower;
        target._upper = _upper;
        target._close = _close;
    }

    private void Remember(int direction, double value, double lower, double upper, double close)
    {
        _direction = direction;
        _value = value;
        _lower = lower;
        _upper = upper;
        _close = close;
    }
}
