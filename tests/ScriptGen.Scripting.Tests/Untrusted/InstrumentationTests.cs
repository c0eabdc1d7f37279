using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// The sample scripts and the allowed snippets pass the check, and after the instrumentation still
/// compile (generator included, no error), keep every original token on its line, reparse to the same
/// tree, keep their path and options, and have a budget call in every loop and every body.
/// </summary>
public sealed class InstrumentationTests
{
    public static TheoryData<string> SampleScripts =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scripts"), "*.pine.cs").Select(path => Path.GetFileName(path)).Order()];

    public static TheoryData<string> Snippets => [.. AllowedSnippets.All.Keys];

    [Fact]
    public void The_samples_are_copied_for_the_tests()
    {
        Assert.True(SampleScripts.Count >= 5, "The test project copies samples/ScriptGen.Samples/Scripts/*.pine.cs to scripts/.");
    }

    [Theory]
    [MemberData(nameof(SampleScripts))]
    public void A_sample_script_passes_and_compiles_instrumented_with_its_lines(string file)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "scripts");
        string text = File.ReadAllText(Path.Combine(folder, file));

        // A sample may import another (RSI Reversal imports the RSI): the other samples compile beside it.
        (string Text, string Path)[] others = [.. Directory.GetFiles(folder, "*.pine.cs")
            .Where(path => Path.GetFileName(path) != file)
            .Order(StringComparer.Ordinal)
            .Select(path => (File.ReadAllText(path), Path.GetFileName(path)))];
        AssertPassesAndInstruments(text, file, others);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void An_allowed_snippet_passes_and_compiles_instrumented_with_its_lines(string name)
    {
        AssertPassesAndInstruments(AllowedSnippets.All[name], name + ".pine.cs");
    }

    [Fact]
    public void Every_loop_label_and_body_gets_its_budget_call()
    {
        CheckResult result = UntrustedHarness.Check(AllowedSnippets.All["instrumented constructs"]);
        string instrumented = result.Guard.Instrument(result.Tree).ToString();

        // The Process body of the snippet, line by line: every loop body starts with Step, bodies with Enter.
        Assert.Contains("for (int i = 0; i < 3; i++) { global::ScriptGen.CompilerServices.ScriptBudget.Step(); total += i; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("while (total < 10) { global::ScriptGen.CompilerServices.ScriptBudget.Step(); total++; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("do { global::ScriptGen.CompilerServices.ScriptBudget.Step(); total--; } while (total > 5);", instrumented, StringComparison.Ordinal);
        Assert.Contains("again: global::ScriptGen.CompilerServices.ScriptBudget.Step(); n++;", instrumented, StringComparison.Ordinal);
        Assert.Contains("case 3: global::ScriptGen.CompilerServices.ScriptBudget.Step(); goto case 4;", instrumented, StringComparison.Ordinal);
        Assert.Contains("Func<int> value2 = () => { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return total; };", instrumented, StringComparison.Ordinal);
        Assert.Contains("Action log = () => { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); total++; };", instrumented, StringComparison.Ordinal);
        Assert.Contains("x => { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); throw new ArgumentException(\"x\"); };", instrumented, StringComparison.Ordinal);
        Assert.Contains("delegate { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return 1; };", instrumented, StringComparison.Ordinal);
        Assert.Contains("int Local(int x) { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return x + 1; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("void Bump() { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); total++; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("public int Property { get { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return _field + 1; } }", instrumented, StringComparison.Ordinal);
        Assert.Contains("get { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return _field; } set { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); _field = value; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("public ref int Slot { get { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return ref _field; } }", instrumented, StringComparison.Ordinal);
        Assert.Contains("private Constructs(int seed) { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); _field = seed; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("static Constructs() { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); }", instrumented, StringComparison.Ordinal);
        Assert.Contains("private static void Throws() { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); throw new InvalidOperationException(); }", instrumented, StringComparison.Ordinal);
        Assert.Contains("operator +(Constructs a, Constructs b) { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return a; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("explicit operator int(Constructs c) { global::ScriptGen.CompilerServices.ScriptBudget.Enter(); return c._field; }", instrumented, StringComparison.Ordinal);
        Assert.Contains("IEnumerable<int> Items()\n    { global::ScriptGen.CompilerServices.ScriptBudget.Enter();", instrumented.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("int[] literal = new int[4];", instrumented, StringComparison.Ordinal); // Known small: left alone.
        Assert.Contains("int[] fixedSize = new int[] { 1, 2, 3 };", instrumented, StringComparison.Ordinal);
        Assert.Contains("new double[((int)(_size)) switch { var __sgLength", instrumented, StringComparison.Ordinal); // Series<int> converts as before.
        Assert.Contains("new byte[(big) switch { var __sgLength", instrumented, StringComparison.Ordinal);
    }

    [Fact]
    public void The_instrumented_tree_keeps_the_path_and_the_options()
    {
        CheckResult result = UntrustedHarness.Check(AllowedSnippets.All["own types"]);
        SyntaxTree instrumented = result.Guard.Instrument(result.Tree);

        Assert.Equal(result.Tree.FilePath, instrumented.FilePath);
        Assert.Same(result.Tree.Options, instrumented.Options);
        Assert.Equal(result.Tree.Encoding, instrumented.Encoding);
    }

    [Fact]
    public void Instrumenting_a_tree_the_check_has_not_seen_fails_clearly_when_it_needs_the_check()
    {
        var guard = new UntrustedSourceGuard();
        SyntaxTree tree = UntrustedHarness.Parse(new ProbeScript(Body: "            Action<List<int>> add = list => list.Add(1);").Text);

        InvalidOperationException failure = Assert.Throws<InvalidOperationException>(() => guard.Instrument(tree));
        Assert.Contains("Check", failure.Message, StringComparison.Ordinal);
    }

    private static void AssertPassesAndInstruments(string text, string name, IReadOnlyList<(string Text, string Path)>? companions = null)
    {
        CheckResult result = UntrustedHarness.Check(text, name, companions ?? []);
        Assert.True(result.CompileErrors.IsEmpty, name + " does not compile:" + Environment.NewLine + UntrustedHarness.Describe(result.CompileErrors));
        Assert.True(result.Diagnostics.IsEmpty, name + " is refused:" + Environment.NewLine + UntrustedHarness.Describe(result.Diagnostics));

        SyntaxTree instrumented = result.Guard.Instrument(result.Tree);
        AssertLinesKept(result.Tree, instrumented);
        SyntaxTree reparsed = CSharpSyntaxTree.ParseText(instrumented.GetText(), UntrustedHarness.ParseOptions, instrumented.FilePath);
        Assert.Empty(reparsed.GetDiagnostics());
        Assert.True(SyntaxFactory.AreEquivalent(reparsed, instrumented, topLevel: false), "The instrumented text reparses to another tree.");

        UntrustedHarness.CompileInstrumented(result.Guard, [result.Tree, .. result.Companions], out ImmutableArray<Diagnostic> errors);
        Assert.True(errors.IsEmpty, name + " does not compile instrumented:" + Environment.NewLine + UntrustedHarness.Describe(errors)
            + Environment.NewLine + instrumented);
        Assert.Contains("ScriptBudget.Enter();", instrumented.ToString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every token of the original is in the instrumented tree on the same line, in order, except the
    /// arrows and semicolons of expression bodies the instrumentation turned into blocks; and the text has
    /// as many lines as before (inserted tokens, annotated, add no line break).
    /// </summary>
    internal static void AssertLinesKept(SyntaxTree original, SyntaxTree instrumented)
    {
        List<SyntaxToken> originalTokens = [.. original.GetRoot().DescendantTokens()];
        List<SyntaxToken> keptTokens = [.. instrumented.GetRoot().DescendantTokens().Where(token => !token.HasAnnotation(BudgetInstrumenter.Annotation))];
        int kept = 0;
        foreach (SyntaxToken token in originalTokens)
        {
            if (kept < keptTokens.Count && keptTokens[kept].RawKind == token.RawKind && keptTokens[kept].Text == token.Text)
            {
                int originalLine = token.GetLocation().GetLineSpan().StartLinePosition.Line;
                int instrumentedLine = keptTokens[kept].GetLocation().GetLineSpan().StartLinePosition.Line;
                Assert.True(originalLine == instrumentedLine, $"'{token.Text}' moved from line {originalLine + 1} to line {instrumentedLine + 1}.");
                kept++;
                continue;
            }

            bool replaced = token.IsKind(SyntaxKind.EqualsGreaterThanToken) && token.Parent is ArrowExpressionClauseSyntax
                || token.IsKind(SyntaxKind.SemicolonToken) && token.Parent is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
                    or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax;
            Assert.True(replaced, $"'{token.Text}' on line {token.GetLocation().GetLineSpan().StartLinePosition.Line + 1} is missing from the instrumented tree.");
        }

        Assert.Equal(keptTokens.Count, kept);
        Assert.Equal(original.GetText().Lines.Count, instrumented.GetText().Lines.Count);
    }
}
