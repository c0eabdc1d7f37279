using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.atr</c>: <c>ta.rma(ta.tr(true), length)</c>, so the first bar's true
/// range is <c>high - low</c> and the first value comes on bar <c>length - 1</c>.
/// </summary>
public struct AtrState : IRestorableState<AtrState>
{
    private int _length;
    private RmaState _average;

    /// <summary>Average true range: <c>rma(tr(true), length)</c>.</summary>
    [PineFunction("ta.atr")]
    public double Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [WindowLength] int length)
    {
        _length = TaArguments.Checked("atr", length, _length);
        return _average.Update(TrueRange.Compute(high, low, previousClose, handleNa: true), length);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref AtrState target)
    {
        target._length = _length;
        _average.CopyTo(ref target._average);
    }
}
