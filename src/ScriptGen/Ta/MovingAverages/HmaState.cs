using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.hma</c>: the Hull moving average,
/// <c>wma(2 * wma(source, length / 2) - wma(source, length), floor(sqrt(length)))</c>.
/// </summary>
/// <remarks>
/// As measured by PyneCore on TradingView: an na source returns na without feeding the inner
/// averages, and the outer average is fed only on bars where both inner ones are defined. Warm-up:
/// the first value comes <c>floor(sqrt(length)) - 1</c> bars after the inner <c>wma(source, length)</c>
/// has its first (bar <c>length - 1</c> without na). The length must be at least 2 (length / 2 is a
/// window length).
/// </remarks>
public struct HmaState : IRestorableState<HmaState>
{
    private int _length;
    private WmaState _half;
    private WmaState _full;
    private WmaState _outer;

    /// <summary>Hull moving average, <c>wma(2 * wma(source, length / 2) - wma(source, length), floor(sqrt(length)))</c>.</summary>
    [PineFunction("ta.hma")]
    public double Update([Series] double source, [WindowLength] int length)
    {
        if (length < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(length), length, $"ta.hma: length must be at least 2 (its half is a window length); got {length}.");
        }

        _length = TaArguments.Checked("hma", length, _length);

        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        double half = _half.Update(source, length / 2);
        double full = _full.Update(source, length);
        if (double.IsNaN(half) || double.IsNaN(full))
        {
            return double.NaN;
        }

        return _outer.Update(2 * half - full, (int)Math.Sqrt(length));
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref HmaState target)
    {
        target._length = _length;
        _half.CopyTo(ref target._half);
        _full.CopyTo(ref target._full);
        _outer.CopyTo(ref target._outer);
    }
}
