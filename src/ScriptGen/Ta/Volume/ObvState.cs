using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.obv</c>: on-balance volume, the running sum of <c>volume</c> signed by the
/// direction of the close (<c>cum(sign(change(close)) * volume)</c>).
/// </summary>
/// <remarks>
/// Pine's definition: na on the first bar (no previous close), then the volume is added when the
/// close rose, subtracted when it fell (exact comparison), and nothing added when unchanged or when
/// the volume is na. <c>ta.obv</c> is a Pine variable that TradingView computes on every bar
/// (measured by PyneCore: a read inside an <c>if</c> equals the unconditional series), so in a script
/// the call site catches up on the bars it did not run on (<see cref="ScriptGen.CompilerServices.EveryBarState{TState, TValue}"/>).
/// </remarks>
public struct ObvState
{
    private double _total;

    /// <summary>On-balance volume: the running sum of the volume, added on bars whose close rose and subtracted on bars whose close fell.</summary>
    [PineFunction("ta.obv", EveryBar = true)]
    public double Update(
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.PreviousClose)] double previousClose,
        [Bar(BarValue.Volume)] double volume)
    {
        double change = close - previousClose;
        if (double.IsNaN(change))
        {
            return double.NaN;
        }

        double signed = volume * (change > 0 ? 1.0 : change < 0 ? -1.0 : 0.0);
        if (!double.IsNaN(signed))
        {
            _total += signed;
        }

        return _total;
    }

}
