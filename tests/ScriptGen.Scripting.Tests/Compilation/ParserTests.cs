using ScriptGen.Scripting.Tests.HostTypes;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>What <see cref="ScriptParser"/> compiles, what it rejects, and where it says the problem is.</summary>
public sealed class ParserTests
{
    private static readonly ScriptParserOptions s_trusted = new() { Trust = ScriptTrust.Trusted };

    private const string Broken = """
        namespace TestScripts;

        [Indicator("Broken")]
        public partial class Broken
        {
            protected override void Process()
            {
                double x = missing + 1;
                chart.Plot(x, "X");
            }
        }
        """;

    private const string WithWarnings = """
        namespace TestScripts;

        [Indicator("Warnings")]
        public partial class Warnings
        {
            protected override void Process()
            {
                int unused = 3;
                string text = null;
                chart.Plot(close, "Close");
            }
        }
        """;

    [Theory]
    [InlineData(ScriptTrust.Trusted)]
    [InlineData(ScriptTrust.Untrusted)]
    public void A_compile_error_is_reported_with_its_exact_file_line_and_column(ScriptTrust trust)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = trust });

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(Broken, "Broken.pine.cs"));

        ScriptDiagnostic error = Assert.Single(failure.Errors);
        Assert.Equal(("CS0103", "Broken.pine.cs", 8, 20, 8, 27), (error.Id, error.FilePath, error.Line, error.Column, error.EndLine, error.EndColumn));
        Assert.Equal("The name 'missing' does not exist in the current context", error.Message);
        Assert.Contains("Broken.pine.cs(8,20): error CS0103: The name 'missing' does not exist in the current context", failure.Message);
    }

    [Fact]
    public void A_ScriptGen_rule_broken_is_an_SG_error_at_the_call()
    {
        const string text = """
            namespace TestScripts;

            [Indicator("Input in Process")]
            public partial class InputInProcess
            {
                protected override void Process()
                {
                    int length = input.Int(14, "Length");
                    chart.Plot(close, "Close");
                }
            }
            """;
        using var parser = new ScriptParser(s_trusted);

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(text, "InputInProcess.pine.cs"));

        ScriptDiagnostic error = Assert.Single(failure.Errors, e => e.Id == "SG0015");
        Assert.Equal(("InputInProcess.pine.cs", 8, 22), (error.FilePath, error.Line, error.Column));
    }

    [Fact]
    public void Check_returns_warnings_and_errors_in_the_compilers_order_without_throwing()
    {
        string text = WithWarnings.Replace("chart.Plot(close, \"Close\");", "chart.Plot(missing, \"Close\");");
        using var parser = new ScriptParser(s_trusted);

        IReadOnlyList<ScriptDiagnostic> diagnostics = parser.Check([new ScriptSource(text, "Warnings.pine.cs")]);

        Assert.Equal(
            [
                ("CS0219", ScriptDiagnosticSeverity.Warning, 8, 13),
                ("CS0219", ScriptDiagnosticSeverity.Warning, 9, 16),
                ("CS8600", ScriptDiagnosticSeverity.Warning, 9, 23),
                ("CS0103", ScriptDiagnosticSeverity.Error, 10, 20),
            ],
            diagnostics.Select(d => (d.Id, d.Severity, d.Line, d.Column)).OrderBy(d => d.Line).ThenBy(d => d.Column).ToArray());
        Assert.All(diagnostics, d => Assert.Equal("Warnings.pine.cs", d.FilePath));
    }

    [Theory]
    [InlineData(ScriptTrust.Trusted)]
    [InlineData(ScriptTrust.Untrusted)]
    public void A_set_that_compiles_carries_the_warnings_Check_reports(ScriptTrust trust)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = trust });
        ScriptSource source = new(WithWarnings, "Warnings.pine.cs");

        CompiledScripts set = parser.Compile([source]);

        Assert.Equal(parser.Check([source]), set.Warnings);
        Assert.Equal(["CS0219", "CS0219", "CS8600"], set.Warnings.Select(w => w.Id).Order().ToArray()); // nullable is enabled
    }

    [Fact]
    public void Check_and_Compile_report_the_same_errors()
    {
        using var parser = new ScriptParser(s_trusted);
        ScriptSource source = new(Broken, "Broken.pine.cs");

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Compile([source]));

        Assert.Equal(parser.Check([source]), failure.Diagnostics);
    }

    [Fact]
    public void Parse_of_a_text_without_a_script_says_a_class_marked_Strategy_or_Indicator_is_needed()
    {
        const string text = "namespace TestScripts;\n\npublic static class Helpers\n{\n    public static int One => 1;\n}\n";
        using var parser = new ScriptParser(s_trusted);

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(text, "Helpers.pine.cs"));

        Assert.StartsWith("'Helpers.pine.cs' holds no script. A script is a partial class marked [Strategy] or [Indicator]", failure.Message);
        Assert.Empty(failure.Diagnostics);
    }

    [Fact]
    public void Parse_of_a_text_with_two_scripts_names_them_and_points_to_Compile()
    {
        string text = Scripts.Indicator("First") + "\n" + Scripts.Indicator("Second").Replace("namespace TestScripts;", string.Empty);
        using var parser = new ScriptParser(s_trusted);

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(text, "Two.pine.cs"));

        Assert.Equal(
            "'Two.pine.cs' holds 2 scripts (TestScripts.First, TestScripts.Second); Parse compiles exactly one. Use Compile to get all of them as one set.",
            failure.Message);
        Assert.Equal(2, parser.Compile([new ScriptSource(text, "Two.pine.cs")]).Scripts.Count);
    }

    [Fact]
    public void Text_may_use_a_host_type_from_the_option_references_and_shares_it_with_the_host()
    {
        const string text = """
            using ScriptGen.Scripting.Tests.HostTypes;

            namespace TestScripts;

            [Indicator("Scaled")]
            public partial class Scaled
            {
                private ScaleNamespace _scale = null!;

                protected override void Setup() => _scale = Namespace<ScaleNamespace>("scale");

                protected override void Process() => chart.Plot(_scale.Scale(close), "Scaled");
            }
            """;
        // This test assembly holds scripts too (HostTypes/HostLevel), so it is referenced as a host script
        // assembly unless that is off: off here, so only References can make ScaleNamespace visible.
        using var without = new ScriptParser(s_trusted with { ReferenceHostScripts = false });
        using var with = new ScriptParser(s_trusted with { ReferenceHostScripts = false, References = [typeof(ScaleNamespace).Assembly] });

        var failure = Assert.Throws<ScriptParsingException>(() => without.Parse(text, "Scaled.pine.cs"));
        ScriptDefinition definition = with.Parse(text, "Scaled.pine.cs");
        IndicatorResult result = new RuntimeEnvironment()
            .RegisterNamespace("scale", new ScaleNamespace())
            .RunIndicator((IndicatorScript)definition.Create(), Scripts.Closes(3));

        Assert.Contains(failure.Errors, e => e.Id == "CS0246" && e.Line == 8);
        Assert.Equal([10.0, 20.0, 30.0], result.GetPlot("Scaled").Values.ToArray());
    }

    [Fact]
    public void Text_uses_the_packages_implicit_usings_and_CSharp_14()
    {
        const string text = """
            namespace TestScripts;

            [Indicator("Modern")]
            public partial class Modern
            {
                private readonly List<double> _closes = new();

                public int Count { get => field; set => field = Math.Max(0, value); }

                protected override void Process()
                {
                    _closes.Add(close);
                    Count = _closes.Count;
                    chart.Plot(_closes.TakeLast(2).Average(), "Mean");
                }
            }
            """;
        using var parser = new ScriptParser(s_trusted);

        ScriptDefinition definition = parser.Parse(text, "Modern.pine.cs");
        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)definition.Create(), Scripts.Closes(3));

        Assert.Equal([1.0, 1.5, 2.5], result.GetPlot("Mean").Values.ToArray());
    }

    [Fact]
    public void Text_may_use_the_hosts_compiled_scripts_unless_the_options_say_otherwise()
    {
        _ = ScriptGen.Samples.Scripts.Rsi.Metadata; // the host program has loaded its script assembly
        const string text = """
            namespace TestScripts;

            [Indicator("Uses the host's RSI")]
            public partial class UsesHost
            {
                protected override void Process() => chart.Plot(ScriptGen.Samples.Scripts.Rsi.Metadata.Inputs.Count, "Inputs");
            }
            """;
        using var with = new ScriptParser(s_trusted);
        using var without = new ScriptParser(s_trusted with { ReferenceHostScripts = false });

        ScriptDefinition definition = with.Parse(text, "UsesHost.pine.cs");
        var failure = Assert.Throws<ScriptParsingException>(() => without.Parse(text, "UsesHost.pine.cs"));

        IndicatorResult result = new RuntimeEnvironment().RunIndicator((IndicatorScript)definition.Create(), Scripts.Closes(1));
        Assert.Equal(ScriptGen.Samples.Scripts.Rsi.Metadata.Inputs.Count, result.GetPlot("Inputs").Values.Span[0]);
        Assert.Contains(failure.Errors, e => e.Id == "CS0234");
    }

    [Fact]
    public void Compiled_scripts_do_not_register_in_the_global_catalog()
    {
        using var parser = new ScriptParser(s_trusted);

        CompiledScripts set = parser.Compile([new ScriptSource(Scripts.UniqueIndicator("NotRegistered"))]);

        Assert.DoesNotContain(ScriptCatalog.All, d => d.ScriptType == set.Scripts[0].ScriptType);
        Assert.Same(set.Scripts[0], set.Find("NotRegistered"));
        Assert.Same(set.Scripts[0], set.Find("TestScripts.notregistered"));
    }

    [Fact]
    public void CompileDirectory_compiles_every_matching_file_below_the_folder_named_relative_to_it()
    {
        using var folder = new TempFolder("directory");
        Directory.CreateDirectory(folder.Combine("more"));
        File.WriteAllText(folder.Combine("A.pine.cs"), Scripts.Indicator("A"));
        File.WriteAllText(folder.Combine("more", "B.pine.cs"), Scripts.Indicator("B"));
        File.WriteAllText(folder.Combine("notes.txt"), "not a script");
        using var parser = new ScriptParser(s_trusted);

        CompiledScripts set = parser.CompileDirectory(folder.Path);
        File.WriteAllText(folder.Combine("more", "B.pine.cs"), Broken);
        var failure = Assert.Throws<ScriptParsingException>(() => parser.CompileDirectory(folder.Path));

        Assert.Equal(["TestScripts.A", "TestScripts.B"], set.Scripts.Select(s => s.Metadata.TypeName).ToArray());
        Assert.Equal("more/B.pine.cs", Assert.Single(failure.Errors).FilePath);
        Assert.Throws<ArgumentException>(() => parser.CompileDirectory(folder.Path, "*.none"));
    }

    [Fact]
    public void Two_sources_with_one_name_are_rejected()
    {
        using var parser = new ScriptParser(s_trusted);

        var failure = Assert.Throws<ArgumentException>(
            () => parser.Compile([new ScriptSource(Scripts.Indicator("A"), "Same.pine.cs"), new ScriptSource(Scripts.Indicator("B"), "Same.pine.cs")]));

        Assert.Contains("Two sources are named 'Same.pine.cs'", failure.Message);
    }
}
