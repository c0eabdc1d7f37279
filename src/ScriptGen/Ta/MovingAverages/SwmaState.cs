using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.swma</c>: the symmetrically weighted moving average of the last four
/// values, weights 1/6, 2/6, 2/6, 1/6.
/// </summary>
/// <remarks>
/// Computed as <c>(x + 2 * x[1] + 2 * x[2] + x[3]) / 6</c>, the rounding TradingView's values have
/// (bit for bit on tests/data/tradingview/ta/ma.csv, where Pine's reference form
/// <c>x[3] * 1 / 6 + ...</c> differs in the last bit on a third of the bars), over the last four
/// values the call saw: na until four values, and na while an na is among them.
/// </remarks>
public struct SwmaState
{
    private double _x1;
    private double _x2;
    private double _x3;
    private int _count;

    /// <summary>Symmetrically weighted moving average of the last four values, weights 1/6, 2/6, 2/6, 1/6.</summary>
    [PineFunction("ta.swma")]
    public double Update([Series] double source)
    {
        double x1 = _x1, x2 = _x2, x3 = _x3;
        _x3 = x2;
        _x2 = x1;
        _x1 = source;
        if (_count < 3)
        {
            _count++;
            return double.NaN;
        }

        return (source + 2 * x1 + 2 * x2 + x3) / 6;
    }
}
