using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.cmo</c>: the Chande momentum oscillator,
/// <c>100 * (up - down) / (up + down)</c> over rolling sums of the rises and falls of the source.
/// </summary>
/// <remarks>
/// Pine's definition, with what PyneCore measured on TradingView: the momentum is the change from the
/// previous call's source (na after an na); a momentum of at least <c>-</c><see cref="PineComparison.Epsilon"/>
/// counts as a rise; the sums are TradingView's (<see cref="PineRollingSum"/>) and are fed only when
/// the momentum is defined; when both sums are 0 the result is na. Warm-up: bar <c>length</c> without
/// na (the first bar has no momentum).
/// </remarks>
public struct CmoState : IRestorableState<CmoState>
{
    private int _length;
    private double _previous;
    private bool _started;
    private PineRollingSum _rises;
    private PineRollingSum _falls;

    /// <summary>Chande momentum oscillator: <c>100 * (up - down) / (up + down)</c> over the last <paramref name="length"/> changes.</summary>
    [PineFunction("ta.cmo")]
    public double Update([Series] double series, [WindowLength] int length)
    {
        _length = TaArguments.Checked("cmo", length, _length);
        double momentum = _started ? series - _previous : double.NaN;
        _previous = series;
        _started = true;
        if (double.IsNaN(momentum))
        {
            return double.NaN;
        }

        bool rising = momentum >= -PineComparison.Epsilon;
        double rises = _rises.Add(rising ? momentum : 0.0, length);
        double falls = _falls.Add(rising ? 0.0 : -momentum, length);
        double total = rises + falls;
        return total == 0.0 ? double.NaN : 100 * (rises - falls) / total;
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref CmoState target)
    {
        target._length = _length;
        target._previous = _previous;
        target._started = _started;
        _rises.CopyTo(ref target._rises);
        _falls.CopyTo(ref target._falls);
    }
}
