using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.pvt</c>: the price-volume trend, the running total of
/// <c>(close - close[1]) / close[1] * volume</c>.
/// </summary>
/// <remarks>
/// na on the first call (no previous close), then the total of every defined term: a term that is na
/// returns na and adds nothing (<c>ta.cum</c>'s rule). The previous close is this call site's own.
/// </remarks>
public struct PvtState
{
    private double _previousClose;
    private bool _started;
    private CumState _total;

    /// <summary>Price-volume trend.</summary>
    [PineFunction("ta.pvt", EveryBar = true)]
    public double Update([Bar(BarValue.Close)] double close, [Bar(BarValue.Volume)] double volume)
    {
        double term = _started ? (close - _previousClose) / _previousClose * volume : double.NaN;
        _previousClose = close;
        _started = true;
        return _total.Update(term);
    }
}
