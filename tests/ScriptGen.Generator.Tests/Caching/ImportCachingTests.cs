using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// Import checks read every script (what a target accepts), yet an edit must not re-check the imports
/// of scripts it did not touch: the import graph is built from each script's kind, inputs and targets,
/// taken before the scripts are collected, so an edit that changes none of them builds no graph
/// (<c>Cached</c>) and leaves every other script's check <c>Cached</c>.
/// </summary>
public sealed class ImportCachingTests
{
    private const string Indicator = """
        using ScriptGen;

        namespace Lib;

        [Indicator("Level")]
        public partial class Level
        {
            [Input("Length", MinValue = 1)] public int Length { get; init; } = 14;

            protected override void Process() => chart.Plot(ta.Sma(close, Length), "Level");
        }
        """;

    [Fact]
    public void Editing_one_importers_Process_leaves_the_other_importers_check_cached()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources());

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "Scripts/First.pine.cs", "protected override void Process() { ", "double unused = close * 2; "));

        Assert.Empty(second.GeneratorDiagnostics);
        Assert.Equal(IncrementalStepRunReason.Cached, GraphReason(second));
        Assert.Equal(IncrementalStepRunReason.Cached, CheckReason(second, "App.Second"));
    }

    [Fact]
    public void Editing_the_imported_indicators_body_leaves_every_check_cached()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources());

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "Scripts/Level.pine.cs", "ta.Sma(close, Length)", " * 1"));

        Assert.Empty(second.GeneratorDiagnostics);
        Assert.Equal(IncrementalStepRunReason.Cached, GraphReason(second));
        Assert.Equal(IncrementalStepRunReason.Cached, CheckReason(second, "App.First"));
        Assert.Equal(IncrementalStepRunReason.Cached, CheckReason(second, "App.Second"));
    }

    [Fact]
    public void Changing_the_imported_indicators_bounds_rechecks_its_importers()
    {
        GeneratorRun first = GeneratorHarness.Run(Sources());

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "Scripts/Level.pine.cs", "MinValue = 1", ", MaxValue = 15"));

        Assert.Equal(IncrementalStepRunReason.Modified, GraphReason(second));
        Assert.Equal(IncrementalStepRunReason.Modified, CheckReason(second, "App.First"));
        Assert.Equal(IncrementalStepRunReason.Unchanged, CheckReason(second, "App.Second"));
        Assert.Equal(["SG0057"], second.GeneratorDiagnostics.Select(d => d.Id));
    }

    private static TestSource[] Sources() =>
    [
        new("Scripts/Level.pine.cs", Indicator),
        new("Scripts/First.pine.cs", Importer("First", "new Lib.Level.Inputs { Length = 20 }")),
        new("Scripts/Second.pine.cs", Importer("Second", "Lib.Level.Inputs.Default")),
    ];

    private static string Importer(string name, string inputs) => $$"""
        using ScriptGen;

        namespace App;

        [Strategy("{{name}}")]
        public partial class {{name}}
        {
            Lib.Level _level = null!;

            protected override void Setup() { _level = Import({{inputs}}); }

            protected override void Process() { if (close > _level.Plots.Level && ta.Rising(close, 2)) strategy.Entry("Long", Direction.Long); }
        }
        """;

    private static IncrementalStepRunReason GraphReason(GeneratorRun run) =>
        run.Result.TrackedSteps[TrackingNames.ImportGraph].Single().Outputs.Single().Reason;

    /// <summary>The reason of the import-check step of <paramref name="script"/>, found through the step's input (the script's calls, combined with the graph).</summary>
    private static IncrementalStepRunReason CheckReason(GeneratorRun run, string script)
    {
        foreach (IncrementalGeneratorRunStep step in run.Result.TrackedSteps[TrackingNames.StrategyImportChecks])
        {
            (IncrementalGeneratorRunStep source, int index) = step.Inputs.Single();
            var (calls, _) = ((ScriptImportCalls?, ImportGraph))source.Outputs[index].Value;
            if (calls!.FullName == script)
            {
                return step.Outputs.Single().Reason;
            }
        }

        throw new InvalidOperationException($"No import check of {script}.");
    }

    private static Compilation Edit(Compilation compilation, string path, string anchor, string insertion)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        SourceText text = tree.GetText();
        int position = text.ToString().IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{anchor}' is not in {path}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position + anchor.Length, 0), insertion))));
    }
}
