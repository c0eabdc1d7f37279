using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Which nodes of the script's own <c>Process()</c> are evaluated on every bar: written in its body outside any condition
/// (an <c>if</c>'s own condition is evaluated on every bar), loop, lambda or <c>try</c>, and before any <c>return</c> or
/// <c>goto</c>. A call site there has the same history as the bars: what a sweep may share
/// (<see cref="SharedCallSites"/>) and what may read a bar column's history in place (<see cref="InPlaceCallSites"/>).
/// </summary>
internal sealed class EveryBarSites
{
    private readonly int _exitPosition;

    private EveryBarSites(SyntaxNode body)
    {
        Body = body;
        _exitPosition = FirstExit(body);
    }

    /// <summary>The body (block or expression body) of <c>Process()</c>.</summary>
    public SyntaxNode Body { get; }

    /// <summary>The script's <c>Process()</c> override in this declaration, or null when it has none.</summary>
    public static EveryBarSites? Of(ParseContext parse) => ProcessBody(parse) is { } body ? new EveryBarSites(body) : null;

    /// <summary>The body (block or expression) of the script's own <c>Process()</c> override in this declaration.</summary>
    private static SyntaxNode? ProcessBody(ParseContext parse)
    {
        MethodDeclarationSyntax? process = parse.Declaration.Members
            .OfType<MethodDeclarationSyntax>()
            .FirstOrDefault(m => m.Identifier.ValueText == "Process" && m.ParameterList.Parameters.Count == 0 &&
                                 m.Modifiers.Any(SyntaxKind.OverrideKeyword));
        return (SyntaxNode?)process?.Body ?? process?.ExpressionBody;
    }

    /// <summary>Where the first statement that can leave <c>Process()</c> early (or jump) starts; sites after it may be skipped.</summary>
    private static int FirstExit(SyntaxNode body)
    {
        int first = int.MaxValue;
        foreach (SyntaxNode node in body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
        {
            if (node is ReturnStatementSyntax or GotoStatementSyntax or LabeledStatementSyntax or YieldStatementSyntax && node.SpanStart < first)
            {
                first = node.SpanStart;
            }
        }

        return first;
    }

    /// <summary>Whether <paramref name="node"/> in <c>Process()</c> is evaluated on every run of it: no condition, loop, jump or handler around or before it.</summary>
    public bool RunsEveryBar(SyntaxNode node)
    {
        if (!Body.Span.Contains(node.Span) || node.SpanStart > _exitPosition)
        {
            return false;
        }

        SyntaxNode child = node;
        foreach (SyntaxNode ancestor in node.Ancestors())
        {
            if (ancestor == Body)
            {
                return true;
            }

            bool unconditional = ancestor switch
            {
                BinaryExpressionSyntax binary when binary.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression
                    or SyntaxKind.CoalesceExpression => binary.Left == child,
                ConditionalExpressionSyntax conditional => conditional.Condition == child,
                ConditionalAccessExpressionSyntax access => access.Expression == child,
                AssignmentExpressionSyntax assignment when assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression) => assignment.Left == child,
                SwitchExpressionSyntax switchExpression => switchExpression.GoverningExpression == child,
                IfStatementSyntax ifStatement => ifStatement.Condition == child,
                SwitchStatementSyntax switchStatement => switchStatement.Expression == child,
                AnonymousFunctionExpressionSyntax or QueryExpressionSyntax => false,
                ExpressionSyntax or ArgumentSyntax or ArgumentListSyntax or BracketedArgumentListSyntax or EqualsValueClauseSyntax
                    or VariableDeclaratorSyntax or VariableDeclarationSyntax or LocalDeclarationStatementSyntax or ExpressionStatementSyntax
                    or BlockSyntax => true,
                _ => false,
            };
            if (!unconditional)
            {
                return false;
            }

            child = ancestor;
        }

        return false;
    }
}
