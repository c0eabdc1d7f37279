using ScriptGen.Namespaces;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// What the tests comparing the inline bar loop's shortcuts with the plain calls share: a registered default <c>ta</c> (the
/// run then calls <c>Process()</c>, each call keeping its own state), a value-for-value comparison of two runs' plots, and
/// random-walk bars with the volumes given.
/// </summary>
internal static class PlainAndInlineRuns
{
    /// <summary>A run of <paramref name="script"/> over <paramref name="bars"/> calling <c>Process()</c>: each call keeps its own state.</summary>
    public static IndicatorResult RunPlain(IndicatorScript script, Bars bars) =>
        new RuntimeEnvironment().RegisterNamespace("ta", new PlainTa()).RunIndicator(script, bars);

    /// <summary>Every plot of <paramref name="actual"/> equals <paramref name="expected"/>'s of the same title on every bar, to the bit.</summary>
    public static void AssertSamePlots(IndicatorResult expected, IndicatorResult actual, string actualName, string expectedName)
    {
        foreach (PlotResult plot in actual.Plots)
        {
            double[] wanted = expected.GetPlot(plot.Metadata.Title).Values.ToArray();
            double[] values = plot.Values.ToArray();
            for (int bar = 0; bar < values.Length; bar++)
            {
                Assert.True(
                    wanted[bar].Equals(values[bar]),
                    $"{plot.Metadata.Title} on bar {bar} of {values.Length}: {values[bar]:R} {actualName}, {wanted[bar]:R} {expectedName}");
            }
        }
    }

    /// <summary>
    /// Bars whose close walks by <paramref name="steps"/> from 100 (rounded to cents), each opening at the close before (at 0
    /// on every seventh bar where <paramref name="opensAtZero"/> says so: ta.roc(open, n) divides by it n bars later) and half
    /// a point beyond both for high and low.
    /// </summary>
    public static Bars RandomWalk(double[] steps, double[] volumes, bool[]? opensAtZero = null)
    {
        int count = steps.Length;
        double[] close = new double[count], open = new double[count], high = new double[count], low = new double[count];
        double price = 100;
        for (int i = 0; i < count; i++)
        {
            open[i] = opensAtZero is not null && opensAtZero[i] && i % 7 == 0 ? 0 : price;
            price = Math.Round(price + steps[i], 2);
            close[i] = price;
            high[i] = Math.Max(open[i], close[i]) + 0.5;
            low[i] = Math.Min(open[i], close[i]) - 0.5;
        }

        return Bars.FromArrays(Enumerable.Range(0, count).Select(TestBars.TimeOf).ToArray(), open, high, low, close, volumes, BarDataOptions.Default);
    }

    /// <summary>The default ta registered under its own name.</summary>
    private sealed class PlainTa : TaNamespace;
}
