using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Scripting.Tests.Infrastructure;

// A test analyzer the engine runs in this process, never loaded by a compiler: no release tracking, no
// netstandard2.0 target, no extended analyzer rules.
#pragma warning disable RS1036, RS1041, RS2008

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>Analyzers of <see cref="ScriptParserOptions.Analyzers"/> run on every compilation; their diagnostics are reported like the compiler's.</summary>
public sealed class AnalyzerTests
{
    private const string Text = """
        namespace TestScripts;

        [Indicator("Magic")]
        public partial class Magic
        {
            protected override void Process() => chart.Plot(close * 42, "Magic");
        }
        """;

    [Theory]
    [InlineData(ScriptTrust.Trusted)]
    [InlineData(ScriptTrust.Untrusted)]
    public void An_analyzer_warning_is_reported_by_Check_and_on_the_compiled_set(ScriptTrust trust)
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = trust, Analyzers = [new MagicNumberAnalyzer(DiagnosticSeverity.Warning)] });
        ScriptSource source = new(Text, "Magic.pine.cs");

        CompiledScripts set = parser.Compile([source]);

        ScriptDiagnostic warning = Assert.Single(set.Warnings);
        Assert.Equal(("TX0042", ScriptDiagnosticSeverity.Warning, "Magic.pine.cs", 6, 61), (warning.Id, warning.Severity, warning.FilePath, warning.Line, warning.Column));
        Assert.Equal(set.Warnings, parser.Check([source]));
    }

    [Fact]
    public void An_analyzer_error_stops_the_compile()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted, Analyzers = [new MagicNumberAnalyzer(DiagnosticSeverity.Error)] });

        var failure = Assert.Throws<ScriptParsingException>(() => parser.Parse(Text, "Magic.pine.cs"));

        Assert.Equal("TX0042", Assert.Single(failure.Errors).Id);
    }

    [Fact]
    public void The_analyzers_are_part_of_the_cache_key()
    {
        using var plain = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
        using var analyzed = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted, Analyzers = [new MagicNumberAnalyzer(DiagnosticSeverity.Warning)] });
        ScriptSource source = new(Scripts.UniqueIndicator());

        Assert.NotEqual(plain.Compile([source]).Key, analyzed.Compile([source]).Key);
    }

    /// <summary>Reports the integer literal 42 in the user's code.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class MagicNumberAnalyzer(DiagnosticSeverity severity) : DiagnosticAnalyzer
    {
        private readonly DiagnosticDescriptor _rule = new(
            "TX0042", "Magic number", "The literal {0} is a magic number", "Test", severity, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [_rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var literal = (LiteralExpressionSyntax)c.Node;
                    if (literal.Token.Value is 42)
                    {
                        c.ReportDiagnostic(Diagnostic.Create(_rule, literal.GetLocation(), literal.Token.ValueText));
                    }
                },
                SyntaxKind.NumericLiteralExpression);
        }
    }
}
