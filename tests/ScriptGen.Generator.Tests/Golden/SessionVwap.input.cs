using ScriptGen;

namespace Tests.Scripts;

/// <summary>
/// Core parameters the convention supplies: the exchange's time zone (the day-anchored ta.Vwap), the
/// bar index (pivots), an implicit source (ta.PivotHigh of high), and tuple results.
/// </summary>
[Indicator("Session VWAP", Overlay = true)]
public partial class SessionVwap
{
    protected override void Process()
    {
        var (vwap, upper, lower) = ta.Vwap(hlc3, 2.0);
        var (plus, minus, adx) = ta.Dmi(14, 14);
        chart.Plot(vwap, "VWAP");
        chart.Plot(upper - lower, "Band width");
        chart.Plot(ta.PivotHigh(5, 5), "Pivot high");
        chart.Plot(adx > 25 ? plus - minus : double.NaN, "Trend");
    }
}
