using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.stoch</c>: the stochastic,
/// <c>100 * (source - lowest(low, length)) / (highest(high, length) - lowest(low, length))</c>.
/// </summary>
/// <remarks>
/// As PyneCore measured on TradingView: the multiplication comes first and nothing is clamped (a
/// source outside the window's range gives values outside 0..100). An na source, high or low returns
/// na and feeds nothing. The windows span bars (<see cref="MonotonicWindow"/>): na while
/// <c>bar_index &lt; length - 1</c>.
/// </remarks>
public struct StochState : IRestorableState<StochState>
{
    private int _length;
    private MonotonicWindow _highs;
    private MonotonicWindow _lows;

    /// <summary>Stochastic: <c>100 * (source - lowest(low, length)) / (highest(high, length) - lowest(low, length))</c>.</summary>
    [PineFunction("ta.stoch")]
    public double Update(
        [Series] double source,
        [Series] double high,
        [Series] double low,
        [WindowLength] int length,
        [Bar(BarValue.BarIndex)] int barIndex)
    {
        _length = TaArguments.Checked("stoch", length, _length);
        if (double.IsNaN(source) || double.IsNaN(high) || double.IsNaN(low))
        {
            return double.NaN;
        }

        bool highs = _highs.Update(high, length, barIndex, maximum: true);
        bool lows = _lows.Update(low, length, barIndex, maximum: false);
        if (!highs || !lows)
        {
            return double.NaN;
        }

        double lowest = _lows.Extreme;
        return 100 * (source - lowest) / (_highs.Extreme - lowest);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref StochState target)
    {
        target._length = _length;
        _highs.CopyTo(ref target._highs);
        _lows.CopyTo(ref target._lows);
    }
}
