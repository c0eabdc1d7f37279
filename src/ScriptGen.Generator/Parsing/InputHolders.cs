using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The script's members that hold one of its inputs on every bar, and the count of writes that decides it. Used by the
/// analyses that need a value to be the same in every bar of a run (<see cref="SharedCallSites"/>, <see cref="StrategyCallSites"/>).
/// </summary>
internal static class InputHolders
{
    /// <summary>
    /// The input <paramref name="member"/> holds: an <c>[Input]</c> member never written, or a member set from an
    /// <c>input.*</c> call in <c>Setup()</c> and written nowhere else; null for any other member.
    /// </summary>
    public static InputSpec? Of(ParseContext parse, IReadOnlyDictionary<string, InputSpec> inputsByName, ISymbol member)
    {
        if (!SymbolEqualityComparer.Default.Equals(member.ContainingType, parse.Script) || !inputsByName.TryGetValue(member.Name, out InputSpec? input))
        {
            return null;
        }

        return Writes(parse, parse.Declaration, member) == (input.IsSetupCall ? 1 : 0) ? input : null;
    }

    /// <summary>How many places in <paramref name="scope"/> assign, increment or pass <paramref name="symbol"/> by reference.</summary>
    public static int Writes(ParseContext parse, SyntaxNode scope, ISymbol symbol)
    {
        int writes = 0;
        foreach (IdentifierNameSyntax name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText != symbol.Name ||
                !SymbolEqualityComparer.Default.Equals(parse.SemanticModel.GetSymbolInfo(name, parse.CancellationToken).Symbol, symbol))
            {
                continue;
            }

            ExpressionSyntax target = name.Parent is MemberAccessExpressionSyntax member && member.Name == name ? member : name;
            while (target.Parent is ArgumentSyntax { Parent: TupleExpressionSyntax tuple })
            {
                target = tuple;
            }

            bool written = target.Parent switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left == target,
                PrefixUnaryExpressionSyntax prefix => prefix.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression,
                PostfixUnaryExpressionSyntax postfix => postfix.Kind() is SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression,
                ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None) && !argument.RefKindKeyword.IsKind(SyntaxKind.InKeyword),
                RefExpressionSyntax => true,
                _ => false,
            };
            if (written)
            {
                writes++;
            }
        }

        return writes;
    }
}
