using CsCheck;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// A call whose source is a bar column and that runs on every bar reads the column's history in place in the inline bar
/// loop (the generator's choice, pinned by the InPlaceColumns golden file). Its values must be the ones the call's own copy
/// of its history gives: a registered <c>ta</c> makes the run call <c>Process()</c>, whose calls keep the copy. (The values
/// themselves are checked against PyneCore by the changes.csv probe, whose column sources are read in place too.)
/// </summary>
public sealed class InPlaceColumnTests
{
    [Fact]
    public void Columns_read_in_place_give_the_values_of_the_calls_own_history_on_any_bars()
    {
        Gen<Bars> bars =
            from count in Gen.Int[1, 300]
            from steps in Gen.Double[-2, 2].Array[count]
            from volumes in Gen.Frequency((4, Gen.Int[0, 6].Select(v => v * 100.0)), (1, Gen.Const(double.NaN))).Array[count]
            from opensAtZero in Gen.Bool.Array[count]
            from gapStart in Gen.Int[0, 300]
            from gapLength in Gen.Int[0, 16]
            select PlainAndInlineRuns.RandomWalk(steps, WithGap(volumes, gapStart, gapLength), opensAtZero);

        bars.Sample(sample =>
        {
            IndicatorResult inPlace = new RuntimeEnvironment().RunIndicator(InPlaceProbe.Create(), sample);
            IndicatorResult copied = PlainAndInlineRuns.RunPlain(InPlaceProbe.Create(), sample);
            PlainAndInlineRuns.AssertSamePlots(copied, inPlace, "in place", "from the call's own history");
        }, iter: 200);
    }

    [Fact]
    public void A_call_reads_the_column_it_is_given_from_the_first_bar_on()
    {
        Bars bars = TestBars.Closes(10, 11, 13, 16, 20);

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(InPlaceProbe.Create(), bars);

        // ta.change(close): na on the first bar (no close[1]), then close - close[1].
        Assert.Equal([double.NaN, 1, 2, 3, 4], result.GetPlot("change(close)").Values.ToArray());
        // ta.roc(open, 2) with open = the previous close (10, 10, 11, 13, 16): 100 * (open - open[2]) / open[2] from bar 2.
        Assert.Equal([double.NaN, double.NaN, 10, 30, 100 * 5 / 11.0], result.GetPlot("roc(open, 2)").Values.ToArray());
        Assert.All(result.GetPlot("roc(low, 100000)").Values.ToArray(), value => Assert.True(double.IsNaN(value)));
    }

    /// <summary>A run of na volumes, so that whole windows are na.</summary>
    private static double[] WithGap(double[] volumes, int start, int length)
    {
        for (int i = start; i < Math.Min(volumes.Length, start + length); i++)
        {
            volumes[i] = double.NaN;
        }

        return volumes;
    }
}
