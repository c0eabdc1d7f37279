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

    /// <summary>
    /// The other built-in variables with state (<c>ta.accdist</c>, <c>ta.pvi</c>, <c>ta.pvt</c>, <c>ta.wad</c>,
    /// <c>ta.vwap</c>) are computed on every bar too: read every 2nd to 7th bar, each must equal PyneCore's
    /// every-bar series (volume_flow.csv) on the bars it is read.
    /// </summary>
    [Fact]
    public void Volume_flow_variables_read_on_some_bars_are_the_every_bar_series()
    {
        PyneCoreReference reference = PyneCoreReference.Load("volume_flow.csv");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(
            GatedVolumeFlowVariablesProbe.Create(), reference.Bars, new RunOptions { Symbol = PyneCoreReference.Symbol });

        foreach ((string column, int every, int at) in new[]
        {
            ("ta.accdist", 3, 1), ("ta.pvi", 2, 1), ("ta.pvt", 4, 3), ("ta.wad", 5, 4),
            ("ta.vwap(hlc3, timeframe.change(\"D\") or bar_index == 0)", 7, 6),
        })
        {
            double[] expected = reference.Csv.Numbers(column).Select((v, bar) => bar % every == at ? v : double.NaN).ToArray();
            Tolerance.AssertSeries(column + $" read every {every} bars", expected, result.GetPlot(column).Values.Span, "PyneCore");

            // The control: the series moves between reads, so a state fed only the read bars would differ.
            Assert.True(expected.Where(v => !double.IsNaN(v)).Distinct().Count() > 10, column);
        }
    }
}
