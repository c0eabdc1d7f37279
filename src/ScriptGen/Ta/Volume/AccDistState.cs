using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.accdist</c>: the accumulation/distribution line, the running total of
/// <c>((close - low) - (high - close)) / (high - low) * volume</c>.
/// </summary>
/// <remarks>
/// A bar whose term is na (high = low, or no volume) adds nothing: the line keeps its value (as PyneCore,
/// validated against TradingView, computes it). It starts at 0, so it is never na.
/// </remarks>
public struct AccDistState
{
    private double _total;

    /// <summary>Accumulation/distribution line.</summary>
    [PineFunction("ta.accdist", Name = "AccDist", EveryBar = true)]
    public double Update(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.Volume)] double volume)
    {
        double flow = ((close - low) - (high - close)) / (high - low) * volume;
        if (double.IsFinite(flow))
        {
            _total += flow;
        }

        return _total;
    }
}
