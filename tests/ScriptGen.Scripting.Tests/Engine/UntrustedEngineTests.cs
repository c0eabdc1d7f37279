using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Engine;

/// <summary>
/// Source text is untrusted by default: the engine refuses APIs outside the allow-list at compile time and
/// runs the scripts under <see cref="ScriptEngineOptions.UntrustedRunLimits"/>, also while it loads them and
/// creates instances (static initializers and constructors are the script's code too).
/// </summary>
public sealed class UntrustedEngineTests
{
    private static readonly Bars s_bars = Scripts.Closes(20);

    [Fact]
    public void A_loop_that_never_ends_is_stopped_by_the_default_limits()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<ScriptLimitExceededException>(() => engine.RunIndicator(Indicator("if (bar_index == 3) { while (true) { } }"), s_bars));

        Assert.Equal((ScriptLimit.StepsPerBar, 3), (failure.Limit, failure.BarIndex));
    }

    [Fact]
    public void Recursion_without_end_is_stopped_before_the_stack_overflows()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<ScriptLimitExceededException>(() => engine.RunIndicator(
            Indicator("chart.Plot(Deeper(0), \"x\");", members: "static int Deeper(int n) => Deeper(n + 1) + 1;"), s_bars));

        Assert.Equal(ScriptLimit.CallDepth, failure.Limit);
    }

    [Fact]
    public void Limits_given_with_the_run_replace_the_default()
    {
        using var engine = new ScriptEngine();

        var failure = Assert.Throws<ScriptLimitExceededException>(() => engine.RunIndicator(
            Indicator("int n = 0; for (int i = 0; i < 500; i++) { n++; } chart.Plot(n, \"n\");"),
            s_bars,
            options: new RunOptions { Limits = new RunLimits { MaxStepsPerBar = 100 } }));

        Assert.Equal((ScriptLimit.StepsPerBar, 0), (failure.Limit, failure.BarIndex));
    }

    [Fact]
    public void A_loop_in_a_static_initializer_is_stopped_while_the_engine_loads_the_script()
    {
        using var engine = new ScriptEngine();

        Assert.Throws<ScriptLimitExceededException>(() => engine.Parse(Indicator("chart.Plot(Seed, \"x\");", members: "static readonly int Seed = Spin(); static int Spin() { while (true) { } }")));
    }

    [Fact]
    public void A_loop_in_a_constructor_is_stopped_when_the_engine_creates_the_script()
    {
        using var engine = new ScriptEngine();
        ScriptDefinition definition = engine.Parse(Indicator("chart.Plot(_seed, \"x\");", members: "int _seed = Spin(); static int Spin() { while (true) { } }"));

        Assert.Throws<ScriptLimitExceededException>(() => definition.Create());
    }

    [Fact]
    public void A_file_API_is_refused_at_compile_time_with_its_position()
    {
        using var engine = new ScriptEngine();
        string text = Indicator("chart.Plot(System.IO.File.ReadAllText(\"/etc/passwd\").Length, \"x\");");

        var failure = Assert.Throws<ScriptParsingException>(() => engine.Parse(text, "Reader.pine.cs"));

        ScriptDiagnostic refusal = Assert.Single(failure.Errors);
        Assert.Equal(("SG0701", "Reader.pine.cs"), (refusal.Id, refusal.FilePath));
        Assert.Contains("System.IO.File.ReadAllText(string)", refusal.Message);
        Assert.Equal(text.Split('\n').ToList().FindIndex(line => line.Contains("ReadAllText", StringComparison.Ordinal)) + 1, refusal.Line);
    }

    [Fact]
    public void Untrusted_text_reads_an_imported_host_indicator_but_does_not_call_its_methods()
    {
        using var engine = new ScriptEngine();
        string importer = """
            using ScriptGen.Scripting.Tests.HostTypes;

            [Indicator("Importer")]
            public partial class Importer
            {
                HostLevel _level = null!;

                protected override void Setup() => _level = Import(new HostLevel.Inputs { Length = 3 });

                protected override void Process() => chart.Plot(_level.Plots.Level + _level.Value[1], "Sum");
            }
            """;

        IndicatorResult result = engine.RunIndicator(importer, s_bars);
        var failure = Assert.Throws<ScriptParsingException>(() => engine.Parse(
            importer.Replace("_level.Value[1]", "HostLevel.MachineName().Length", StringComparison.Ordinal)));

        // Closes 1, 2, 3, ...: on bar 3 the 3-bar SMA is (2 + 3 + 4) / 3 and the series read a bar back (1 + 2 + 3) / 3.
        Assert.Equal(3.0 + 2.0, result.GetPlot("Sum").Values.Span[3], 12);
        Assert.Equal("SG0700", Assert.Single(failure.Errors).Id);
        Assert.Contains("HostLevel.MachineName()", failure.Message);
    }

    [Fact]
    public void Trusted_text_may_use_any_API_and_runs_without_default_limits()
    {
        using var engine = new ScriptEngine(new ScriptEngineOptions { Trust = ScriptTrust.Trusted });

        IndicatorResult result = engine.RunIndicator(Indicator("chart.Plot(System.IO.Path.GetFileName(\"a/b.txt\").Length, \"x\");"), s_bars);

        Assert.All(result.GetPlot("x").Values.ToArray(), value => Assert.Equal(5, value));
    }

    [Fact]
    public void Text_longer_than_the_bound_is_refused_before_compiling()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { MaxSourceLength = 100 });

        var failure = Assert.Throws<ArgumentException>(() => parser.Parse(Indicator("chart.Plot(close, \"x\");"), "Long.pine.cs"));

        Assert.Contains("'Long.pine.cs' is ", failure.Message);
        Assert.Contains("more than ScriptParserOptions.MaxSourceLength (100)", failure.Message);
    }

    private static string Indicator(string body, string members = "") => $$"""
        [Indicator("Untrusted probe")]
        public partial class UntrustedProbe
        {
            {{members}}

            protected override void Process()
            {
                {{body}}
            }
        }
        """;
}
