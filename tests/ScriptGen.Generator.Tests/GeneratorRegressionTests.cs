using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// Problems the first round of these tests found in the generator, kept as regression tests. Each
/// asserts what users need, not a particular fix: an error at the marked place, generated code that
/// compiles, or no generator crash.
/// </summary>
public sealed class GeneratorRegressionTests
{
    /// <summary>
    /// The stray-call check binds against the compilation without the generated base class, where
    /// <c>ta</c> does not exist in a part that declares no base: the call is neither reported (SG0023)
    /// nor intercepted, the project builds, and the call throws at run time.
    /// </summary>
    [Fact]
    public void A_call_in_another_part_of_a_script_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Host")]
        public partial class Host
        {
            protected override void Process() => chart.Plot(Other(), "Close");
        }

        public partial class Host
        {
            double Other() => ta./*!*/Sma(close, 3);
        }
        """);

    /// <summary>The syntax predicate accepts only classes: a record script is silently ignored, leaving only "'ta' does not exist" errors.</summary>
    [Fact]
    public void A_record_marked_as_a_script_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Record")]
        public partial record /*!*/Record
        {
            protected override void Process() => chart.Plot(close, "Close");
        }
        """);

    /// <summary>
    /// An input's title and a file name are the user's text, written into generated comments: a line break in
    /// either ended the comment and made the rest code (found by the untrusted-script work: a title could add
    /// a member that reads a file). Both stay inside their comment, and the title's value is kept exactly.
    /// </summary>
    [Fact]
    public void A_line_break_in_an_input_title_or_a_file_name_stays_inside_its_comment()
    {
        const string injected = """Length\n        public static string Leak = System.IO.File.ReadAllText(\"/etc/hostname\");\n//""";
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Two\nLines.pine.cs", $$"""
            using ScriptGen;

            [Indicator("Injection")]
            public partial class Injection
            {
                [Input("{{injected}}")] public int Length { get; init; } = 3;

                protected override void Process() => chart.Plot(ta.Sma(close, Length), "Sma");
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
        Assert.DoesNotContain(run.Output.GetSymbolsWithName("Leak"), _ => true);
        string generated = run.GeneratedText;
        Assert.Contains("/// <summary>Length         public static string Leak", generated, StringComparison.Ordinal);
        Assert.Contains("// ta.Sma at Two Lines.pine.cs(", generated, StringComparison.Ordinal);
    }

    /// <summary>SG0020 only looks at the call's own ancestors: a helper called once, but from a loop, shares one state across iterations.</summary>
    [Fact]
    public void A_helper_with_a_call_site_called_inside_a_loop_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Helper in loop")]
        public partial class HelperInLoop
        {
            double Smooth(double value) => ta./*!*/Ema(value, 3);

            protected override void Process()
            {
                double sum = 0;
                for (int i = 0; i < 3; i++)
                {
                    sum += Smooth(close);
                }

                chart.Plot(sum, "Sum");
            }
        }
        """);

    /// <summary>SG0021 counts direct callers only: a helper called once by a helper that is called twice shares its state.</summary>
    [Fact]
    public void A_helper_reached_through_a_shared_helper_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Transitive")]
        public partial class Transitive
        {
            double Smooth(double value) => ta./*!*/Ema(value, 3);

            double Twice(double value) => Smooth(value);

            protected override void Process() => chart.Plot(Twice(close) - Twice(open), "Spread");
        }
        """);

    /// <summary>SG0021 counts invocations only: a helper turned into a delegate can run any number of times a bar.</summary>
    [Fact]
    public void A_helper_used_as_a_delegate_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Delegate")]
        public partial class DelegateHelper
        {
            double Smooth(double value) => ta./*!*/Ema(value, 3);

            protected override void Process()
            {
                System.Func<double, double> smooth = Smooth;
                chart.Plot(smooth(close) + smooth(open), "Sum");
            }
        }
        """);

    /// <summary>
    /// A Series auto-property, or a Series field in another part of the class, used to be skipped
    /// silently (never advanced). Both are now attached and advanced by the generated bar loop.
    /// </summary>
    [Fact]
    public void Series_properties_and_series_in_other_parts_are_advanced()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource(DiagnosticAssert.ScriptPath, DiagnosticAssert.Usings + """
            [Indicator("Series elsewhere")]
            public partial class SeriesElsewhere
            {
                Series<double> Delta { get; } = new();

                protected override void Process()
                {
                    Delta.Value = close;
                    other.Value = open;
                    chart.Plot(Delta[1] + other[1], "Sum");
                }
            }

            public partial class SeriesElsewhere
            {
                readonly Series<double> other = new();
            }
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors.Select(DiagnosticAssert.Describe));
        string generated = run.GeneratedText;
        Assert.Contains("Delta.AdvanceBar();", generated);
        Assert.Contains("other.AdvanceBar();", generated);
    }

    /// <summary>A static or computed Series cannot be advanced per run: an error rather than a series that never moves.</summary>
    [Fact]
    public void A_series_the_bar_loop_cannot_advance_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Series misuse")]
        public partial class SeriesMisuse
        {
            static readonly Series<double> /*!*/shared = new();
            Series<double> /*!*/Computed => shared;

            protected override void Process() => chart.Plot(Computed[1], "Close");
        }
        """);

    /// <summary>Both parts match ForAttributeWithMetadataName, both emit "Twice.g.cs": AddSource throws and the generator drops all its output (CS8785).</summary>
    [Fact]
    public void An_attribute_repeated_on_two_parts_does_not_crash_the_generator() => AssertNoCrash("""
        [Indicator("Twice")]
        public partial class Twice
        {
            protected override void Process() => chart.Plot(close, "Close");
        }

        [Indicator("Twice")]
        public partial class Twice
        {
        }
        """);

    /// <summary>A script named ScriptGen.Catalog once got the catalog's hint name, and AddSource threw (CS8785).</summary>
    [Fact]
    public void A_script_named_like_the_catalog_does_not_crash_the_generator() => AssertNoCrash("""
        namespace ScriptGen
        {
            [Indicator("Catalog")]
            public partial class Catalog
            {
                protected override void Process() => chart.Plot(close, "Close");
            }
        }
        """);

    /// <summary>Member names are emitted without '@': an input or series named after a keyword breaks the generated code.</summary>
    [Fact]
    public void Members_named_after_keywords_generate_code_that_compiles() => AssertGeneratedCodeCompiles("""
        [Indicator("Keywords")]
        public partial class Keywords
        {
            [Input] public int @default = 1;
            readonly Series<double> @base = new();

            protected override void Process()
            {
                @base.Value = close;
                chart.Plot(@base[1] * @default, "Close");
            }
        }
        """);

    /// <summary>A member named like a generated one (Inputs, Metadata, InputValues, Create) fails inside generated code, with no SG diagnostic.</summary>
    [Fact]
    public void A_member_named_like_a_generated_member_is_reported() => AssertErrorAtEachMarker("""
        [Indicator("Clash")]
        public partial class Clash
        {
            public int /*!*/Inputs = 1;

            protected override void Process() => chart.Plot(close, "Close");
        }
        """);

    /// <summary>SG0015 names the enclosing method by its metadata name ('.ctor', 'get_Length'), not as the user wrote it.</summary>
    [Fact]
    public void SG0015_names_a_constructor_and_a_property_as_written()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource(DiagnosticAssert.ScriptPath, DiagnosticAssert.Usings + """
            [Indicator("Ctor")]
            public partial class Ctor
            {
                int Length;
                int Other => input.Int(3);

                public Ctor() { Length = input.Int(14); }

                protected override void Process() => chart.Plot(Length + Other, "Close");
            }
            """));

        var messages = run.GeneratorDiagnostics.Where(d => d.Id == "SG0015").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, messages.Count);
        Assert.All(messages, message => Assert.DoesNotContain(".ctor", message));
        Assert.All(messages, message => Assert.DoesNotContain("get_", message));
    }

    private static void AssertErrorAtEachMarker(string source)
    {
        MarkedSource marked = MarkedSource.Parse(DiagnosticAssert.ScriptPath, DiagnosticAssert.Usings + source);
        GeneratorRun run = GeneratorHarness.Run(marked.Source);

        Assert.Null(run.Result.Exception);
        var errorStarts = run.GeneratorDiagnostics
            .Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Location.GetLineSpan().StartLinePosition)
            .ToList();
        Assert.All(marked.Markers, marker => Assert.Contains(marker, errorStarts));
    }

    private static void AssertNoCrash(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource(DiagnosticAssert.ScriptPath, DiagnosticAssert.Usings + source));

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    private static void AssertGeneratedCodeCompiles(string source)
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource(DiagnosticAssert.ScriptPath, DiagnosticAssert.Usings + source));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors.Select(DiagnosticAssert.Describe));
    }
}
