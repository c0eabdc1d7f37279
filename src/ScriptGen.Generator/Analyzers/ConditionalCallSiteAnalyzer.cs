using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Pine's consistency warnings: a <c>ta</c> call (or <c>math.Sum</c>, any call that keeps history) in a
/// conditional branch, a ternary arm or the right operand of <c>&amp;&amp;</c>, <c>||</c> or <c>??</c> runs
/// only on some bars, so its history skips the others (SG0062); so does a helper of the script holding such a
/// call when the helper is called there (SG0063). Built-in variables computed on every bar wherever they are
/// read (<c>ta.Obv()</c>: their slot is an <c>EveryBarState</c>) and calls without state are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConditionalCallSiteAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.CallSiteNotEveryBar,
        DiagnosticDescriptors.HelperCallSiteNotEveryBar);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = KnownTypes.From(start.Compilation);
            if (types.StrategyAttribute is null || types.IndicatorAttribute is null)
            {
                return;
            }

            var calls = new StatefulCalls(types);
            start.RegisterSyntaxNodeAction(c => Analyze(c, types, calls), SyntaxKind.ClassDeclaration);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types, StatefulCalls stateful)
    {
        var declaration = (ClassDeclarationSyntax)context.Node;

        // Syntax first: a script's declaration carries an attribute.
        if (declaration.AttributeLists.Count == 0 ||
            context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } script ||
            !types.IsScript(script))
        {
            return;
        }

        var calls = ScriptCallGraph.Build(context.SemanticModel, declaration, script, stateful, context.CancellationToken);
        foreach ((SimpleNameSyntax name, string function) in calls.StatefulCalls)
        {
            if (ConditionalContext.Of(name) is { } where)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CallSiteNotEveryBar, name.GetLocation(), function, where));
            }
        }

        foreach ((SimpleNameSyntax name, IMethodSymbol helper) in calls.HelperCalls)
        {
            if (calls.HeldFunction(helper) is { } function && ConditionalContext.Of(name) is { } where)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HelperCallSiteNotEveryBar, name.GetLocation(), helper.Name, function, where));
            }
        }
    }
}
