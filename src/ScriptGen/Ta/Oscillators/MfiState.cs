using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.mfi</c>: the money flow index, <c>100 - 100 / (1 + upper / lower)</c>
/// where <c>upper</c>/<c>lower</c> are the rolling sums of <c>volume * source</c> over the bars on
/// which the source rose/fell.
/// </summary>
/// <remarks>
/// Pine's definition, with what PyneCore measured on TradingView: the sums are TradingView's
/// (<see cref="PineRollingSum"/>); a change within <see cref="PineComparison.Epsilon"/> of 0 counts as
/// neither rise nor fall; a sum within the tolerance of 0 counts as 0; a zero <c>lower</c> gives 100.
/// On the first bar the change is na, so (as in Pine's reference, where <c>na &lt;= 0</c> is false) both
/// sums take <c>volume * source</c>. An na source returns na and advances nothing. Warm-up: bar
/// <c>length - 1</c> without na.
/// </remarks>
public struct MfiState : IRestorableState<MfiState>
{
    private int _length;
    private double _previous;
    private bool _hasPrevious;
    private PineRollingSum _upper;
    private PineRollingSum _lower;

    /// <summary>Money flow index: <c>100 - 100 / (1 + upper / lower)</c> over the volume-weighted <paramref name="series"/> of rising and falling bars.</summary>
    [PineFunction("ta.mfi")]
    public double Update([Series] double series, [Bar(BarValue.Volume)] double volume, [WindowLength] int length)
    {
        _length = TaArguments.Checked("mfi", length, _length);
        if (double.IsNaN(series))
        {
            return double.NaN;
        }

        bool known = _hasPrevious;
        double change = series - _previous;
        _previous = series;
        _hasPrevious = true;

        double upper = _upper.Add(volume * (known && change <= PineComparison.Epsilon ? 0.0 : series), length);
        double lower = _lower.Add(volume * (known && change >= -PineComparison.Epsilon ? 0.0 : series), length);
        if (double.IsNaN(upper) || double.IsNaN(lower))
        {
            return double.NaN;
        }

        // What is left of a window of zeros in a rolling sum is accumulation dust: Pine's tolerance makes it 0.
        if (Math.Abs(upper) <= PineComparison.Epsilon)
        {
            upper = 0.0;
        }

        if (Math.Abs(lower) <= PineComparison.Epsilon)
        {
            lower = 0.0;
        }

        // The ratio first, then the index: the algebraically equal 100 * upper / (upper + lower) rounds differently.
        return lower == 0.0 ? 100.0 : 100.0 - (100.0 / (1.0 + upper / lower));
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref MfiState target)
    {
        target._length = _length;
        target._previous = _previous;
        target._hasPrevious = _hasPrevious;
        _upper.CopyTo(ref target._upper);
        _lower.CopyTo(ref target._lower);
    }
}
