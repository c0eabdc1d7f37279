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
