using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Scripting.Compilation;
using ScriptGen.Scripting.Tests.Infrastructure;

// The descriptor stands for the untrusted-code guard's own: these tests are no analyzer.
#pragma warning disable RS2008

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>
/// The two phases of untrusted text with a guard that checks and instruments: errors at the user's
/// positions from the original trees; the instrumented trees generated again (interceptors included) and
/// emitted, with the user's lines in stack traces.
/// </summary>
public sealed class GuardTests
{
    private const string Text = """
        namespace TestScripts;

        [Indicator("Guarded")]
        public partial class Guarded
        {
            protected override void Process()
            {
                chart.Plot(ta.Sma(close, 2), "SMA");
                if (bar_index == 3)
                {
                    throw new InvalidOperationException("guarded boom");
                }
            }
        }
        """;

    [Fact]
    public void A_guard_error_stops_the_compile_at_its_position_in_the_users_text()
    {
        using var parser = new ScriptParser(new ScriptParserOptions(), new ProbeGuard());
        string text = Text.Replace("chart.Plot(ta.Sma(close, 2), \"SMA\");", "chart.Plot(ta.Sma(close, 2), \"SMA\"); Forbidden();");

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(text, "Guarded.pine.cs"));

        Assert.Contains(failure.Errors, e => (e.Id, e.Line, e.Column) == ("CS0103", 8, 46));
        Assert.Contains(failure.Errors, e => (e.Id, e.FilePath, e.Line, e.Column) == ("GX0001", "Guarded.pine.cs", 8, 46));
        Assert.Equal(parser.Check([new ScriptSource(text, "Guarded.pine.cs")]), failure.Diagnostics);
    }

    [Fact]
    public void The_instrumented_trees_are_generated_again_and_run_with_the_users_lines()
    {
        using var parser = new ScriptParser(
            new ScriptParserOptions { References = [typeof(GuardProbe).Assembly], ReferenceHostScripts = false }, new ProbeGuard());
        ScriptDefinition definition = parser.Parse(Text, "Guarded.pine.cs");
        int before = GuardProbe.Steps;

        var failure = Assert.Throws<ScriptRuntimeException>(
            () => new RuntimeEnvironment().RunIndicator((IndicatorScript)definition.Create(), Scripts.Closes(5)));

        Assert.Equal(4, GuardProbe.Steps - before); // bars 0..3 ran the inserted statement
        Assert.Equal(("Guarded.pine.cs", 11, 3), (failure.SourceFile, failure.SourceLine, failure.BarIndex));
    }

    [Fact]
    public void The_guard_is_part_of_the_cache_key()
    {
        var options = new ScriptParserOptions { References = [typeof(GuardProbe).Assembly] };
        using var plain = new ScriptParser(options);
        using var guarded = new ScriptParser(options, new ProbeGuard());
        ScriptSource source = new(Scripts.UniqueIndicator());

        Assert.NotEqual(plain.Compile([source]).Key, guarded.Compile([source]).Key);
    }

    /// <summary>
    /// Reports every call of <c>Forbidden()</c> (GX0001), and inserts <c>GuardProbe.Steps++;</c> at the start of
    /// <c>Process()</c> on the line of its brace, changing no line.
    /// </summary>
    private sealed class ProbeGuard : ISourceGuard
    {
        private static readonly DiagnosticDescriptor s_forbidden = new(
            "GX0001", "Forbidden call", "'{0}' may not be called", "Guard", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public IEnumerable<Diagnostic> Check(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> userTrees, CancellationToken cancellationToken) =>
            userTrees
                .SelectMany(t => t.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                .Where(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "Forbidden" })
                .Select(i => Diagnostic.Create(s_forbidden, i.GetLocation(), "Forbidden"));

        public SyntaxTree Instrument(SyntaxTree userTree)
        {
            SyntaxNode root = new Inserter().Visit(userTree.GetRoot());
            return userTree.WithRootAndOptions(root, userTree.Options);
        }

        private sealed class Inserter : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node) =>
                node.Identifier.ValueText == "Process" && node.Body is { } body
                    ? node.WithBody(body.WithStatements(body.Statements.Insert(
                        0, SyntaxFactory.ParseStatement("global::ScriptGen.Scripting.Tests.Compilation.GuardProbe.Steps++;"))))
                    : node;
        }
    }
}

/// <summary>What the probe guard's instrumentation counts.</summary>
public static class GuardProbe
{
    private static int s_steps;

    /// <summary>How many times instrumented code ran.</summary>
    public static int Steps
    {
        get => Volatile.Read(ref s_steps);
        set => Volatile.Write(ref s_steps, value);
    }
}
