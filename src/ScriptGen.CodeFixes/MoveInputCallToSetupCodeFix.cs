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
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes;

/// <summary>
/// SG0015: <c>Length = input.Int(14);</c> written in <c>Process()</c> (or a constructor, an accessor) moves, as
/// it is, to the end of <c>protected override void Setup()</c>, which is created before <c>Process()</c> when the
/// script has none. Offered only where the move keeps the statement's meaning and makes it a valid input: a
/// statement of the member's own body (not inside a condition or loop) assigning the call to a field or property
/// of the script, reading no local or parameter, in a script whose <c>Setup()</c>, if any, is the override in the
/// same declaration. A call assigned to a local has no member to name the input, so the fix is not obvious there.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MoveInputCallToSetupCodeFix)), Shared]
public sealed class MoveInputCallToSetupCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ScriptGen.MoveInputCallToSetup";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.InputCallOutsideSetup);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => SequentialFixAll.Create(Target, FixAsync);

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        PlannedFix.RegisterAsync(context, Target, Plan, plan => $"Move '{plan.Statement.ToString().TrimEnd(';')}' into Setup()", Apply, EquivalenceKey);

    /// <summary>SG0015 is on the <c>input.*</c> invocation.</summary>
    private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic) =>
        root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) as InvocationExpressionSyntax;

    private static Task<Document?> FixAsync(Document document, SyntaxNode invocation, CancellationToken cancellation) =>
        PlannedFix.FixAsync(document, invocation, Plan, Apply, cancellation);

    /// <param name="Statement">The statement that moves.</param>
    /// <param name="Body">The block it leaves.</param>
    /// <param name="Setup">The script's <c>Setup()</c> override, or null when the fix creates one.</param>
    /// <param name="Anchor">The member a new <c>Setup()</c> goes before: <c>Process()</c>, else the member the statement leaves.</param>
    private sealed record MovePlan(ExpressionStatementSyntax Statement, BlockSyntax Body, MethodDeclarationSyntax? Setup, MemberDeclarationSyntax Anchor);

    private static MovePlan? Plan(SemanticModel model, SyntaxNode node, CancellationToken cancellation)
    {
        if (node is not InvocationExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } invocation ||
            !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) || assignment.Right != invocation ||
            assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax body } statement ||
            body.Parent is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) ||
            body.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not ClassDeclarationSyntax declaration ||
            model.GetDeclaredSymbol(declaration, cancellation) is not { } script || !IsScript(script))
        {
            return null;
        }

        // The target must name an input once moved (SG0016 otherwise), and nothing the statement reads may stay behind.
        bool memberTarget = assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } &&
            model.GetSymbolInfo(assignment.Left, cancellation).Symbol is { IsStatic: false, Kind: SymbolKind.Field or SymbolKind.Property } target &&
            SymbolEqualityComparer.Default.Equals(target.ContainingType, script);
        DataFlowAnalysis? flow = model.AnalyzeDataFlow(statement);
        if (!memberTarget || flow is null || !flow.Succeeded ||
            flow.ReadInside.Any(s => s is ILocalSymbol or IParameterSymbol { IsThis: false }))
        {
            return null;
        }

        MethodDeclarationSyntax? setup = null;
        foreach (IMethodSymbol method in script.GetMembers("Setup").OfType<IMethodSymbol>().Where(m => m.Parameters.Length == 0 && !m.IsImplicitlyDeclared))
        {
            // A Setup() that is not the override (SG0043) or that lives in another part of the class is left to the user.
            if (method is not { IsOverride: true, IsStatic: false, ReturnsVoid: true } ||
                method.DeclaringSyntaxReferences.Length != 1 ||
                method.DeclaringSyntaxReferences[0].GetSyntax(cancellation) is not MethodDeclarationSyntax syntax ||
                syntax.Parent != declaration)
            {
                return null;
            }

            setup = syntax;
        }

        MemberDeclarationSyntax anchor =
            declaration.Members.OfType<MethodDeclarationSyntax>().FirstOrDefault(m => m.Identifier.ValueText == "Process" && m.ParameterList.Parameters.Count == 0) ??
            body.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m.Parent == declaration)!;
        return new MovePlan(statement, body, setup, anchor);
    }

    /// <summary>Whether <paramref name="type"/> is marked [Strategy] or [Indicator] (a nested helper class is not: its Setup() overrides nothing).</summary>
    private static bool IsScript(INamedTypeSymbol type) => type.GetAttributes().Any(a =>
        a.AttributeClass?.ToDisplayString() is "ScriptGen.StrategyAttribute" or "ScriptGen.IndicatorAttribute");

    private static Document Apply(Document document, SyntaxNode root, MovePlan plan)
    {
        // Layout is read from the original text, before any edit moves positions.
        SourceText text = root.SyntaxTree.GetText();
        string newLine = SourceLayout.NewLine(root);
        string unit = SourceLayout.IndentUnit(
            SourceLayout.LineIndentation(text, plan.Body.OpenBraceToken.SpanStart),
            SourceLayout.LineIndentation(text, plan.Statement.SpanStart));
        bool allman = SourceLayout.StartsLine(text, plan.Body.OpenBraceToken);
        ExpressionStatementSyntax moved = plan.Statement
            .WithLeadingTrivia(SourceLayout.SplitBlankLines(plan.Statement.GetLeadingTrivia()).Remainder)
            .WithTrailingTrivia(SourceLayout.EndingLine(plan.Statement.GetTrailingTrivia(), newLine));

        SyntaxNode edited = root.TrackNodes(plan.Statement, plan.Anchor, (SyntaxNode?)plan.Setup ?? plan.Anchor);
        edited = edited.RemoveNode(edited.GetCurrentNode(plan.Statement)!, SyntaxRemoveOptions.KeepNoTrivia)!;
        if (plan.Setup is { } setup)
        {
            MethodDeclarationSyntax current = edited.GetCurrentNode(setup)!;
            return document.WithSyntaxRoot(edited.ReplaceNode(current, SourceLayout.WithoutElasticTrivia(AddTo(current, setup, moved, text, unit, allman, newLine))));
        }

        MemberDeclarationSyntax anchor = edited.GetCurrentNode(plan.Anchor)!;
        string indentation = SourceLayout.LineIndentation(text, plan.Anchor.SpanStart);
        (SyntaxTriviaList blankLines, SyntaxTriviaList rest) = SourceLayout.SplitBlankLines(anchor.GetLeadingTrivia());
        MethodDeclarationSyntax created = SourceLayout.WithoutElasticTrivia(NewSetup(moved, indentation, unit, allman, newLine))
            .WithLeadingTrivia(blankLines.Add(SyntaxFactory.Whitespace(indentation)));
        edited = edited.ReplaceNode(anchor, anchor.WithLeadingTrivia(rest.Insert(0, SyntaxFactory.EndOfLine(newLine))));
        return document.WithSyntaxRoot(edited.InsertNodesBefore(edited.GetCurrentNode(plan.Anchor)!, new[] { created }));
    }

    /// <summary>
    /// <paramref name="setup"/> with <paramref name="moved"/> as its last statement. A body spread over lines takes
    /// it as one more line; a one-line or expression body is rewritten as a block, one statement a line.
    /// </summary>
    private static MethodDeclarationSyntax AddTo(MethodDeclarationSyntax setup, MethodDeclarationSyntax original, ExpressionStatementSyntax moved, SourceText text, string unit, bool allman, string newLine)
    {
        if (original.Body is { } body && !OnOneLine(text, body))
        {
            string indentation = body.Statements.Count > 0
                ? SourceLayout.LineIndentation(text, body.Statements.Last().SpanStart)
                : SourceLayout.LineIndentation(text, body.OpenBraceToken.SpanStart) + unit;
            return setup.WithBody(setup.Body!.AddStatements(moved.WithLeadingTrivia(SourceLayout.Reindent(moved.GetLeadingTrivia(), indentation))));
        }

        string memberIndentation = SourceLayout.LineIndentation(text, original.SpanStart);
        StatementSyntax[] statements = setup.Body is { } oneLine
            ? oneLine.Statements.ToArray()
            : new StatementSyntax[] { SyntaxFactory.ExpressionStatement(setup.ExpressionBody!.Expression.WithoutTrivia()) };
        SyntaxTriviaList end = setup.Body?.CloseBraceToken.TrailingTrivia ?? setup.SemicolonToken.TrailingTrivia;
        statements = statements.Select(s => s.WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine))).Append(moved).ToArray();
        return setup
            .WithExpressionBody(null)
            .WithSemicolonToken(default)
            .WithParameterList(setup.ParameterList.WithCloseParenToken(setup.ParameterList.CloseParenToken.WithTrailingTrivia(allman ? SyntaxFactory.EndOfLine(newLine) : SyntaxFactory.Space)))
            .WithBody(Block(statements, memberIndentation, unit, allman, newLine).WithTrailingTrivia(end));
    }

    private static MethodDeclarationSyntax NewSetup(ExpressionStatementSyntax moved, string indentation, string unit, bool allman, string newLine) =>
        SyntaxFactory.MethodDeclaration(
                SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.VoidKeyword)).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Identifier("Setup"))
            .WithModifiers(SyntaxFactory.TokenList(
                SyntaxFactory.Token(SyntaxKind.ProtectedKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.Token(SyntaxKind.OverrideKeyword).WithTrailingTrivia(SyntaxFactory.Space)))
            .WithParameterList(SyntaxFactory.ParameterList().WithCloseParenToken(
                SyntaxFactory.Token(SyntaxKind.CloseParenToken).WithTrailingTrivia(allman ? SyntaxFactory.EndOfLine(newLine) : SyntaxFactory.Space)))
            .WithBody(Block(new StatementSyntax[] { moved }, indentation, unit, allman, newLine));

    /// <summary>A block of <paramref name="statements"/>, one a line, braces at <paramref name="indentation"/>.</summary>
    private static BlockSyntax Block(StatementSyntax[] statements, string indentation, string unit, bool allman, string newLine) =>
        SyntaxFactory.Block(
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken)
                .WithLeadingTrivia(allman ? SyntaxFactory.TriviaList(SyntaxFactory.Whitespace(indentation)) : SyntaxFactory.TriviaList())
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine)),
            SyntaxFactory.List(statements.Select(s => s.WithLeadingTrivia(SourceLayout.Reindent(s.GetLeadingTrivia(), indentation + unit)))),
            SyntaxFactory.Token(SyntaxKind.CloseBraceToken)
                .WithLeadingTrivia(SyntaxFactory.Whitespace(indentation))
                .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine)));

    private static bool OnOneLine(SourceText text, BlockSyntax body) =>
        text.Lines.GetLineFromPosition(body.OpenBraceToken.SpanStart).LineNumber == text.Lines.GetLineFromPosition(body.CloseBraceToken.SpanStart).LineNumber ||
        (body.Statements.Count > 0 && text.Lines.GetLineFromPosition(body.Statements.Last().Span.End).LineNumber == text.Lines.GetLineFromPosition(body.CloseBraceToken.SpanStart).LineNumber);
}
