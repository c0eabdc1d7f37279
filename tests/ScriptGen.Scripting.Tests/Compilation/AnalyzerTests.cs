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

    /// <summary>The generator assembly's own analyzers run on text as in a build: their warnings and errors, at the user's positions.</summary>
    [Fact]
    public void The_generator_assemblys_analyzers_report_on_script_text()
    {
        const string text = """
            namespace TestScripts;

            [Indicator("Gated", Pyramid = 2)]
            public partial class Gated
            {
                private int _wins = 3;
                private int _trades = 4;

                protected override void Process()
                {
                    double rate = _wins / _trades;
                    double x = close > open ? ta.Ema(close, 9) : rate;
                    chart.Plot(x + timeframe.InSeconds("4H"), "X");
                }
            }
            """;
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });

        var reported = parser.Check([new ScriptSource(text, "Gated.pine.cs")])
            .Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal))
            .Select(d => (d.Id, d.Severity, d.FilePath, d.Line, d.Column))
            .OrderBy(d => d.Line)
            .ToArray();

        Assert.Equal(
            [
                ("SG0009", ScriptDiagnosticSeverity.Error, "Gated.pine.cs", 3, 21),
                ("SG0061", ScriptDiagnosticSeverity.Warning, "Gated.pine.cs", 11, 23),
                ("SG0062", ScriptDiagnosticSeverity.Warning, "Gated.pine.cs", 12, 38),
                ("SG0064", ScriptDiagnosticSeverity.Error, "Gated.pine.cs", 13, 44),
            ],
            reported);
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
