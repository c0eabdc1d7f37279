using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// Which classes are scripts. The generator finds them by syntax (an attribute named <c>Strategy</c> or <c>Indicator</c>,
/// or an alias for one) and keeps each file's candidates while the file is unchanged, so these tests check that every
/// way C# lets a script attribute be written is found, that a class whose attribute is not ScriptGen's is not, and that
/// a script appearing, disappearing or gaining its attribute between two runs of one driver is followed.
/// A script is generated exactly when its generated part exists and the whole compiles: without it, its
/// <c>override Process()</c>, <c>ta</c>, <c>close</c> and <c>chart</c> do not bind.
/// </summary>
public sealed class ScriptDiscoveryTests
{
    private const string Body = """
        {
            protected override void Process() => chart.Plot(ta.Sma(close, 10), "Average");
        }
        """;

    [Fact]
    public void An_attribute_written_through_a_using_alias_makes_a_script()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Aliased.pine.cs", """
            using S = ScriptGen.StrategyAttribute;

            namespace Discovery;

            [S("Aliased")]
            public partial class Aliased
            """ + Body));

        AssertGenerated(run, ("Discovery.Aliased", "Aliased", "Strategy"));
    }

    /// <summary>C# looks an attribute name up with the <c>Attribute</c> suffix too, aliases included: <c>[Ind]</c> finds <c>IndAttribute</c>.</summary>
    [Fact]
    public void An_alias_named_with_the_Attribute_suffix_is_found_without_it()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Suffixed.pine.cs", """
            using IndAttribute = ScriptGen.IndicatorAttribute;

            namespace Discovery;

            [Ind("Suffixed")]
            public partial class Suffixed
            """ + Body));

        AssertGenerated(run, ("Discovery.Suffixed", "Suffixed", "Indicator"));
    }

    [Fact]
    public void An_alias_declared_inside_the_namespace_makes_a_script()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/Scoped.pine.cs", """
            namespace Discovery
            {
                using Study = ScriptGen.IndicatorAttribute;

                [Study("Scoped")]
                public partial class Scoped
                {
                    protected override void Process() => chart.Plot(ta.Sma(close, 10), "Average");
                }
            }
            """));

        AssertGenerated(run, ("Discovery.Scoped", "Scoped", "Indicator"));
    }

    [Fact]
    public void A_global_alias_in_another_file_makes_a_script()
    {
        GeneratorRun run = GeneratorHarness.Run(
            new TestSource("GlobalUsings.cs", "global using Study = ScriptGen.IndicatorAttribute;\n"),
            new TestSource("Scripts/Global.pine.cs", """
                namespace Discovery;

                [Study("Global")]
                public partial class Global
                """ + Body));

        AssertGenerated(run, ("Discovery.Global", "Global", "Indicator"));
    }

    /// <summary>
    /// A file that did not change is not searched again, but a global alias written in another file changes what its
    /// attribute names: the script must appear when the alias does, and go when it goes.
    /// </summary>
    [Fact]
    public void A_global_alias_added_later_in_another_file_turns_an_unchanged_file_into_a_script()
    {
        GeneratorRun first = GeneratorHarness.Run(
            new TestSource("GlobalUsings.cs", "global using System;\n"),
            new TestSource("Scripts/Late.pine.cs", """
                namespace Discovery;

                [Study("Late")]
                public partial class Late
                """ + Body));
        Assert.Empty(first.Result.GeneratedSources);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "GlobalUsings.cs", "global using System;", "global using Study = ScriptGen.IndicatorAttribute;", replace: true));
        AssertGenerated(second, ("Discovery.Late", "Late", "Indicator"));

        GeneratorRun third = GeneratorHarness.Run(second.Driver, Edit(second.Input, "GlobalUsings.cs", "global using Study = ScriptGen.IndicatorAttribute;", "global using System;", replace: true));
        Assert.Empty(third.Result.GeneratedSources);
        Assert.Null(third.Result.Exception);
    }

    /// <summary>Another library's <c>[Strategy]</c> is not ScriptGen's: nothing is generated and nothing reported.</summary>
    [Fact]
    public void A_class_with_another_strategy_attribute_is_not_a_script()
    {
        GeneratorRun run = GeneratorHarness.Run(
            new TestSource("Other/StrategyAttribute.cs", """
                namespace Other;

                public sealed class StrategyAttribute(string name) : System.Attribute
                {
                    public string Name { get; } = name;
                }
                """),
            new TestSource("Other/Plan.cs", """
                using Other;

                [Strategy("Not a script")]
                public partial class Plan
                {
                }
                """));

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.Result.GeneratedSources);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
    }

    /// <summary>A file holding a script and other types: editing the other type's method regenerates the script (its file changed) correctly.</summary>
    [Fact]
    public void A_script_beside_other_types_in_one_file_follows_edits_to_them()
    {
        GeneratorRun first = GeneratorHarness.Run(new TestSource("Scripts/Mixed.pine.cs", DiagnosticAssert.Usings + """
            public static class Lengths
            {
                public const int Fast = 9;

                public static int Twice(int value)
                {
                    return value * 2;
                }
            }

            [Strategy("Mixed")]
            public partial class Mixed
            {
                [Input("Fast")] public int Fast { get; init; } = Lengths.Fast;

                protected override void Process() => chart.Plot(ta.Ema(close, Fast), "Fast");
            }
            """));
        AssertGenerated(first, ("Mixed", "Mixed", "Strategy"));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "Scripts/Mixed.pine.cs", "return value * 2;", "return value + value;", replace: true));
        AssertGenerated(second, ("Mixed", "Mixed", "Strategy"));
        Assert.Equal(ScriptStepReasons.Regenerated, ScriptStepReasons.Of(second)["Mixed"]);

        GeneratorRun third = GeneratorHarness.Run(second.Driver, Edit(second.Input, "Scripts/Mixed.pine.cs", "Fast = 9;", "Fast = 12;", replace: true));
        Assert.Contains("InputMetadata(\"Fast\", \"Fast\", global::ScriptGen.InputType.Int, 9,", first.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("InputMetadata(\"Fast\", \"Fast\", global::ScriptGen.InputType.Int, 12,", third.GeneratedText, StringComparison.Ordinal);
        Assert.Empty(third.CompilationErrors);
    }

    /// <summary>A new script file is generated; the others are not regenerated (their parse may run: the project's declarations changed).</summary>
    [Fact]
    public void Adding_a_script_file_generates_it_and_regenerates_no_other()
    {
        GeneratorRun first = GeneratorHarness.Run(Script("Scripts/First.pine.cs", "[Strategy(\"First\")]", "First"));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, first.Input.AddSyntaxTrees(
            GeneratorHarness.Parse(Script("Scripts/Second.pine.cs", "[Indicator(\"Second\")]", "Second"))));

        AssertGenerated(second, ("Discovery.First", "First", "Strategy"), ("Discovery.Second", "Second", "Indicator"));
        Assert.Equal(ScriptStepReasons.Reparsed, ScriptStepReasons.Of(second)["First"]);
        Assert.Equal(new ScriptStepReasons(IncrementalStepRunReason.New, IncrementalStepRunReason.New, IncrementalStepRunReason.New), ScriptStepReasons.Of(second)["Second"]);
        Assert.Contains("ScriptDefinition.For<global::Discovery.Second>()", second.GeneratedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_script_file_removes_its_generated_part_and_catalog_entry()
    {
        GeneratorRun first = GeneratorHarness.Run(
            Script("Scripts/First.pine.cs", "[Strategy(\"First\")]", "First"),
            Script("Scripts/Second.pine.cs", "[Indicator(\"Second\")]", "Second"));
        AssertGenerated(first, ("Discovery.First", "First", "Strategy"), ("Discovery.Second", "Second", "Indicator"));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, first.Input.RemoveSyntaxTrees(first.Input.SyntaxTrees.Where(t => t.FilePath == "Scripts/Second.pine.cs")));

        AssertGenerated(second, ("Discovery.First", "First", "Strategy"));
        Assert.DoesNotContain("Discovery.Second", second.GeneratedText, StringComparison.Ordinal);
    }

    /// <summary>As a user types the attribute on a class that had none: the file becomes a script's file, and the script appears.</summary>
    [Fact]
    public void Typing_the_attribute_on_a_plain_class_makes_it_a_script()
    {
        GeneratorRun first = GeneratorHarness.Run(
            Script("Scripts/First.pine.cs", "[Strategy(\"First\")]", "First"),
            Script("Scripts/Later.pine.cs", string.Empty, "Later"));

        // Later does not compile yet: without the attribute nothing completes it.
        AssertScripts(first, ("Discovery.First", "First", "Strategy"));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Edit(first.Input, "Scripts/Later.pine.cs", "public partial class Later", "[Indicator(\"Later\")]\n"));

        AssertGenerated(second, ("Discovery.First", "First", "Strategy"), ("Discovery.Later", "Later", "Indicator"));
        Assert.Equal(ScriptStepReasons.Reparsed, ScriptStepReasons.Of(second)["First"]);

        // And back: the attribute deleted, the script goes.
        GeneratorRun third = GeneratorHarness.Run(second.Driver, second.Input.ReplaceSyntaxTree(
            second.Input.SyntaxTrees.Single(t => t.FilePath == "Scripts/Later.pine.cs"),
            GeneratorHarness.Parse(Script("Scripts/Later.pine.cs", string.Empty, "Later"))));
        Assert.DoesNotContain("Discovery.Later", third.GeneratedText, StringComparison.Ordinal);
        Assert.Contains("ScriptDefinition.For<global::Discovery.First>()", third.GeneratedText, StringComparison.Ordinal);
    }

    private static TestSource Script(string path, string attribute, string name) => new(path, DiagnosticAssert.Usings + $$"""
        namespace Discovery;

        {{attribute}}
        public partial class {{name}}
        """ + Body);

    /// <summary>The run generated exactly these scripts (full name, title, kind) and the catalog, reported no SG diagnostic, and its output compiles.</summary>
    private static void AssertGenerated(GeneratorRun run, params (string FullName, string Title, string Kind)[] scripts)
    {
        AssertScripts(run, scripts);
        Assert.Empty(run.CompilationErrors);
    }

    /// <summary>The run generated exactly these scripts (full name, title, kind) and the catalog, and reported no SG diagnostic.</summary>
    private static void AssertScripts(GeneratorRun run, params (string FullName, string Title, string Kind)[] scripts)
    {
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Equal(
            [.. scripts.Select(s => s.FullName + ".g.cs").Append("ScriptGen-Catalog.g.cs").Order(StringComparer.Ordinal)],
            run.GeneratedSources.Select(s => s.HintName));
        foreach ((string fullName, string title, string kind) in scripts)
        {
            string source = run.GeneratedSources.Single(s => s.HintName == fullName + ".g.cs").SourceText.ToString();
            Assert.Contains($"Title: \"{title}\",", source, StringComparison.Ordinal);
            Assert.Contains($"Kind: global::ScriptGen.ScriptKind.{kind},", source, StringComparison.Ordinal);
        }
    }

    /// <summary>The compilation with <paramref name="text"/> inserted before <paramref name="anchor"/> in one file, or replacing it.</summary>
    private static Compilation Edit(Compilation compilation, string path, string anchor, string text, bool replace = false)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        SourceText source = tree.GetText();
        int position = source.ToString().IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{anchor}' is not in {path}");
        var change = new TextChange(new TextSpan(position, replace ? anchor.Length : 0), text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(source.WithChanges(change)));
    }
}
