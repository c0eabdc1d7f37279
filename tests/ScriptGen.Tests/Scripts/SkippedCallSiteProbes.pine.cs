using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Pine's volume variables read only on some bars (PyneCore's test_367_conditional_builtin_variables
/// measured on TradingView that such a read equals the unconditional series on the bars it runs).
/// </summary>
[Indicator("gated volume variables probe")]
public partial class GatedVolumeVariablesProbe
{
    protected override void Process()
    {
        double obv = double.NaN, nvi = double.NaN;
        if (bar_index % 3 == 2)
        {
            obv = ta.Obv();
        }

        if (bar_index % 2 == 0)
        {
            nvi = ta.Nvi();
        }

        chart.Plot(obv, "ta.obv");
        chart.Plot(nvi, "ta.nvi");
    }
}

/// <summary>
/// Pine's other built-in variables with state, each read only on some bars (every 2nd to 5th), to test
/// that their value does not depend on where the script reads them.
/// </summary>
[Indicator("gated volume flow variables probe")]
public partial class GatedVolumeFlowVariablesProbe
{
    protected override void Process()
    {
        double accdist = double.NaN, pvi = double.NaN, pvt = double.NaN, wad = double.NaN, vwap = double.NaN;
        if (bar_index % 3 == 1)
        {
            accdist = ta.AccDist();
        }

        if (bar_index % 2 == 1)
        {
            pvi = ta.Pvi();
        }

        if (bar_index % 4 == 3)
        {
            pvt = ta.Pvt();
        }

        if (bar_index % 5 == 4)
        {
            wad = ta.Wad();
        }

        if (bar_index % 7 == 6)
        {
            vwap = ta.Vwap();
        }

        chart.Plot(accdist, "ta.accdist");
        chart.Plot(pvi, "ta.pvi");
        chart.Plot(pvt, "ta.pvt");
        chart.Plot(wad, "ta.wad");
        chart.Plot(vwap, "ta.vwap(hlc3, timeframe.change(\"D\") or bar_index == 0)");
    }
}
