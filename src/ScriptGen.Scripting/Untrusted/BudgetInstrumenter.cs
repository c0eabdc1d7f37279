using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// Inserts the run budget's calls into a checked script tree without moving any of its tokens to
/// another line: <c>ScriptBudget.Step()</c> first in every loop body, after every label and at the
/// top of the sections of a switch that uses <c>goto case</c>; <c>ScriptBudget.Enter()</c> first in
/// every method, constructor, accessor, operator, local function, lambda and anonymous method body.
/// Expression bodies become block bodies on the same line (<c>=&gt; x;</c> becomes
/// <c>{ Enter(); return x; }</c>), embedded loop bodies become blocks, and the size of every array
/// creation is bounded before the allocation happens.
/// </summary>
/// <remarks>
/// Every inserted token carries <see cref="Annotation"/> and only spaces as trivia; the original
/// tokens keep theirs, moved at most past inserted tokens on the same line. The tree must have been
/// checked first (it has no expression trees, no unsafe code), and <see cref="InstrumentationPlan"/>
/// must describe it.
/// </remarks>
internal sealed class BudgetInstrumenter : CSharpSyntaxRewriter
{
    /// <summary>Marks every token the instrumentation inserts.</summary>
    public static readonly SyntaxAnnotation Annotation = new("ScriptGen.Untrusted.Instrumentation");

    private const string Budget = "global::ScriptGen.CompilerServices.ScriptBudget";
    private static readonly SyntaxTriviaList s_space = TriviaList(Space);

    private readonly InstrumentationPlan? _plan;
    private readonly int _maxArrayLength;
    private int _nextName;

    public BudgetInstrumenter(InstrumentationPlan? plan, int maxArrayLength)
    {
        _plan = plan;
        _maxArrayLength = maxArrayLength;
    }

    // ---- Entries ---------------------------------------------------------------------------------------

    public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
    {
        var visited = (MethodDeclarationSyntax)base.VisitMethodDeclaration(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(InsertFirst(body, Enter()));
        }

        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(MemberBody(arrow, visited.SemicolonToken, returns: !IsVoid(visited.ReturnType)))
            : visited;
    }

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node)
    {
        var visited = (LocalFunctionStatementSyntax)base.VisitLocalFunctionStatement(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(InsertFirst(body, Enter()));
        }

        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(MemberBody(arrow, visited.SemicolonToken, returns: !IsVoid(visited.ReturnType)))
            : visited;
    }

    public override SyntaxNode? VisitConstructorDeclaration(ConstructorDeclarationSyntax node) =>
        InstrumentBaseMethod((BaseMethodDeclarationSyntax)base.VisitConstructorDeclaration(node)!, returns: false);

    public override SyntaxNode? VisitDestructorDeclaration(DestructorDeclarationSyntax node) =>
        InstrumentBaseMethod((BaseMethodDeclarationSyntax)base.VisitDestructorDeclaration(node)!, returns: false);

    public override SyntaxNode? VisitOperatorDeclaration(OperatorDeclarationSyntax node) =>
        InstrumentBaseMethod((BaseMethodDeclarationSyntax)base.VisitOperatorDeclaration(node)!, returns: !IsVoid(node.ReturnType));

    public override SyntaxNode? VisitConversionOperatorDeclaration(ConversionOperatorDeclarationSyntax node) =>
        InstrumentBaseMethod((BaseMethodDeclarationSyntax)base.VisitConversionOperatorDeclaration(node)!, returns: true);

    public override SyntaxNode? VisitAccessorDeclaration(AccessorDeclarationSyntax node)
    {
        var visited = (AccessorDeclarationSyntax)base.VisitAccessorDeclaration(node)!;
        if (visited.Body is { } body)
        {
            return visited.WithBody(InsertFirst(body, Enter()));
        }

        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default)
                .WithBody(MemberBody(arrow, visited.SemicolonToken, returns: visited.IsKind(SyntaxKind.GetAccessorDeclaration)))
            : visited;
    }

    public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
    {
        var visited = (PropertyDeclarationSyntax)base.VisitPropertyDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(GetterList(arrow, visited.SemicolonToken))
            : visited;
    }

    public override SyntaxNode? VisitIndexerDeclaration(IndexerDeclarationSyntax node)
    {
        var visited = (IndexerDeclarationSyntax)base.VisitIndexerDeclaration(node)!;
        return visited.ExpressionBody is { } arrow
            ? visited.WithExpressionBody(null).WithSemicolonToken(default).WithAccessorList(GetterList(arrow, visited.SemicolonToken))
            : visited;
    }

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node)
    {
        var visited = (AnonymousMethodExpressionSyntax)base.VisitAnonymousMethodExpression(node)!;
        return visited.WithBlock(InsertFirst(visited.Block, Enter()));
    }

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node)
    {
        bool returns = LambdaReturns(node);
        var visited = (SimpleLambdaExpressionSyntax)base.VisitSimpleLambdaExpression(node)!;
        if (visited.Block is { } block)
        {
            return visited.WithBlock(InsertFirst(block, Enter()));
        }

        return visited.WithExpressionBody(null).WithBlock(LambdaBody(visited.ExpressionBody!, returns));
    }

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node)
    {
        bool returns = LambdaReturns(node);
        var visited = (ParenthesizedLambdaExpressionSyntax)base.VisitParenthesizedLambdaExpression(node)!;
        if (visited.Block is { } block)
        {
            return visited.WithBlock(InsertFirst(block, Enter()));
        }

        return visited.WithExpressionBody(null).WithBlock(LambdaBody(visited.ExpressionBody!, returns));
    }

    // ---- Loops, labels, goto case --------------------------------------------------------------------

    public override SyntaxNode? VisitWhileStatement(WhileStatementSyntax node)
    {
        var visited = (WhileStatementSyntax)base.VisitWhileStatement(node)!;
        return visited.WithStatement(WithStep(visited.Statement));
    }

    public override SyntaxNode? VisitDoStatement(DoStatementSyntax node)
    {
        var visited = (DoStatementSyntax)base.VisitDoStatement(node)!;
        return visited.WithStatement(WithStep(visited.Statement));
    }

    public override SyntaxNode? VisitForStatement(ForStatementSyntax node)
    {
        var visited = (ForStatementSyntax)base.VisitForStatement(node)!;
        return visited.WithStatement(WithStep(visited.Statement));
    }

    public override SyntaxNode? VisitForEachStatement(ForEachStatementSyntax node)
    {
        var visited = (ForEachStatementSyntax)base.VisitForEachStatement(node)!;
        return visited.WithStatement(WithStep(visited.Statement));
    }

    public override SyntaxNode? VisitForEachVariableStatement(ForEachVariableStatementSyntax node)
    {
        var visited = (ForEachVariableStatementSyntax)base.VisitForEachVariableStatement(node)!;
        return visited.WithStatement(WithStep(visited.Statement));
    }

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        var visited = (BlockSyntax)base.VisitBlock(node)!;
        return visited.WithStatements(ExpandLabels(visited.Statements));
    }

    public override SyntaxNode? VisitSwitchSection(SwitchSectionSyntax node)
    {
        var visited = (SwitchSectionSyntax)base.VisitSwitchSection(node)!;
        return visited.WithStatements(ExpandLabels(visited.Statements));
    }

    public override SyntaxNode? VisitSwitchStatement(SwitchStatementSyntax node)
    {
        // goto case and goto default jump back to a section without a label: a loop with no body to mark.
        bool jumpsToSections = node.DescendantNodes().Any(descendant =>
            descendant.IsKind(SyntaxKind.GotoCaseStatement) || descendant.IsKind(SyntaxKind.GotoDefaultStatement));
        var visited = (SwitchStatementSyntax)base.VisitSwitchStatement(node)!;
        if (!jumpsToSections)
        {
            return visited;
        }

        return visited.WithSections(List(visited.Sections.Select(section => section.Statements.Count == 0
            ? section
            : section.WithStatements(section.Statements.Replace(section.Statements[0], section.Statements[0].WithoutLeadingTrivia())
                .Insert(0, Step().WithLeadingTrivia(section.Statements[0].GetLeadingTrivia()).WithTrailingTrivia(s_space))))));
    }

    // ---- Array sizes ---------------------------------------------------------------------------------

    public override SyntaxNode? VisitAttribute(AttributeSyntax node) => node; // Constants only; nothing runs.

    public override SyntaxNode? VisitArrayCreationExpression(ArrayCreationExpressionSyntax node)
    {
        var visited = (ArrayCreationExpressionSyntax)base.VisitArrayCreationExpression(node)!;
        if (node.Initializer is not null || node.Type.RankSpecifiers.Count == 0)
        {
            return visited; // Sized by its initializer, which the text spells out.
        }

        ArrayRankSpecifierSyntax original = node.Type.RankSpecifiers[0];
        ArrayRankSpecifierSyntax rewritten = visited.Type.RankSpecifiers[0];
        int rank = original.Sizes.Count;
        long bound = rank == 1 ? _maxArrayLength : (long)Math.Floor(Math.Pow(_maxArrayLength, 1.0 / rank));
        var sizes = new List<ExpressionSyntax>(rank);
        for (int i = 0; i < rank; i++)
        {
            ExpressionSyntax size = rewritten.Sizes[i];
            if (original.Sizes[i] is OmittedArraySizeExpressionSyntax)
            {
                sizes.Add(size);
                continue;
            }

            ArraySize? plan = _plan?.SizeAt(original.Sizes[i].Span);
            if (plan is null && original.Sizes[i] is not LiteralExpressionSyntax)
            {
                throw MissingPlan();
            }

            decimal? constant = plan?.Constant ?? ArraySize.ToNumber((original.Sizes[i] as LiteralExpressionSyntax)?.Token.Value);
            sizes.Add(constant is { } known && known <= bound ? size : Bounded(size, plan?.Conversion, bound, rank));
        }

        return visited.WithType(visited.Type.WithRankSpecifiers(visited.Type.RankSpecifiers.Replace(
            rewritten, rewritten.WithSizes(SeparatedList(sizes, rewritten.Sizes.GetSeparators())))));
    }

    /// <summary>
    /// <c>n</c> becomes <c>(n) switch { var a when a &lt;= bound =&gt; a, var b =&gt; throw new ScriptLimitExceededException(...) }</c>:
    /// evaluated once, the same value and type when within the bound (a negative size still fails as before).
    /// </summary>
    private ExpressionSyntax Bounded(ExpressionSyntax size, string? conversion, long bound, int rank)
    {
        string within = UntrustedTreeChecker.ReservedIdentifierPrefix + "Length" + _nextName.ToString(CultureInfo.InvariantCulture);
        string beyond = within + "Beyond";
        _nextName++;
        string limit = bound.ToString(CultureInfo.InvariantCulture);
        string shown = bound.ToString("N0", CultureInfo.InvariantCulture);
        string dimension = rank == 1 ? "elements" : $"elements in a dimension of a rank-{rank} array";
        string message = $"An untrusted script may create arrays of at most {shown} {dimension} (the bound is checked before " +
            "the allocation, which RunLimits.MaxAllocatedBytesPerBar only sees at the next step); this one asked for ";
        string input = conversion is null ? "(__sgSize)" : $"(({conversion})(__sgSize))";
        ExpressionSyntax template = Annotate(ParseExpression(
            $"{input} switch {{ var {within} when {within} <= {limit} => {within}, var {beyond} => throw new global::ScriptGen.ScriptLimitExceededException(" +
            $"global::ScriptGen.ScriptLimit.AllocatedBytesPerBar, \"{message}\" + {beyond} + \".\") }}"));
        ExpressionSyntax inner = size.WithoutLeadingTrivia().WithoutTrailingTrivia();
        IdentifierNameSyntax placeholder = template.DescendantNodes().OfType<IdentifierNameSyntax>().First(name => name.Identifier.ValueText == "__sgSize");
        return template.ReplaceNode(placeholder, inner)
            .WithLeadingTrivia(size.GetLeadingTrivia())
            .WithTrailingTrivia(size.GetTrailingTrivia());
    }

    // ---- Building blocks -----------------------------------------------------------------------------

    private static BaseMethodDeclarationSyntax InstrumentBaseMethod(BaseMethodDeclarationSyntax node, bool returns)
    {
        if (node.Body is { } body)
        {
            return node.WithBody(InsertFirst(body, Enter()));
        }

        return node.ExpressionBody is { } arrow
            ? node.WithExpressionBody(null).WithSemicolonToken(default).WithBody(MemberBody(arrow, node.SemicolonToken, returns))
            : node;
    }

    private bool LambdaReturns(LambdaExpressionSyntax lambda)
    {
        if (lambda.ExpressionBody is not { } body)
        {
            return false;
        }

        if (_plan?.LambdaReturnsVoid(lambda.Span) is { } returnsVoid)
        {
            return !returnsVoid;
        }

        // Only a statement expression can be the body of a lambda returning void; anything else returns its value.
        bool couldBeVoid = body is InvocationExpressionSyntax or AssignmentExpressionSyntax or BaseObjectCreationExpressionSyntax
            or ConditionalAccessExpressionSyntax or AwaitExpressionSyntax or ThrowExpressionSyntax
            || body.IsKind(SyntaxKind.PreIncrementExpression) || body.IsKind(SyntaxKind.PreDecrementExpression)
            || body.IsKind(SyntaxKind.PostIncrementExpression) || body.IsKind(SyntaxKind.PostDecrementExpression);
        return couldBeVoid ? throw MissingPlan() : true;
    }

    private static InvalidOperationException MissingPlan() => new(
        "The untrusted-script instrumentation needs the facts the check gathers (which lambdas return void, the types of " +
        "array sizes): call ISourceGuard.Check on a compilation holding this very syntax tree before Instrument.");

    /// <summary><c>=&gt; expr;</c> of a member as <c>{ Enter(); return expr; }</c> (or <c>expr;</c>, or <c>throw ...;</c>).</summary>
    private static BlockSyntax MemberBody(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon, bool returns)
    {
        SyntaxToken open = Annotate(Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, s_space));
        StatementSyntax enter = Enter().WithTrailingTrivia(NonEmpty(arrow.ArrowToken.TrailingTrivia));
        SyntaxToken close = Annotate(Token(s_space.AddRange(semicolon.LeadingTrivia), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
        return Block(open, List([enter, Statement(arrow.Expression, returns)]), close);
    }

    /// <summary>The expression body of a lambda as <c>{ Enter(); return expr; }</c> (or <c>expr;</c>, or <c>throw ...;</c>).</summary>
    private static BlockSyntax LambdaBody(ExpressionSyntax body, bool returns)
    {
        SyntaxToken open = Annotate(Token(body.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, s_space));
        StatementSyntax enter = Enter().WithTrailingTrivia(s_space);
        SyntaxToken close = Annotate(Token(s_space, SyntaxKind.CloseBraceToken, body.GetTrailingTrivia()));
        StatementSyntax statement = Statement(body.WithoutLeadingTrivia().WithoutTrailingTrivia(), returns);
        return Block(open, List([enter, statement]), close);
    }

    /// <summary><c>=&gt; expr;</c> of a property or indexer as <c>{ get { Enter(); return expr; } }</c>.</summary>
    private static AccessorListSyntax GetterList(ArrowExpressionClauseSyntax arrow, SyntaxToken semicolon)
    {
        SyntaxToken listOpen = Annotate(Token(arrow.ArrowToken.LeadingTrivia, SyntaxKind.OpenBraceToken, s_space));
        SyntaxToken get = Annotate(Token(SyntaxTriviaList.Empty, SyntaxKind.GetKeyword, s_space));
        SyntaxToken bodyOpen = Annotate(Token(SyntaxTriviaList.Empty, SyntaxKind.OpenBraceToken, s_space));
        StatementSyntax enter = Enter().WithTrailingTrivia(NonEmpty(arrow.ArrowToken.TrailingTrivia));
        SyntaxToken bodyClose = Annotate(Token(s_space, SyntaxKind.CloseBraceToken, SyntaxTriviaList.Empty));
        SyntaxToken listClose = Annotate(Token(s_space.AddRange(semicolon.LeadingTrivia), SyntaxKind.CloseBraceToken, semicolon.TrailingTrivia));
        AccessorDeclarationSyntax getter = AccessorDeclaration(SyntaxKind.GetAccessorDeclaration)
            .WithKeyword(get)
            .WithBody(Block(bodyOpen, List([enter, Statement(arrow.Expression, returns: true)]), bodyClose));
        return AccessorList(listOpen, List([getter]), listClose);
    }

    /// <summary>The statement an expression body stands for.</summary>
    private static StatementSyntax Statement(ExpressionSyntax expression, bool returns)
    {
        SyntaxToken semicolon = Annotate(Token(SyntaxKind.SemicolonToken));
        if (expression is ThrowExpressionSyntax thrown)
        {
            return ThrowStatement(default, thrown.ThrowKeyword, thrown.Expression, semicolon);
        }

        if (!returns)
        {
            return ExpressionStatement(default, expression, semicolon);
        }

        SyntaxToken returnKeyword = Annotate(Token(expression.GetLeadingTrivia(), SyntaxKind.ReturnKeyword, s_space));
        return ReturnStatement(default, returnKeyword, expression.WithoutLeadingTrivia(), semicolon);
    }

    /// <summary>A loop body with a step first: the block's first statement, or the embedded statement wrapped in a block.</summary>
    private static BlockSyntax WithStep(StatementSyntax body)
    {
        if (body is BlockSyntax block)
        {
            return InsertFirst(block, Step());
        }

        SyntaxToken open = Annotate(Token(body.GetLeadingTrivia(), SyntaxKind.OpenBraceToken, s_space));
        SyntaxToken close = Annotate(Token(s_space, SyntaxKind.CloseBraceToken, body.GetTrailingTrivia()));
        StatementSyntax inner = body.WithoutLeadingTrivia().WithoutTrailingTrivia();
        return Block(open, List([Step().WithTrailingTrivia(s_space), inner]), close);
    }

    /// <summary><paramref name="first"/> as the block's first statement, on the line of its opening brace.</summary>
    private static BlockSyntax InsertFirst(BlockSyntax block, StatementSyntax first)
    {
        SyntaxToken open = block.OpenBraceToken;
        return block
            .WithOpenBraceToken(open.WithTrailingTrivia(s_space))
            .WithStatements(block.Statements.Insert(0, first.WithTrailingTrivia(NonEmpty(open.TrailingTrivia))));
    }

    /// <summary><c>L: stmt</c> as <c>L: Step(); stmt</c>, so a backward goto counts a step each time round.</summary>
    private static SyntaxList<StatementSyntax> ExpandLabels(SyntaxList<StatementSyntax> statements)
    {
        if (!statements.Any(statement => statement is LabeledStatementSyntax))
        {
            return statements;
        }

        var expanded = new List<StatementSyntax>(statements.Count + 2);
        foreach (StatementSyntax statement in statements)
        {
            StatementSyntax current = statement;
            while (current is LabeledStatementSyntax labeled)
            {
                SyntaxToken colon = labeled.ColonToken;
                expanded.Add(labeled
                    .WithColonToken(colon.WithTrailingTrivia(s_space))
                    .WithStatement(Step().WithTrailingTrivia(NonEmpty(colon.TrailingTrivia))));
                current = labeled.Statement;
            }

            expanded.Add(current);
        }

        return List(expanded);
    }

    private static readonly StatementSyntax s_step = Annotate(ParseStatement($"{Budget}.Step();"));
    private static readonly StatementSyntax s_enter = Annotate(ParseStatement($"{Budget}.Enter();"));

    private static StatementSyntax Step() => s_step;

    private static StatementSyntax Enter() => s_enter;

    private static bool IsVoid(TypeSyntax type) => type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.VoidKeyword };

    private static SyntaxTriviaList NonEmpty(SyntaxTriviaList trivia) => trivia.Count == 0 ? s_space : trivia;

    private static SyntaxToken Annotate(SyntaxToken token) => token.WithAdditionalAnnotations(Annotation);

    private static T Annotate<T>(T node)
        where T : SyntaxNode =>
        node.ReplaceTokens(node.DescendantTokens(), (_, token) => token.WithAdditionalAnnotations(Annotation));
}
