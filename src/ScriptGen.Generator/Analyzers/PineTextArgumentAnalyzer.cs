using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// SG0064: a compile-time constant given to a parameter marked <c>[TimeframeArgument]</c> (<c>timeframe.InSeconds("4H")</c>)
/// that is not a Pine timeframe. The run would fail on its first bar; the build says so where the string is written.
/// Any code may call these methods, so this is not limited to scripts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TimeframeArgumentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.InvalidTimeframe);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (start.Compilation.GetTypeByMetadataName(KnownNames.TimeframeArgumentAttribute) is { } marker)
            {
                start.RegisterOperationAction(c => Analyze(c, marker), OperationKind.Argument);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol marker)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter ||
            argument.Value.ConstantValue is not { HasValue: true, Value: string text } ||
            !IsMarked(parameter, marker) ||
            PineTimeframeText.Problem(text) is not { } problem)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidTimeframe, argument.Value.Syntax.GetLocation(), text, problem));
    }

    private static bool IsMarked(IParameterSymbol parameter, INamedTypeSymbol marker)
    {
        foreach (AttributeData attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, marker))
            {
                return true;
            }
        }

        return false;
    }
}
