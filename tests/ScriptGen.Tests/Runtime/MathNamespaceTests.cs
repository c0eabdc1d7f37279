using ScriptGen.Namespaces;
using ScriptGen.Ta;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// The math namespace in a script: the stateful math.Sum per call site, plain functions anywhere, the
/// symbol's tick for RoundToMintick, and a registered override honoured by both kinds of call.
/// </summary>
public sealed class MathNamespaceTests
{
    private static readonly Bars s_bars = TestBars.Closes(10, 11, 13, 12, 16, 15, 14);

    [Fact]
    public void Math_sum_keeps_a_window_per_call_site_and_an_na_bar_returns_the_current_sum()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(MathProbe.Create(), s_bars);

        Assert.Equal(new[] { double.NaN, 21, 24, 25, 28, 31, 29 }, result.GetPlot("sum").Values.ToArray());
        // Defined on bars 2 and 5 only (13, 15): the window of two fills on bar 5; bar 6 (na) keeps 28.
        // TradingView's rule, from its log replayed by PyneCore (tests/t01_lib/t04_math/test_002_math_sum_na).
        Assert.Equal(new[] { double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 28, 28 }, result.GetPlot("sum of every third").Values.ToArray());
    }

    [Fact]
    public void Plain_math_calls_run_in_a_loop()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(MathProbe.Create(), s_bars);

        // max(|close - close[1]|, |close - close[2]|); close[n] before the first bar is na, and na wins in max.
        Assert.Equal(new[] { double.NaN, double.NaN, 3, 1, 4, 3, 2 }, result.GetPlot("largest move").Values.ToArray());
    }

    [Fact]
    public void Round_to_mintick_uses_the_runs_symbol_tick_with_ties_up()
    {
        var symbol = new SymbolInfo { MinTick = 0.25 };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(MathProbe.Create(), s_bars, new RunOptions { Symbol = symbol });

        // close / 3 = 3.33.., 3.67, 4.33, 4, 5.33, 5, 4.67 to the nearest quarter (25 / 100 per unit).
        Assert.Equal(new[] { 3.25, 3.75, 4.25, 4.0, 5.25, 5.0, 4.75 }, result.GetPlot("third to tick").Values.ToArray());
    }

    /// <summary>A math override whose sum and abs are constants, so their use is unmistakable.</summary>
    private sealed class ConstantMath : MathNamespace
    {
        public override double Sum(ref SumState state, double source, int length) => -1;

        public override double Abs(double number) => 100;
    }

    [Fact]
    public void A_registered_math_subclass_replaces_the_default_for_stateful_and_plain_calls()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("math", new ConstantMath());

        IndicatorResult result = environment.RunIndicator(MathProbe.Create(), s_bars);

        Assert.All(result.GetPlot("sum").Values.ToArray(), value => Assert.Equal(-1, value));
        Assert.Equal(new[] { 100.0, 100, 100, 100, 100, 100, 100 }, result.GetPlot("largest move").Values.ToArray());
    }
}
