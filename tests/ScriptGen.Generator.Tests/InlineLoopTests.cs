using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// The bar loop that runs Process()'s body inline: where its lines land (the PDB), that the copy never reports a
/// diagnostic the original already does, and the bodies it leaves to the plain loop calling Process().
/// </summary>
public sealed class InlineLoopTests
{
    private const string Path = "Scripts/Lines.pine.cs";

    private const string Lines = """
        using ScriptGen;

        namespace Tests.Scripts;

        [Strategy("Lines")]
        public partial class Lines
        {
            protected override void Process()
            {
                double fast = ta.Ema(close, 9);
                double slow = ta.Sma(close, 21);
                if (ta.Crossover(fast, slow))
                {
                    strategy.Entry("Long", Direction.Long);
                }

                chart.Plot(fast, "Fast");
            }
        }
        """;

    [Fact]
    public void The_inline_loop_steps_through_the_scripts_own_lines_as_Process_does()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource(Path, Lines));
        Assert.Contains("RunsBodyInline", run.GeneratedText);

        Dictionary<string, List<SequencePoint>> points = SequencePointsByMethod(run.Output);

        int[] processLines = LinesIn(points["Process"]);
        // The body's calls may be shared by a sweep's runs, so it has two loops: the one most runs take, and the one of a run
        // recording a shared series.
        foreach (string loop in new[] { "__sgRunBarsInline", "__sgRunBarsRecording" })
        {
            int[] loopLines = LinesIn(points[loop]);
            // Every statement of the body, at its own line: 10 and 11 the averages, 12 the if, 14 the entry, 17 the plot.
            Assert.Subset(loopLines.ToHashSet(), new HashSet<int> { 10, 11, 12, 14, 17 });
            Assert.Subset(processLines.ToHashSet(), loopLines.ToHashSet());
        }

        Assert.False(points.ContainsKey("RunBars")); // it only chooses the loop: none of its lines are the script's
    }

    [Fact]
    public void A_warning_in_Process_is_reported_once_though_the_loop_compiles_the_body_again()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Warns")]
            public partial class Warns
            {
                protected override void Process()
                {
                    int unused = 1;
                    chart.Plot(ta.Sma(close, 3), "SMA");
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Warns.pine.cs", source));

        Assert.Contains("RunsBodyInline", run.GeneratedText);
        Diagnostic warning = Assert.Single(run.Output.GetDiagnostics(), d => d.Id == "CS0219");
        Assert.Equal("Scripts/Warns.pine.cs", warning.Location.GetLineSpan().Path);
        Assert.Equal(9, warning.Location.GetLineSpan().StartLinePosition.Line); // 0-based: line 10, "int unused = 1;"
    }

    [Fact]
    public void A_body_with_an_error_keeps_the_plain_loop_so_the_error_is_reported_once()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Broken")]
            public partial class Broken
            {
                protected override void Process()
                {
                    double value = ta.Sma(close, 3) + undefinedName;
                    chart.Plot(value, "SMA");
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Broken.pine.cs", source));

        Assert.DoesNotContain("RunsBodyInline", run.GeneratedText);
        Diagnostic error = Assert.Single(run.CompilationErrors);
        Assert.Equal(("CS0103", 9), (error.Id, error.Location.GetLineSpan().StartLinePosition.Line)); // 0-based: line 10
    }

    /// <summary>Reading a member the generator adds (absent while it runs) is not an error of the body.</summary>
    [Fact]
    public void A_body_reading_the_generated_InputValues_runs_inline()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Reads inputs")]
            public partial class ReadsInputs
            {
                [Input] public int Length { get; init; } = 5;

                protected override void Process() => chart.Plot(ta.Sma(close, InputValues.Length), "SMA");
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/ReadsInputs.pine.cs", source));

        Assert.Empty(run.CompilationErrors);
        Assert.Contains("RunsBodyInline", run.GeneratedText);
    }

    /// <summary>A read of a generated member the generator cannot vouch for might be an error the copy would repeat.</summary>
    [Fact]
    public void A_body_reading_a_generated_member_that_does_not_exist_keeps_the_plain_loop_and_one_error()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Reads a missing input")]
            public partial class ReadsMissing
            {
                [Input] public int Length { get; init; } = 5;

                protected override void Process() => chart.Plot(ta.Sma(close, InputValues.Lenght), "SMA");
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/ReadsMissing.pine.cs", source));

        Assert.DoesNotContain("RunsBodyInline", run.GeneratedText);
        Diagnostic error = Assert.Single(run.CompilationErrors);
        Assert.Equal("CS1061", error.Id);
    }

    public static TheoryData<string, string> BodiesLeftToProcess => new()
    {
        { "stackalloc, which would grow the stack every bar", "System.Span<double> window = stackalloc double[4]; chart.Plot(ta.Sma(close, 3) + window.Length, \"SMA\");" },
        { "a preprocessor directive", "#if DEBUG\n        double extra = 1;\n#else\n        double extra = 2;\n#endif\n        chart.Plot(ta.Sma(close, 3) + extra, \"SMA\");" },
        { "a name of the loop's", "double __sgState0 = 1; chart.Plot(ta.Sma(close, 3) + __sgState0, \"SMA\");" },
    };

    [Theory]
    [MemberData(nameof(BodiesLeftToProcess))]
    public void A_body_whose_copy_could_mean_something_else_keeps_the_plain_loop(string why, string body)
    {
        string source = $$"""
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Plain")]
            public partial class Plain
            {
                protected override void Process()
                {
                    {{body}}
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Plain.pine.cs", source));

        Assert.Empty(run.CompilationErrors);
        Assert.True(!run.GeneratedText.Contains("RunsBodyInline", StringComparison.Ordinal), why);
        Assert.Contains("Process();", run.GeneratedText);
    }

    [Fact]
    public void Usings_of_an_outer_namespace_declaration_keep_the_plain_loop()
    {
        const string source = """
            using ScriptGen;

            namespace Tests
            {
                using static System.Math;

                namespace Scripts
                {
                    [Indicator("Nested")]
                    public partial class Nested
                    {
                        protected override void Process() => chart.Plot(Abs(ta.Sma(close, 3)), "SMA");
                    }
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Nested.pine.cs", source));

        Assert.Empty(run.CompilationErrors);
        Assert.DoesNotContain("RunsBodyInline", run.GeneratedText);
    }

    [Fact]
    public void ScriptGenInlineBarLoop_false_keeps_the_plain_loop()
    {
        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.CreateDriver(new Dictionary<string, string> { ["ScriptGenInlineBarLoop"] = "false" }),
            GeneratorHarness.CreateCompilation(new TestSource(Path, Lines)));

        Assert.Empty(run.CompilationErrors);
        Assert.DoesNotContain("RunsBodyInline", run.GeneratedText);
        Assert.DoesNotContain("#line", run.GeneratedText);
    }

    /// <summary>
    /// A site a sweep may share reads the run's series before its arguments are evaluated (they depend only on the bars and
    /// on the inputs every run reading it has equal); a shared call whose value is dropped stays a plain call, since a
    /// conditional expression is no statement.
    /// </summary>
    [Fact]
    public void A_shared_site_reads_the_sweeps_series_before_its_arguments_and_a_dropped_value_stays_a_call()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Shares")]
            public partial class Shares
            {
                [Input] public int Length { get; init; } = 5;

                protected override void Process()
                {
                    ta.Sma(close, Length);
                    double ema = ta.Ema(close, Length);
                    chart.Plot(ema, "EMA");
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Shares.pine.cs", source));

        Assert.Empty(run.CompilationErrors);
        string text = run.GeneratedText;
        Assert.Contains("internal global::ScriptGen.CompilerServices.SharedSeries<double>? __shared0;", text); // the dropped Sma is shareable too
        Assert.Contains("var __sgShared1 = __shared1?.ReadingValues;", text);
        Assert.Contains(
            "double ema = (__sgShared1 is not null ? __sgShared1[__sgBar] : global::ScriptGen.Generated.SharesInterceptors.Inline1(ta, ref __sgState1, close, Length));",
            text);
        Assert.Contains("global::ScriptGen.Generated.SharesInterceptors.Inline0(ta, ref __sgState0, close, Length);", text);
        Assert.DoesNotContain("__sgShared0", text);
    }

    /// <summary>
    /// A chart call whose value is dropped and whose arguments only produce values is skipped whole when the run's drawing
    /// is unread (in braces, so an else stays with its if); arguments that compute (a ta call), may throw (an integer
    /// division, a history read) or call user code (a method, a property with a body) keep the call, which then skips
    /// only its recording.
    /// </summary>
    [Fact]
    public void A_chart_call_with_only_values_for_arguments_is_skipped_whole_when_the_drawing_is_unread()
    {
        const string source = """
            using ScriptGen;

            namespace Tests.Scripts;

            [Indicator("Draws")]
            public partial class Draws
            {
                private int _count;

                [Input] public int Length { get; init; } = 5;

                private double Computed => close * 2;

                protected override void Process()
                {
                    double fast = ta.Ema(close, Length);
                    if (fast > close) chart.Plot(fast, "Above", fast > 0 ? color.Teal : color.Red); else chart.Plot(fast - 1, "Below");
                    chart.Plot(ta.Sma(close, 3), "Computes");
                    chart.Plot(Length / _count, "Divides");
                    chart.Plot(close[1], "History");
                    chart.Plot(Computed, "Property with a body");
                    chart.Plot(Length + close, "Input and bar");
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Draws.pine.cs", source));

        Assert.Empty(run.CompilationErrors);
        string text = run.GeneratedText;
        const string Interceptors = "global::ScriptGen.Generated.DrawsInterceptors.";
        Assert.Contains("bool __sgDrawsChart = !SkipsChartCalls;", text);
        Assert.Contains(
            $"if (fast > close) {{ if (__sgDrawsChart) {Interceptors}Inline1(chart, fast, \"Above\", fast > 0 ? color.Teal : color.Red); }} " +
            $"else {{ if (__sgDrawsChart) {Interceptors}Inline2(chart, fast - 1, \"Below\"); }}",
            text);
        Assert.Contains(
            $"        {Interceptors}Inline3(chart, (__sgShared1 is not null ? __sgShared1[__sgBar] : {Interceptors}Inline4(ta, ref __sgState1, close, 3)), \"Computes\");",
            text);
        Assert.Contains($"        {Interceptors}Inline5(chart, Length / _count, \"Divides\");", text);
        Assert.Contains($"        {Interceptors}Inline6(chart, close[1], \"History\");", text);
        Assert.Contains($"        {Interceptors}Inline7(chart, Computed, \"Property with a body\");", text);
        Assert.Contains($"        {{ if (__sgDrawsChart) {Interceptors}Inline8(chart, Length + close, \"Input and bar\"); }}", text);
    }

    private static int[] LinesIn(List<SequencePoint> points) =>
        points.Where(p => !p.IsHidden).Select(p => p.StartLine).Distinct().Order().ToArray();

    /// <summary>The sequence points of each method of the emitted assembly that fall in the script's file, by method name.</summary>
    private static Dictionary<string, List<SequencePoint>> SequencePointsByMethod(Compilation compilation)
    {
        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult emitted = compilation.Emit(pe, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        pe.Position = 0;
        pdb.Position = 0;
        using var peReader = new System.Reflection.PortableExecutable.PEReader(pe);
        MetadataReader metadata = peReader.GetMetadataReader();
        using MetadataReaderProvider pdbProvider = MetadataReaderProvider.FromPortablePdbStream(pdb);
        MetadataReader debug = pdbProvider.GetMetadataReader();

        var byMethod = new Dictionary<string, List<SequencePoint>>();
        foreach (MethodDefinitionHandle handle in metadata.MethodDefinitions)
        {
            string name = metadata.GetString(metadata.GetMethodDefinition(handle).Name);
            MethodDebugInformation information = debug.GetMethodDebugInformation(handle.ToDebugInformationHandle());
            foreach (SequencePoint point in information.GetSequencePoints())
            {
                if (debug.GetString(debug.GetDocument(point.Document).Name) != Path)
                {
                    continue;
                }

                if (!byMethod.TryGetValue(name, out List<SequencePoint>? list))
                {
                    byMethod[name] = list = new List<SequencePoint>();
                }

                list.Add(point);
            }
        }

        return byMethod;
    }
}
