using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// What a call site skipped on some bars computes, where Pine's rule is not "the bars the call ran on"
/// (the other rules are tested on the states, <see cref="RangeAndStatisticsStateTests"/>).
/// </summary>
public sealed class SkippedCallSiteTests
{
    /// <summary>
    /// <c>ta.obv</c> and <c>ta.nvi</c> are series TradingView computes on every bar (PyneCore,
    /// tests/t01_lib/t20_ta/test_367_conditional_builtin_variables): read every third or every other
    /// bar, they must still equal TradingView's exported values on the bars they are read.
    /// </summary>
    [Fact]
    public void Volume_variables_read_on_some_bars_are_TradingViews_every_bar_series()
    {
        TaReference reference = TaReference.Load("iii+nvi+obv.csv");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(GatedVolumeVariablesProbe.Create(), reference.Bars);

        double[] obv = reference.Csv.Numbers("ta.obv");
        double[] nvi = reference.Csv.Numbers("ta.nvi");
        double[] expectedObv = obv.Select((v, bar) => bar % 3 == 2 ? v : double.NaN).ToArray();
        double[] expectedNvi = nvi.Select((v, bar) => bar % 2 == 0 ? v : double.NaN).ToArray();
        Tolerance.AssertSeries("ta.obv read every third bar", expectedObv, result.GetPlot("ta.obv").Values.Span);
        Tolerance.AssertSeries("ta.nvi read every other bar", expectedNvi, result.GetPlot("ta.nvi").Values.Span);

        // The control: on these bars the series moves, so a state that only saw the gated bars would differ.
        Assert.True(expectedObv.Where(v => !double.IsNaN(v)).Distinct().Count() > 10);
        Assert.True(expectedNvi.Where(v => !double.IsNaN(v)).Distinct().Count() > 10);
    }
}
