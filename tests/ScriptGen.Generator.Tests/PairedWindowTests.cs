using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// A <c>ta.sma</c> and a later <c>ta.stdev</c> of the same bar column and the same fixed length, both on every bar, share
/// one window in the inline bar loop: the average's call feeds the deviation's state (the BollingerStrategy golden file
/// shows the whole loop). Anything that could give the two calls different windows keeps a state per call.
/// </summary>
public sealed class PairedWindowTests
{
    private const string Feeds = "PairedWindowCalls.SmaIntoStdev(receiver.Owner, ref state, source, length)";
    private const string Reads = "PairedWindowCalls.StdevAfterSma(receiver.Owner, ref state, source, length, biased)";

    [Theory]
    [InlineData("an input length", "double basis = ta.Sma(close, Length); double dev = 2 * ta.Stdev(close, Length);")]
    [InlineData("a constant length", "double basis = ta.Sma(close, 20); double dev = ta.Stdev(close, 20, false);")]
    [InlineData("a named constant and this.", "double basis = ta.Sma(this.hl2, Twenty); double dev = ta.Stdev(hl2, 20);")]
    [InlineData("a get-only auto-property", "double basis = ta.Sma(volume, Fixed); double dev = ta.Stdev(volume, Fixed);")]
    [InlineData("other statements between", "double basis = ta.Sma(close, Length); chart.Plot(basis, \"b\"); double dev = ta.Stdev(close, Length);")]
    public void An_average_and_a_later_deviation_of_one_window_share_it(string why, string body)
    {
        string text = Generate(body, out GeneratorRun run);

        Assert.Empty(run.CompilationErrors);
        Assert.True(text.Contains(Feeds, StringComparison.Ordinal), why);
        Assert.True(text.Contains(Reads, StringComparison.Ordinal), why);
        // The average's own state is not the loop's: the loop passes the deviation's to both calls.
        Assert.Contains("Inline0(ta, ref __sgState1, ", text);
        Assert.DoesNotContain("__sgState0", text);
    }

    [Theory]
    [InlineData("different lengths", "double basis = ta.Sma(close, 20); double dev = ta.Stdev(close, 21);")]
    [InlineData("an input and a constant of equal value", "double basis = ta.Sma(close, Length); double dev = ta.Stdev(close, 20);")]
    [InlineData("different columns", "double basis = ta.Sma(close, Length); double dev = ta.Stdev(open, Length);")]
    [InlineData("a source computed from a column", "double basis = ta.Sma(close * 2, Length); double dev = ta.Stdev(close * 2, Length);")]
    [InlineData("a local for the source", "double src = close; double basis = ta.Sma(src, Length); double dev = ta.Stdev(src, Length);")]
    [InlineData("a settable length", "double basis = ta.Sma(close, Settable); double dev = ta.Stdev(close, Settable);")]
    [InlineData("a length property with a body", "double basis = ta.Sma(close, Computed); double dev = ta.Stdev(close, Computed);")]
    [InlineData("the deviation first", "double dev = ta.Stdev(close, Length); double basis = ta.Sma(close, Length);")]
    [InlineData("the average under a condition", "double basis = close > open ? ta.Sma(close, Length) : 0; double dev = ta.Stdev(close, Length);")]
    [InlineData("the deviation under a condition", "double basis = ta.Sma(close, Length); if (basis > 0) { double dev = ta.Stdev(close, Length); }")]
    [InlineData("the deviation after an early return", "double basis = ta.Sma(close, Length); if (basis > 1e9) return; double dev = ta.Stdev(close, Length);")]
    public void Calls_that_could_see_different_windows_keep_a_state_each(string why, string body)
    {
        string text = Generate(body, out GeneratorRun run);

        Assert.Empty(run.CompilationErrors);
        Assert.True(text.Contains("RunsBodyInline", StringComparison.Ordinal), why);
        Assert.False(text.Contains("PairedWindowCalls", StringComparison.Ordinal), why);
    }

    [Fact]
    public void One_average_feeds_one_deviation_and_a_second_deviation_keeps_its_own_window()
    {
        string text = Generate("double basis = ta.Sma(close, Length); double a = ta.Stdev(close, Length); double b = ta.Stdev(close, Length, false);", out GeneratorRun run);

        Assert.Empty(run.CompilationErrors);
        Assert.Contains("Inline1(ta, ref __sgState1, ", text);
        Assert.Contains("Inline2(ta, ref __sgState2, ", text);
        Assert.Contains(Reads, BodyOf(text, "Inline1"));
        Assert.Contains("TaCalls.Default.Stdev(receiver.Owner, ref state, source, length, biased)", BodyOf(text, "Inline2"));
    }

    /// <summary>The line after the declaration of the interceptors' method <paramref name="name"/> (an expression body).</summary>
    private static string BodyOf(string text, string name)
    {
        int declaration = text.IndexOf($" {name}(in ", StringComparison.Ordinal);
        Assert.True(declaration >= 0, $"no method {name}");
        string[] lines = text.Substring(declaration).Split('\n', 3);
        return lines[1];
    }

    private static string Generate(string body, out GeneratorRun run)
    {
        string source = $$"""
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Pairs")]
            public partial class Pairs
            {
                private const int Twenty = 20;

                [Input] public int Length { get; init; } = 20;

                public int Fixed { get; } = 7;

                public int Settable { get; set; } = 20;

                public int Computed => Length;

                protected override void Process()
                {
                    {{body}}
                }
            }
            """;
        run = GeneratorHarness.Run(new TestSource("Scripts/Pairs.pine.cs", source));
        return run.GeneratedText;
    }
}
