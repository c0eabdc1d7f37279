using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.sma</c>: the simple moving average of the last <c>length</c> non-na
/// values, <c>math.sum(source, length) / length</c> with TradingView's own rolling sum.
/// </summary>
/// <remarks>
/// <para>
/// The sum is <see cref="PineRollingSum"/>, TradingView's accumulator reproduced to the bit, not a
/// plain compensated sum: the two agree to about 1e-15, but expressions that cancel (the
/// correlation of an SMA with another average, a deviation of an SMA) amplify that difference past
/// 1e-9 (measured on tests/data/tradingview/ta/correlation.csv: 52 of 150 bars off with a Neumaier
/// sum, none with this one).
/// </para>
/// <para>
/// na handling (measured on TradingView, PyneCore's <c>tests/t01_lib/t04_math/test_002_math_sum_na</c>):
/// the window is na-compacted. An na source is not stored and returns the current average (na
/// during warm-up): the average always covers the last <c>length</c> non-na values. Warm-up: na
/// until <c>length</c> non-na values have been seen.
/// </para>
/// </remarks>
public struct SmaState : IRestorableState<SmaState>
{
    private int _length;
    private PineRollingSum _sum;

    /// <summary>Simple moving average of the last <paramref name="length"/> non-na values (an na source holds the last average).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [PineFunction("ta.sma")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        _length = TaArguments.Checked("sma", length, _length);
        return _sum.Add(source, length) / length;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref SmaState target)
    {
        target._length = _length;
        _sum.CopyTo(ref target._sum);
    }
}
