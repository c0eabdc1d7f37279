using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator.Analyzers;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes;

/// <summary>
/// SG0062/SG0063: a <c>ta</c> call (or a helper holding one) in a branch, a ternary arm or a short-circuit operand
/// is called on every bar instead: <c>var ema = ta.Ema(close, 9);</c> before the statement that makes it
/// conditional, and <c>ema</c> where the call was, as Pine's warning advises. The variable is named after the
/// function and unique in the member. Offered where the call can run earlier without changing what it is given:
/// its value is used, the statement it goes before is one of a block's, and every local it reads
/// is declared before that statement and not assigned inside it (a field written in the branch is not checked).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HoistStatefulCallCodeFix)), Shared]
public sealed class HoistStatefulCallCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ScriptGen.HoistStatefulCall";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.CallSiteNotEveryBar, DiagnosticIds.HelperCallSiteNotEveryBar);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Create(Target, FixAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        PlannedFix.RegisterAsync(context, Target, Plan, plan => $"Call '{plan.Call.Expression}' on every bar: keep it in '{plan.Variable}' before the condition", Apply, EquivalenceKey);

    /// <summary>Both diagnostics are on the called name (<c>Ema</c> of <c>ta.Ema</c>, <c>Smooth</c>).</summary>
    private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as SimpleNameSyntax;

    private static Task<Document?> FixAsync(Document document, SyntaxNode name, CancellationToken cancellation) =>
        PlannedFix.FixAsync(document, name, Plan, Apply, cancellation);

    /// <param name="Call">The call that moves.</param>
    /// <param name="Statement">The statement it moves before: the innermost one around it that runs on every bar.</param>
    /// <param name="Variable">The new local's name.</param>
    private sealed record HoistPlan(InvocationExpressionSyntax Call, StatementSyntax Statement, string Variable);

    private static HoistPlan? Plan(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
    {
        InvocationExpressionSyntax? call = node.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Name == node => access.Parent as InvocationExpressionSyntax,
            InvocationExpressionSyntax direct when direct.Expression == node => direct,
            _ => null,
        };
        if (call is null || call.Parent is ExpressionStatementSyntax || ConditionalContext.Of(call) is null ||
            EveryBarStatement(call) is not { Parent: BlockSyntax } statement ||
            !ReadsOnlyWhatIsSetBefore(model, call, statement))
        {
            return null;
        }

        return new HoistPlan(call, statement, UniqueName(model, statement, ((SimpleNameSyntax)node).Identifier.ValueText, cancellation));
    }

    /// <summary>
    /// The innermost statement around <paramref name="call"/> that runs whenever its member does (that SG0062 would
    /// not report), or null when the member, a lambda or a local function comes first.
    /// </summary>
    private static StatementSyntax? EveryBarStatement(SyntaxNode call)
    {
        foreach (SyntaxNode ancestor in call.Ancestors())
        {
            if (ancestor is StatementSyntax statement && ConditionalContext.Of(statement) is null)
            {
                return statement is LocalFunctionStatementSyntax ? null : statement;
            }

            if (ancestor is MemberDeclarationSyntax or AnonymousFunctionExpressionSyntax)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether every local and parameter the call reads has its value before <paramref name="statement"/> runs.</summary>
    private static bool ReadsOnlyWhatIsSetBefore(SemanticModel model, InvocationExpressionSyntax call, StatementSyntax statement)
    {
        DataFlowAnalysis? reads = model.AnalyzeDataFlow(call);
        DataFlowAnalysis? writes = model.AnalyzeDataFlow(statement);
        if (reads is null || writes is null || !reads.Succeeded || !writes.Succeeded)
        {
            return false;
        }

        foreach (ISymbol symbol in reads.ReadInside)
        {
            if (symbol is ILocalSymbol or IParameterSymbol { IsThis: false } &&
                (writes.WrittenInside.Contains(symbol, SymbolEqualityComparer.Default) ||
                 symbol.DeclaringSyntaxReferences.Any(r => statement.Span.Contains(r.Span))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The function's name in camel case (<c>Ema</c> -> <c>ema</c>), numbered from 2 when the member already uses
    /// the name for anything or it names something in scope, so the local neither clashes with nor hides anything.
    /// </summary>
    private static string UniqueName(SemanticModel model, StatementSyntax statement, string function, CancellationToken cancellation)
    {
        string stem = char.ToLowerInvariant(function[0]) + function.Substring(1);
        if (SyntaxFacts.GetKeywordKind(stem) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(stem) != SyntaxKind.None)
        {
            stem += "Value";
        }

        var taken = new HashSet<string>(model.LookupSymbols(statement.SpanStart).Select(s => s.Name));
        SyntaxNode member = (SyntaxNode?)statement.FirstAncestorOrSelf<MemberDeclarationSyntax>() ?? statement;
        foreach (SyntaxToken token in member.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.IdentifierToken))
            {
                taken.Add(token.ValueText);
            }
        }

        cancellation.ThrowIfCancellationRequested();
        string name = stem;
        for (int n = 2; taken.Contains(name); n++)
        {
            name = stem + n;
        }

        return name;
    }

    private static Document Apply(Document document, SyntaxNode root, HoistPlan plan)
    {
        SourceText text = root.SyntaxTree.GetText();
        string indentation = SourceLayout.LineIndentation(text, plan.Statement.SpanStart);
        (SyntaxTriviaList blankLines, SyntaxTriviaList rest) = SourceLayout.SplitBlankLines(plan.Statement.GetLeadingTrivia());

        // The declaration takes the blank lines above the statement; the statement keeps its comments.
        LocalDeclarationStatementSyntax declaration = SourceLayout.WithoutElasticTrivia(SyntaxFactory.LocalDeclarationStatement(
                SyntaxFactory.VariableDeclaration(
                    SyntaxFactory.IdentifierName("var").WithTrailingTrivia(SyntaxFactory.Space),
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier(plan.Variable).WithTrailingTrivia(SyntaxFactory.Space))
                            .WithInitializer(SyntaxFactory.EqualsValueClause(
                                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                                plan.Call.WithoutTrivia())))))
            .WithLeadingTrivia(blankLines.Add(SyntaxFactory.Whitespace(indentation)))
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(SourceLayout.NewLine(root))));
        StatementSyntax statement = plan.Statement
            .ReplaceNode(plan.Call, SyntaxFactory.IdentifierName(plan.Variable).WithTriviaFrom(plan.Call))
            .WithLeadingTrivia(rest);

        var block = (BlockSyntax)plan.Statement.Parent!;
        int index = block.Statements.IndexOf(plan.Statement);
        SyntaxList<StatementSyntax> statements = block.Statements.RemoveAt(index).Insert(index, statement).Insert(index, declaration);
        return document.WithSyntaxRoot(root.ReplaceNode(block, block.WithStatements(statements)));
    }
}
