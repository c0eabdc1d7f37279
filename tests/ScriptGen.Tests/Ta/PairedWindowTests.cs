using CsCheck;
using ScriptGen.Ta;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// A <c>ta.sma</c> and a later <c>ta.stdev</c> of the same column and length share one window in the inline bar loop (the
/// generator's choice, pinned by its PairedWindowTests and the BollingerStrategy golden file): the average's call feeds the
/// deviation's state and returns its mean. The values must be TradingView's and, to the bit, those of two calls keeping a
/// window each.
/// </summary>
public sealed class PairedWindowTests
{
    [Fact]
    public void The_probe_runs_its_calls_paired()
    {
        // The inline loop's methods, by the state each takes. (The interceptors' class is file-local: its
        // metadata name has a prefix.)
        Type interceptors = typeof(PairedWindowProbe).Assembly.GetTypes()
            .Single(type => type.Namespace == "ScriptGen.Generated" && type.Name.EndsWith("__PairedWindowProbeInterceptors", StringComparison.Ordinal));
        Type[] states = interceptors.GetMethods()
            .Where(method => method.Name.StartsWith("Inline", StringComparison.Ordinal) && method.GetParameters().Length > 1)
            .Select(method => method.GetParameters()[1].ParameterType)
            .Where(type => type.IsByRef)
            .ToArray();
        // Both pairs: each average takes the state of the deviation after it, as the deviation does; no average keeps its own.
        Assert.Equal(4, states.Count(type => type == typeof(StdevState).MakeByRefType()));
        Assert.DoesNotContain(typeof(SmaState).MakeByRefType(), states);
    }

    [Fact]
    public void Bands_from_a_paired_average_and_deviation_match_TradingViews_ta_bb()
    {
        TaReference reference = TaReference.Load("bb.csv");

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(PairedWindowProbe.Create(), reference.Bars);

        foreach (string band in new[] { "base", "upper", "lower" })
        {
            string expression = $"ta.bb(close, 20, 2).{band}";
            Tolerance.AssertSeries($"bb.csv {expression}", reference.Csv.Numbers(expression), result.GetPlot(expression).Values.Span);
        }
    }

    [Fact]
    public void Paired_calls_give_the_values_of_calls_keeping_a_window_each_on_any_bars()
    {
        Gen<(Bars Bars, int Length)> cases =
            from count in Gen.Int[1, 200]
            from steps in Gen.Double[-2, 2].Array[count]
            from volumes in Gen.Frequency((4, Gen.Int[0, 6].Select(v => v * 100.0)), (1, Gen.Const(double.NaN))).Array[count]
            from length in Gen.Int[1, 30]
            select (PlainAndInlineRuns.RandomWalk(steps, volumes), length);

        cases.Sample(c =>
        {
            var inputs = PairedWindowProbe.Inputs.Default with { Length = c.Length };
            IndicatorResult paired = new RuntimeEnvironment().RunIndicator(PairedWindowProbe.Create(inputs), c.Bars);
            IndicatorResult separate = PlainAndInlineRuns.RunPlain(PairedWindowProbe.Create(inputs), c.Bars);
            PlainAndInlineRuns.AssertSamePlots(separate, paired, "paired", "with a window each");
        }, iter: 100);
    }

    /// <summary>
    /// In a sweep, the average's value may come from a shared series on some bars, and then it does not feed the window: the
    /// deviation's call feeds it itself on those bars, so the deviation is never one bar behind or fed twice.
    /// </summary>
    [Fact]
    public void A_deviation_whose_average_skipped_a_bar_feeds_the_window_itself()
    {
        Gen<(double[] Values, bool[] AverageRuns, int Length, bool Biased)> cases =
            from count in Gen.Int[1, 120]
            from values in Gen.Frequency((6, Gen.Double[-50, 50]), (1, Gen.Const(double.NaN))).Array[count]
            from averageRuns in Gen.Bool.Array[count]
            from length in Gen.Int[1, 12]
            from biased in Gen.Bool
            select (values, averageRuns, length, biased);

        cases.Sample(c =>
        {
            StdevState paired = default, deviationAlone = default;
            SmaState averageAlone = default;
            for (int bar = 0; bar < c.Values.Length; bar++)
            {
                double average = averageAlone.Update(c.Values[bar], c.Length);
                if (c.AverageRuns[bar])
                {
                    double fed = paired.UpdateForMean(c.Values[bar], c.Length, bar);
                    Assert.True(average.Equals(fed), $"bar {bar}: average {fed:R} paired, {average:R} alone");
                }

                double expected = deviationAlone.Update(c.Values[bar], c.Length, c.Biased);
                double actual = paired.UpdateAfterMean(c.Values[bar], c.Length, c.Biased, bar);
                Assert.True(expected.Equals(actual), $"bar {bar}: deviation {actual:R} paired, {expected:R} alone");
            }
        }, iter: 300);
    }
}
