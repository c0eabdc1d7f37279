using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Calls whose source is a bar column, on every bar: the inline bar loop reads each column's history in place; a run
/// with a registered ta calls Process(), whose calls keep their own copy. Lengths from 1 to past any bar count; volume
/// with na and repeated values.
/// </summary>
[Indicator("In-place columns probe")]
public partial class InPlaceProbe
{
    protected override void Process()
    {
        chart.Plot(ta.Change(close), "change(close)");
        chart.Plot(ta.Change(volume, 3), "change(volume, 3)");
        chart.Plot(ta.Mom(hlc3, 7), "mom(hlc3, 7)");
        chart.Plot(ta.Mom(ohlc4, 1), "mom(ohlc4, 1)");
        chart.Plot(ta.Roc(open, 2), "roc(open, 2)");
        chart.Plot(ta.Roc(volume, 5), "roc(volume, 5)");
        chart.Plot(ta.Roc(low, 100_000), "roc(low, 100000)");
        chart.Plot(ta.Dev(close, 10), "dev(close, 10)");
        chart.Plot(ta.Dev(volume, 4), "dev(volume, 4)");
        chart.Plot(ta.Cci(hlc3, 20), "cci(hlc3, 20)");
        chart.Plot(ta.PercentRank(volume, 6), "percentrank(volume, 6)");
        chart.Plot(ta.PercentileLinearInterpolation(close, 12, 30), "percentile_linear_interpolation(close, 12, 30)");
        chart.Plot(ta.PercentileNearestRank(volume, 5, 80), "percentile_nearest_rank(volume, 5, 80)");
        chart.Plot(ta.Mode(volume, 8), "mode(volume, 8)");
        chart.Plot(ta.Alma(close, 9, 0.85, 6), "alma(close, 9, 0.85, 6)");
        chart.Plot(ta.Alma(hlcc4, 5, 0.5, 3, true), "alma(hlcc4, 5, 0.5, 3, true)");
        chart.Plot(ta.Alma(volume, 4, 1, 2), "alma(volume, 4, 1, 2)");
        chart.Plot(ta.PivotHigh(2, 2), "pivothigh(2, 2)");
        chart.Plot(ta.PivotLow(close, 4, 1), "pivotlow(close, 4, 1)");
        chart.Plot(ta.PivotHigh(volume, 1, 3), "pivothigh(volume, 1, 3)");
        chart.Plot(ta.PivotLow(hl2, 3, 3), "pivotlow(hl2, 3, 3)");
        chart.Plot(ta.PivotHigh(high, 20, 15), "pivothigh(high, 20, 15)");
    }
}
