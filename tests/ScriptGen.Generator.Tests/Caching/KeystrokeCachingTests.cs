using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// What an edit costs. An edit inside a method body of a file, a script's or another, must run no other script's step
/// at all (every one Cached); the edited script is parsed alone, in the compilation it was found in. An edit to a
/// declaration anywhere calls every script's parse transform, so a script that the edit cannot affect must get its last
/// parse back, not be bound again. These tests tell a
/// re-parse from a memoized one by identity: a new parse stores a new (equal) result with the file's tree,
/// a memoized one leaves the previous object there. An edit that can change how scripts bind (a declaration anywhere, the
/// script's own file) must parse again, or the output would go stale.
/// </summary>
public sealed class KeystrokeCachingTests
{
    private static readonly string[] s_scripts = ["EmaCross", "RsiStrategy", "Rsi"];

    private const string OtherFile = "Helpers/Defaults.cs";

    private const string OtherText = """
        public static class Defaults
        {
            public const int Length = 14;

            public static int Twice(int value)
            {
                return value * 2;
            }
        }
        """;

    [Fact]
    public void An_edit_inside_one_scripts_Process_parses_that_script_alone()
    {
        GeneratorRun first = Run();
        Dictionary<string, ScriptParseResult> before = Kept(first);

        GeneratorRun second = Rerun(first, Edit(first.Input, "Scripts/EmaCross.pine.cs", "double slow", "double unused = close * 2;\n        "));

        Assert.Equal(["RsiStrategy", "Rsi"], Memoized(before, second));
        AssertEveryScript(second, ScriptStepReasons.Cached, edited: "EmaCross");
    }

    /// <summary>
    /// The handle stays equal across an edit inside a script's method, so Roslyn keeps the older compilation, which does
    /// not hold the edited file: the script must be bound in the new one. A call added by the edit gets its interceptor,
    /// and the output compiles (the harness compiles it with the generated trees).
    /// </summary>
    [Fact]
    public void An_edit_inside_a_scripts_Process_is_bound_in_the_new_compilation()
    {
        GeneratorRun first = Run();

        GeneratorRun second = Rerun(first, Edit(first.Input, "Scripts/EmaCross.pine.cs", "double slow", "double extra = ta.Sma(close, 5);\n        "));

        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(second, TrackingNames.ScriptCompilation));
        Assert.DoesNotContain("Sma", GeneratedFor(first, "EmaCross"), StringComparison.Ordinal);
        Assert.Contains("Sma", GeneratedFor(second, "EmaCross"), StringComparison.Ordinal);
        Assert.Equal(GeneratedFor(first, "Rsi"), GeneratedFor(second, "Rsi"));
    }

    [Fact]
    public void An_edit_inside_a_method_of_another_file_parses_no_script()
    {
        GeneratorRun first = Run();
        Dictionary<string, ScriptParseResult> before = Kept(first);

        GeneratorRun second = Rerun(first, Edit(first.Input, OtherFile, "return value * 2;", "int unused = 0;\n        "));

        Assert.Equal(s_scripts, Memoized(before, second));
        AssertEveryScript(second, ScriptStepReasons.Cached);
    }

    /// <summary>
    /// The target of issue #26: typing in a method of a file without scripts re-runs no script step. Each step by its
    /// tracking name: only the two steps that read the new compilation run (and find their result equal).
    /// </summary>
    [Fact]
    public void An_edit_inside_a_method_of_another_file_leaves_every_script_step_cached()
    {
        GeneratorRun first = Run();

        GeneratorRun second = Rerun(first, Edit(first.Input, OtherFile, "return value * 2;", "return value + value;", replace: true));

        IncrementalStepRunReason[] three = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached];
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(second, TrackingNames.ScriptCompilation));
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Unchanged], Reasons(second, TrackingNames.ScriptTrees));
        Assert.Equal(three, Reasons(second, TrackingNames.ScriptCandidates));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.ParseStrategies));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.ParseIndicators));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.StrategySpecs));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.IndicatorSpecs));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(second, TrackingNames.CatalogEntries));
        Assert.All(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(first.GeneratedText, second.GeneratedText);
    }

    [Fact]
    public void A_comment_in_another_file_parses_no_script()
    {
        GeneratorRun first = Run();
        Dictionary<string, ScriptParseResult> before = Kept(first);

        GeneratorRun second = Rerun(first, Edit(first.Input, OtherFile, "public static int Twice", "// doubles\n    "));

        Assert.Equal(s_scripts, Memoized(before, second));
        AssertEveryScript(second, ScriptStepReasons.Cached);
    }

    /// <summary>A new member can change what a name in any script binds to: every script is parsed again (and is equal, so nothing is emitted).</summary>
    [Fact]
    public void A_new_declaration_in_another_file_parses_every_script_again()
    {
        GeneratorRun first = Run();
        Dictionary<string, ScriptParseResult> before = Kept(first);

        GeneratorRun second = Rerun(first, Edit(first.Input, OtherFile, "public static int Twice", "public const int Other = 3;\n    "));

        Assert.NotEqual(Incremental.DeclarationFingerprint.Of(first.Input), Incremental.DeclarationFingerprint.Of(second.Input));
        Assert.Empty(Memoized(before, second));
        AssertEveryScript(second, ScriptStepReasons.Reparsed);
    }

    /// <summary>An input's default read from a constant in another file: changing the constant changes the script's metadata.</summary>
    [Fact]
    public void A_constant_another_file_declares_reaches_the_script_that_reads_it()
    {
        var script = new TestSource("Scripts/FromDefaults.pine.cs", DiagnosticAssert.Usings + """
            [Indicator("From defaults")]
            public partial class FromDefaults
            {
                [Input("Length")] public int Length { get; init; } = Defaults.Length;
                protected override void Process() => chart.Plot(ta.Sma(close, Length), "Average");
            }
            """);
        GeneratorRun first = GeneratorHarness.Run(script, new TestSource(OtherFile, OtherText));

        GeneratorRun second = Rerun(first, Edit(first.Input, OtherFile, "Length = 14", "Length = 21", replace: true));

        Assert.Contains("global::ScriptGen.InputType.Int, 14", first.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("global::ScriptGen.InputType.Int, 21", second.GeneratedText, StringComparison.Ordinal);
    }

    /// <summary>
    /// A return type changed in another file changes which overload a script's call binds to (C#'s overload resolution:
    /// <c>PlotShape(bool)</c> or <c>PlotShape(double)</c>): the interceptor must follow, or the output would not compile.
    /// </summary>
    [Fact]
    public void A_return_type_another_file_declares_changes_the_overload_the_script_calls()
    {
        var script = new TestSource("Scripts/Flagged.pine.cs", DiagnosticAssert.Usings + """
            [Indicator("Flagged")]
            public partial class Flagged
            {
                protected override void Process() => chart.PlotShape(Signals.Flag(close), "Flag");
            }
            """);
        var signals = new TestSource("Helpers/Signals.cs", """
            public static class Signals
            {
                public static bool Flag(double value)
                {
                    return value > 0;
                }
            }
            """);
        GeneratorRun first = GeneratorHarness.Run(script, signals);
        Assert.Empty(first.CompilationErrors);

        Compilation edited = Edit(first.Input, "Helpers/Signals.cs", "public static bool Flag(double value)", "public static double Flag(double value)", replace: true);
        GeneratorRun second = Rerun(first, Edit(edited, "Helpers/Signals.cs", "return value > 0;", "return value;", replace: true));

        Assert.Contains("PineChart receiver, bool series", first.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("PineChart receiver, double series", second.GeneratedText, StringComparison.Ordinal);
        Assert.DoesNotContain("PineChart receiver, bool series", second.GeneratedText, StringComparison.Ordinal);
    }

    /// <summary>
    /// The compiler's options do not all implement GetHashCode (its syntax tree options provider throws); a
    /// fingerprint that hashed them crashed the generator in every real build (CS8785).
    /// </summary>
    [Fact]
    public void The_fingerprint_does_not_hash_the_compilers_options()
    {
        Compilation compilation = GeneratorHarness.CreateCompilation(new TestSource("Scripts/EmaCross.pine.cs", GoldenFile.ReadInput("EmaCross")));
        compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new UnhashableTreeOptions()));

        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);

        Assert.Null(run.Result.Exception);
        Assert.Single(run.Result.GeneratedSources, s => s.HintName.EndsWith("EmaCross.g.cs", StringComparison.Ordinal));
    }

    private static GeneratorRun Run() => GeneratorHarness.Run(
        [.. s_scripts.Select(name => new TestSource($"Scripts/{name}.pine.cs", GoldenFile.ReadInput(name))), new TestSource(OtherFile, OtherText)]);

    private static GeneratorRun Rerun(GeneratorRun previous, Compilation compilation)
    {
        GeneratorRun next = GeneratorHarness.Run(previous.Driver, compilation);
        Assert.Empty(next.GeneratorDiagnostics);
        Assert.Empty(next.CompilationErrors);
        return next;
    }

    private static string GeneratedFor(GeneratorRun run, string script) =>
        Assert.Single(run.GeneratedSources, s => s.HintName.EndsWith(script + ".g.cs", StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>The parse each script's file keeps now, by script (the memo is per syntax tree, so read it before the next run).</summary>
    private static Dictionary<string, ScriptParseResult> Kept(GeneratorRun run) => s_scripts.ToDictionary(
        name => name,
        name => Assert.Single(Incremental.ScriptParseMemo.Kept(run.Input.SyntaxTrees.Single(t => t.FilePath == $"Scripts/{name}.pine.cs"))));

    /// <summary>
    /// The scripts the second run did not parse again: their file keeps the very object it kept before. (The steps'
    /// outputs cannot tell: Roslyn keeps the previous object of an equal output.)
    /// </summary>
    private static string[] Memoized(Dictionary<string, ScriptParseResult> before, GeneratorRun second)
    {
        Dictionary<string, ScriptParseResult> after = Kept(second);
        return [.. s_scripts.Where(name => ReferenceEquals(before[name], after[name]))];
    }

    /// <summary>Every script but <paramref name="edited"/> ran its steps for <paramref name="others"/>; the edited one was regenerated.</summary>
    private static void AssertEveryScript(GeneratorRun run, ScriptStepReasons others, string? edited = null)
    {
        IReadOnlyDictionary<string, ScriptStepReasons> reasons = ScriptStepReasons.Of(run);
        Assert.Equal(s_scripts.Order(StringComparer.Ordinal), reasons.Keys.Order(StringComparer.Ordinal));
        foreach ((string name, ScriptStepReasons actual) in reasons)
        {
            Assert.Equal(name == edited ? ScriptStepReasons.Regenerated : others, actual);
        }
    }

    /// <summary>The run reason of every output of the step named <paramref name="step"/>, in pipeline order.</summary>
    private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
        [.. run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason)];

    private static Compilation Edit(Compilation compilation, string path, string anchor, string text, bool replace = false)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        SourceText source = tree.GetText();
        int position = source.ToString().IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{anchor}' is not in {path}");
        var change = new TextChange(new TextSpan(position, replace ? anchor.Length : 0), text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(source.WithChanges(change)));
    }

    /// <summary>Like the compiler's own provider: no options, and no hash code.</summary>
    private sealed class UnhashableTreeOptions : SyntaxTreeOptionsProvider
    {
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => throw new NotImplementedException();
    }
}
