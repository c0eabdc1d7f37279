using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// SG0061: in a script, an integer division whose result is used as a fraction (converted to
/// <c>double</c>): <c>double ratio = wins / trades;</c>. Pine v5 divides integers that are not both
/// constants as floats, C# truncates, so a ported line silently changes the strategy. A division whose
/// truncated result is kept as an integer (<c>int half = length / 2;</c>, or an explicit
/// <c>(int)(a / b)</c>) is what the user asked for, and constants divide as integers in both languages.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class IntegerDivisionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.IntegerDivision);

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

            start.RegisterOperationAction(c => Analyze(c, types), OperationKind.Binary);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownTypes types)
    {
        var division = (IBinaryOperation)context.Operation;
        if (division.OperatorKind != BinaryOperatorKind.Divide || division.OperatorMethod is not null ||
            !IsInteger(division.Type) || division.ConstantValue.HasValue ||
            division.Parent is not IConversionOperation { IsImplicit: true } conversion || !IsFloatingPoint(conversion.Type) ||
            division.Syntax is not BinaryExpressionSyntax syntax ||
            !InScript(context.ContainingSymbol, types))
        {
            return;
        }

        string fraction = "(double)" + Operand(syntax.Left) + " / " + syntax.Right;
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.IntegerDivision, syntax.GetLocation(), syntax.ToString(), fraction));
    }

    /// <summary>The left operand as it reads after a cast: wrapped in parentheses unless it is a name, literal or call.</summary>
    private static string Operand(ExpressionSyntax left) =>
        left is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ParenthesizedExpressionSyntax or ElementAccessExpressionSyntax
            ? left.ToString()
            : "(" + left + ")";

    private static bool InScript(ISymbol? symbol, KnownTypes types)
    {
        for (INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
        {
            if (types.IsScript(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInteger(ITypeSymbol? type) => type?.SpecialType is
        SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16 or SpecialType.System_SByte or
        SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_UInt16 or SpecialType.System_Byte;

    private static bool IsFloatingPoint(ITypeSymbol? type) =>
        type?.SpecialType is SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal ||
        (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable && IsFloatingPoint(nullable.TypeArguments[0]));
}
