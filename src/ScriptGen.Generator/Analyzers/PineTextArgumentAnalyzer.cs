using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Pine's little languages written as C# string constants, checked where they are written: SG0064 for a constant given
/// to a parameter marked <c>[TimeframeArgument]</c> (<c>timeframe.InSeconds("4H")</c>) that is not a Pine timeframe,
/// SG0065 for one given to a parameter marked <c>[SessionArgument]</c> (<c>TimeIn("D", "9:30-16:00")</c>) that is not
/// a Pine session. The run would fail on its first bar; the build says so instead. Any code may call these methods,
/// so this is not limited to scripts.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PineTextArgumentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.InvalidTimeframe, DiagnosticDescriptors.InvalidSession);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? timeframe = start.Compilation.GetTypeByMetadataName(KnownNames.TimeframeArgumentAttribute);
            INamedTypeSymbol? session = start.Compilation.GetTypeByMetadataName(KnownNames.SessionArgumentAttribute);
            if (timeframe is not null || session is not null)
            {
                start.RegisterOperationAction(c => Analyze(c, timeframe, session), OperationKind.Argument);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol? timeframe, INamedTypeSymbol? session)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.Parameter is not { } parameter || argument.Value.ConstantValue is not { HasValue: true, Value: string text })
        {
            return;
        }

        if (IsMarked(parameter, timeframe))
        {
            if (PineTimeframeText.Problem(text) is { } problem)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidTimeframe, argument.Value.Syntax.GetLocation(), text, problem));
            }
        }
        else if (IsMarked(parameter, session) && PineSessionText.Problem(text) is { } problem)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSession, argument.Value.Syntax.GetLocation(), problem));
        }
    }

    private static bool IsMarked(IParameterSymbol parameter, INamedTypeSymbol? marker)
    {
        if (marker is null)
        {
            return false;
        }

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
