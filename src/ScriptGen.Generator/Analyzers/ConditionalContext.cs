using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Where a call runs only on some bars, as Pine's consistency warning sees it: in an <c>if</c>/<c>else</c>
/// branch or a <c>switch</c> section or arm, in a ternary arm, or in the right operand of
/// <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> or <c>??=</c>, or after <c>?.</c>. A condition itself runs whenever
/// its statement does. Loops, lambdas and local functions are SG0020's.
/// </summary>
internal static class ConditionalContext
{
    /// <summary>A phrase naming the construct that makes <paramref name="node"/> conditional, or null.</summary>
    public static string? Of(SyntaxNode node)
    {
        SyntaxNode child = node;
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            string? where = ancestor switch
            {
                IfStatementSyntax statement when child == statement.Statement => "an 'if' branch",
                IfStatementSyntax statement when child == statement.Else => "an 'else' branch",
                SwitchSectionSyntax => "a 'switch' section",
                SwitchExpressionArmSyntax => "a 'switch' expression arm",
                ConditionalExpressionSyntax conditional when child != conditional.Condition => "an arm of '?:'",
                BinaryExpressionSyntax binary when child == binary.Right && binary.Kind() is
                    SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression =>
                    $"the right operand of '{binary.OperatorToken.ValueText}'",
                AssignmentExpressionSyntax assignment when child == assignment.Right && assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) =>
                    "the right operand of '??='",
                ConditionalAccessExpressionSyntax access when child == access.WhenNotNull => "a '?.' access",
                _ => null,
            };
            if (where is not null)
            {
                return where;
            }

            if (ancestor is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or
                ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
            {
                return null;
            }

            child = ancestor;
        }

        return null;
    }
}
