using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.vwap(source, anchor)</c> and <c>ta.vwap(source, anchor, stdev_mult)</c>: the
/// volume-weighted average of the source since the last bar where <c>anchor</c> was true, and its
/// volume-weighted standard deviation bands.
/// </summary>
/// <remarks>
/// As TradingView computes it (measured by PyneCore): an anchor restarts the sums with this bar; na
/// before the first anchor; an na source returns na and changes nothing (an anchor on that bar is
/// lost); an average that is na (no volume) is na. The bands are <c>vwap ± mult * sqrt(max(0,
/// Σ(source²·volume) / Σvolume - vwap²))</c>. The sums are plain running sums that restart at each
/// anchor.
/// </remarks>
public struct VwapState
{
    private double _volume;
    private double _weighted;
    private double _squares;
    private bool _anchored;

    /// <summary>Volume-weighted average of <paramref name="source"/> since the last bar where <paramref name="anchor"/> was true (na before the first).</summary>
    [PineFunction("ta.vwap")]
    public double Update([Series] double source, [Bar(BarValue.Volume)] double volume, [Series] bool anchor) => Accumulate(source, volume, anchor);

    /// <summary>The volume-weighted average of <paramref name="source"/> since the last anchor and bands <paramref name="stdevMult"/> volume-weighted standard deviations away.</summary>
    [PineFunction("ta.vwap", Signature = "[vwap, upper, lower] = ta.vwap(source, anchor, stdev_mult)")]
    public (double Vwap, double Upper, double Lower) Update(
        [Series] double source,
        [Bar(BarValue.Volume)] double volume,
        [Series] bool anchor,
        double stdevMult)
    {
        double vwap = Accumulate(source, volume, anchor);
        if (double.IsNaN(vwap))
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        _squares += source * source * volume;
        double deviation = Math.Sqrt(Math.Max(0.0, _squares / _volume - vwap * vwap)) * stdevMult;
        return (vwap, vwap + deviation, vwap - deviation);
    }

    private double Accumulate(double source, double volume, bool anchor)
    {
        if (double.IsNaN(source))
        {
            return double.NaN;
        }

        if (anchor)
        {
            _volume = volume;
            _weighted = source * volume;
            _squares = 0;
            _anchored = true;
        }
        else if (_anchored)
        {
            _volume += volume;
            _weighted += source * volume;
        }
        else
        {
            return double.NaN;
        }

        return _weighted / _volume;
    }
}
