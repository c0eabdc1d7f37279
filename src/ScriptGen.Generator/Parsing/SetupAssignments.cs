using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The shape <c>input.*</c> and <c>Import(...)</c> calls share: a statement of <c>Setup()</c> assigning
/// the call to a field or property of the script (<c>Length = input.Int(...)</c>,
/// <c>_rsi = Import(...)</c>), so the call runs exactly once, before the first bar.
/// </summary>
internal static class SetupAssignments
{
    /// <summary>Whether <paramref name="method"/> is the script's override of <c>Setup()</c>.</summary>
    public static bool IsSetup(IMethodSymbol? method) => method is { IsOverride: true, Name: "Setup", Parameters.Length: 0 };

    /// <summary>The field or property of the script the call is directly assigned to, in a statement of Setup's body.</summary>
    public static (ISymbol? Member, ExpressionSyntax? Target) AssignedMember(ParseContext parse, InvocationExpressionSyntax invocation)
    {
        if (invocation.Parent is not AssignmentExpressionSyntax assignment ||
            !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) ||
            assignment.Right != invocation)
        {
            return default;
        }

        bool topLevel = assignment.Parent switch
        {
            ExpressionStatementSyntax { Parent: BlockSyntax { Parent: MethodDeclarationSyntax } } => true,
            ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax } => true,
            _ => false,
        };
        bool plainTarget = assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax };
        if (!topLevel || !plainTarget)
        {
            return default;
        }

        ISymbol? target = parse.SemanticModel.GetSymbolInfo(assignment.Left, parse.CancellationToken).Symbol;
        return target is IFieldSymbol { IsStatic: false } or IPropertySymbol { IsStatic: false } &&
               SymbolEqualityComparer.Default.Equals(target.ContainingType, parse.Script)
            ? (target, assignment.Left)
            : default;
    }
}
