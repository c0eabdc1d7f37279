using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Incremental;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// The compilation handle's contract: equal exactly while no script can bind differently. Roslyn keeps the old handle
/// (and its older compilation) when the new one is equal, so an equal handle across a change a script depends on
/// would leave its output stale, and one across a change of the script's own file would bind a file the kept
/// compilation does not hold.
/// </summary>
public sealed class CompilationHandleTests
{
    private const string ScriptPath = "Scripts/Rsi.pine.cs";
    private const string OtherPath = "Helpers/Defaults.cs";

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
    public void A_method_body_edited_in_a_file_without_scripts_leaves_the_handle_equal()
    {
        Compilation before = Project();
        Compilation after = Edit(before, OtherPath, "return value * 2;", "return value + value;");

        Assert.Equal(CompilationHandle.For(before), CompilationHandle.For(after));
    }

    /// <summary>The edited script is parsed alone, in the compilation its candidate was found in (the next two tests).</summary>
    [Fact]
    public void A_method_body_edited_in_a_script_file_leaves_the_handle_equal()
    {
        Compilation before = Project();
        Compilation after = Edit(before, ScriptPath, "chart.Plot(Overbought", "chart.Plot(Overbought + 0");

        Assert.Equal(CompilationHandle.For(before), CompilationHandle.For(after));
    }

    /// <summary>The handle kept from before the edit lacks the edited file; the candidate's own compilation holds it.</summary>
    [Fact]
    public void A_candidate_is_bound_in_the_compilation_it_was_found_in_when_the_handle_lacks_its_file()
    {
        Compilation before = Project();
        Compilation after = Edit(before, ScriptPath, "chart.Plot(Overbought", "chart.Plot(Overbought + 0");
        SyntaxTree edited = after.SyntaxTrees.Single(t => t.FilePath == ScriptPath);
        ScriptCandidate candidate = Assert.Single(ScriptCandidates.In(new ScriptTree(edited, after), EquatableArray<AttributeAlias>.Empty));

        ScriptParseResult result = ScriptSpecParser.Parse(candidate, CompilationHandle.For(before), CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        ScriptSpec spec = Assert.IsType<ScriptSpec>(result.Spec);
        Assert.Equal("Rsi", spec.ClassName);
    }

    [Fact]
    public void A_constant_edited_in_a_file_without_scripts_changes_the_handle()
    {
        Compilation before = Project();
        Compilation after = Edit(before, OtherPath, "Length = 14", "Length = 21");

        Assert.NotEqual(CompilationHandle.For(before), CompilationHandle.For(after));
    }

    [Fact]
    public void Other_references_change_the_handle()
    {
        Compilation before = Project();
        Compilation after = before.AddReferences(MetadataReference.CreateFromFile(typeof(System.Text.Json.JsonSerializer).Assembly.Location));

        Assert.NotEqual(CompilationHandle.For(before), CompilationHandle.For(after));
    }

    /// <summary>
    /// Should neither the handle nor the candidate's own compilation hold its file (the pipeline prevents it), the parse
    /// reports a generator failure instead of throwing.
    /// </summary>
    [Fact]
    public void A_candidate_whose_file_the_handle_lacks_is_reported_not_bound()
    {
        Compilation before = Project();
        Compilation after = Edit(before, ScriptPath, "chart.Plot(Overbought", "chart.Plot(Overbought + 0");
        SyntaxTree edited = after.SyntaxTrees.Single(t => t.FilePath == ScriptPath);
        ScriptCandidate candidate = Assert.Single(ScriptCandidates.In(edited, EquatableArray<AttributeAlias>.Empty));

        ScriptParseResult result = ScriptSpecParser.Parse(candidate, CompilationHandle.For(before), CancellationToken.None);

        Assert.Null(result.Spec);
        DiagnosticInfo failure = Assert.Single(result.Diagnostics);
        Diagnostic diagnostic = failure.ToDiagnostic();
        Assert.Equal("SG9001", diagnostic.Id);
        Assert.Contains("does not hold Scripts/Rsi.pine.cs", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static Compilation Project() => GeneratorHarness.CreateCompilation(
        new TestSource(ScriptPath, GoldenFile.ReadInput("Rsi")),
        new TestSource(OtherPath, OtherText));

    private static Compilation Edit(Compilation compilation, string path, string anchor, string replacement)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        SourceText text = tree.GetText();
        int position = text.ToString().IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(position >= 0, $"'{anchor}' is not in {path}");
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, anchor.Length), replacement))));
    }
}
