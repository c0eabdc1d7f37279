using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// An edit must re-run only what it touches: in an IDE the generator runs on every keystroke. Three
/// scripts (two strategies, sharing their pipeline, and an indicator) are generated, then edited;
/// each test asserts, script by script, why every step ran the second time.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] s_scripts = { "EmaCross", "RsiStrategy", "Rsi" };

    [Fact]
    public void Editing_one_scripts_Process_regenerates_only_that_script()
    {
        GeneratorRun first = RunOnScripts();

        GeneratorRun second = Rerun(first, Edit(first.Input, "EmaCross", "double slow", "double unused = close * 2;\n        "));

        AssertReasons(second, new Dictionary<string, ScriptStepReasons>
        {
            ["EmaCross"] = ScriptStepReasons.Regenerated,
            ["RsiStrategy"] = ScriptStepReasons.Cached,
            ["Rsi"] = ScriptStepReasons.Cached,
        });

        // The edited script's name is unchanged, so the collected names are too: the catalog is not even rebuilt.
        AssertCatalogNotRebuilt(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Adding_an_unrelated_file_regenerates_nothing()
    {
        GeneratorRun first = RunOnScripts();

        Compilation withHelper = first.Input.AddSyntaxTrees(GeneratorHarness.Parse(new TestSource(
            "Helpers/Formatting.cs", "static class Formatting { public static string Price(double p) => p.ToString(\"F2\"); }")));
        GeneratorRun second = Rerun(first, withHelper);

        AssertReasons(second, new Dictionary<string, ScriptStepReasons>
        {
            ["EmaCross"] = ScriptStepReasons.Reparsed,
            ["RsiStrategy"] = ScriptStepReasons.Reparsed,
            ["Rsi"] = ScriptStepReasons.Reparsed,
        });

        // The scripts' parse results are all Unchanged, so the catalog's collected input is cached.
        AssertCatalogNotRebuilt(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_whitespace_edit_regenerates_only_the_edited_script()
    {
        GeneratorRun first = RunOnScripts();

        GeneratorRun second = Rerun(first, Edit(first.Input, "Rsi", "    protected override void Process()", "\n"));

        AssertReasons(second, new Dictionary<string, ScriptStepReasons>
        {
            ["EmaCross"] = ScriptStepReasons.Cached,
            ["RsiStrategy"] = ScriptStepReasons.Cached,

            // Whitespace moves the call sites and changes the file's checksum, and both are in
            // every InterceptsLocation of the file: the script must be regenerated.
            ["Rsi"] = ScriptStepReasons.Regenerated,
        });
        AssertCatalogNotRebuilt(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void Running_again_on_the_same_compilation_reruns_nothing()
    {
        GeneratorRun first = RunOnScripts();

        GeneratorRun second = Rerun(first, first.Input);

        AssertReasons(second, s_scripts.ToDictionary(name => name, _ => ScriptStepReasons.Cached));
        AssertCatalogNotRebuilt(second, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void The_first_run_reports_every_step_as_new()
    {
        GeneratorRun first = RunOnScripts();

        var fresh = new ScriptStepReasons(IncrementalStepRunReason.New, IncrementalStepRunReason.New, IncrementalStepRunReason.New);
        AssertReasons(first, s_scripts.ToDictionary(name => name, _ => fresh));
    }

    private static GeneratorRun RunOnScripts() =>
        GeneratorHarness.Run(s_scripts.Select(name => new TestSource($"Scripts/{name}.pine.cs", GoldenFile.ReadInput(name))).ToArray());

    private static GeneratorRun Rerun(GeneratorRun previous, Compilation compilation)
    {
        GeneratorRun next = GeneratorHarness.Run(previous.Driver, compilation);
        Assert.Empty(next.GeneratorDiagnostics);
        Assert.Empty(next.CompilationErrors);
        return next;
    }

    /// <summary>The compilation with <paramref name="insertion"/> inserted before <paramref name="anchor"/> in the script's file, as an editor would.</summary>
    private static Compilation Edit(Compilation compilation, string script, string anchor, string insertion)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == $"Scripts/{script}.pine.cs");
        SourceText text = tree.GetText();
        int position = text.ToString().IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{anchor}' is not in {tree.FilePath}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, 0), insertion))));
    }

    /// <summary>Table-style: one row per script, every step's reason, compared at once so a failure shows the whole picture.</summary>
    private static void AssertReasons(GeneratorRun run, IReadOnlyDictionary<string, ScriptStepReasons> expected)
    {
        string expectedTable = Table(expected);
        string actualTable = Table(ScriptStepReasons.Of(run));
        Assert.True(expectedTable == actualTable, $"Step reasons differ.\nExpected:\n{expectedTable}\nActual:\n{actualTable}");
    }

    /// <summary>
    /// The catalog (a list of script names) and the diagnostics outputs depend on every script, but
    /// no edit here changes a name or a diagnostic: none of them may be re-emitted.
    /// </summary>
    private static void AssertCatalogNotRebuilt(GeneratorRun run, IncrementalStepRunReason catalogStep)
    {
        var catalog = run.Result.TrackedSteps[TrackingNames.CatalogEntries].SelectMany(s => s.Outputs).Select(o => o.Reason);
        Assert.Equal(new[] { catalogStep }, catalog);
        Assert.All(ScriptStepReasons.OfSharedOutputs(run), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    private static string Table(IReadOnlyDictionary<string, ScriptStepReasons> reasons) =>
        string.Join("\n", reasons.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"  {r.Key,-12} parse {r.Value.Parse,-9} spec {r.Value.Spec,-9} source {r.Value.Source}"));
}
