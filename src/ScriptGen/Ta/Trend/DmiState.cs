using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.dmi(diLength, adxSmoothing)</c>: the directional movement index, +DI, -DI
/// and ADX.
/// </summary>
/// <remarks>
/// <para>Pine's definition, with what PyneCore measured on TradingView: <c>up = change(high)</c>,
/// <c>down = -change(low)</c> (this call site's previous high and low); +DM is <c>up</c> when
/// <c>up - down</c> and <c>up</c> exceed Pine's comparison tolerance (1e-10), else 0, and -DM the mirror;
/// the true range is <c>ta.tr</c> (na on the first bar, not <c>tr(true)</c>); +DI and -DI are
/// <c>100 * rma(±DM, diLength) / rma(tr, diLength)</c>; ADX is
/// <c>100 * rma(|+DI - -DI| / (+DI + -DI), adxSmoothing)</c> (a zero sum divides by 1).</para>
/// <para>All three are na until the averages are seeded (the first bar has no movement and no true
/// range, so +DI and -DI come on bar <c>diLength</c>, ADX <c>adxSmoothing - 1</c> bars later), and when
/// the true-range average is 0.</para>
/// </remarks>
public struct DmiState : IRestorableState<DmiState>
{
    private int _diLength;
    private int _adxSmoothing;
    private double _previousHigh;
    private double _previousLow;
    private bool _started;
    private RmaState _trueRange;
    private RmaState _plus;
    private RmaState _minus;
    private RmaState _adx;

    /// <summary>The directional movement index: +DI, -DI and ADX.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A length below 1.</exception>
    /// <exception cref="ArgumentException">A length that differs from the call site's first.</exception>
    [PineFunction("ta.dmi", Signature = "[diplus, diminus, adx] = ta.dmi(diLength, adxSmoothing)")]
    public (double Plus, double Minus, double Adx) Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [WindowLength] int diLength,
        [WindowLength] int adxSmoothing)
    {
        _diLength = TaArguments.Checked("dmi", nameof(diLength), diLength, _diLength);
        _adxSmoothing = TaArguments.Checked("dmi", nameof(adxSmoothing), adxSmoothing, _adxSmoothing);
        double up = _started ? high - _previousHigh : double.NaN;
        double down = _started ? _previousLow - low : double.NaN;
        _previousHigh = high;
        _previousLow = low;
        _started = true;

        double trueRange = _trueRange.Update(TrueRange.Compute(high, low, previousClose, handleNa: false), diLength);
        bool movementNa = double.IsNaN(up) || double.IsNaN(down);
        double plusMovement = movementNa ? double.NaN : up - down > PineComparison.Epsilon && up > PineComparison.Epsilon ? up : 0;
        double minusMovement = movementNa ? double.NaN : down - up > PineComparison.Epsilon && down > PineComparison.Epsilon ? down : 0;
        double plus = _plus.Update(plusMovement, diLength);
        double minus = _minus.Update(minusMovement, diLength);
        if (double.IsNaN(trueRange) || double.IsNaN(plus) || double.IsNaN(minus) || trueRange == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        plus = 100 * plus / trueRange;
        minus = 100 * minus / trueRange;
        double sum = plus + minus;
        double adx = _adx.Update(Math.Abs(plus - minus) / (sum != 0 ? sum : 1), adxSmoothing) * 100;
        return (plus, minus, adx);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref DmiState target)
    {
        target._diLength = _diLength;
        target._adxSmoothing = _adxSmoothing;
        target._previousHigh = _previousHigh;
        target._previousLow = _previousLow;
        target._started = _started;
        _trueRange.CopyTo(ref target._trueRange);
        _plus.CopyTo(ref target._plus);
        _minus.CopyTo(ref target._minus);
        _adx.CopyTo(ref target._adx);
    }
}
