using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes;

/// <summary>
/// SG0061: an integer division used as a fraction divides as Pine v5 does: the left operand is cast to the
/// fraction's type (<c>(double)wins / trades</c>; <c>float</c> or <c>decimal</c> when the result becomes one,
/// since a <c>double</c> would not convert to those implicitly), parenthesized unless it is a single term.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CastIntegerDivisionCodeFix)), Shared]
public sealed class CastIntegerDivisionCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix.</summary>
    public const string EquivalenceKey = "ScriptGen.CastIntegerDivision";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.IntegerDivision);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        // SG0061 is on the division.
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not BinaryExpressionSyntax division ||
            !division.IsKind(SyntaxKind.DivideExpression) || division.Span != context.Span || model is null ||
            FractionKeyword(model.GetTypeInfo(Converted(division), context.CancellationToken).ConvertedType) is not { } keyword)
        {
            return;
        }

        BinaryExpressionSyntax fraction = Cast(division, keyword);
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Divide as Pine does: '{fraction}'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(division, fraction))),
                EquivalenceKey),
            context.Diagnostics);
    }

    /// <summary><c>(double)left / right</c>, the cast taking the left operand's leading trivia.</summary>
    private static BinaryExpressionSyntax Cast(BinaryExpressionSyntax division, SyntaxKind keyword)
    {
        ExpressionSyntax left = division.Left;
        ExpressionSyntax operand = left is IdentifierNameSyntax or LiteralExpressionSyntax or MemberAccessExpressionSyntax or
            InvocationExpressionSyntax or ParenthesizedExpressionSyntax or ElementAccessExpressionSyntax
            ? left.WithoutLeadingTrivia()
            : SyntaxFactory.ParenthesizedExpression(left.WithoutTrivia()).WithTrailingTrivia(left.GetTrailingTrivia());
        CastExpressionSyntax cast = SourceLayout.WithoutElasticTrivia(SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(keyword)), operand))
            .WithLeadingTrivia(left.GetLeadingTrivia());
        return division.WithLeft(cast);
    }

    /// <summary>The expression whose conversion is the division's: <c>(a / b)</c> converts, not <c>a / b</c> inside it.</summary>
    private static ExpressionSyntax Converted(ExpressionSyntax division)
    {
        ExpressionSyntax converted = division;
        while (converted.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            converted = parenthesized;
        }

        return converted;
    }

    /// <summary>The keyword of the floating-point type the division's result converts to, or null for another type.</summary>
    private static SyntaxKind? FractionKeyword(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType switch
        {
            SpecialType.System_Double => SyntaxKind.DoubleKeyword,
            SpecialType.System_Single => SyntaxKind.FloatKeyword,
            SpecialType.System_Decimal => SyntaxKind.DecimalKeyword,
            _ => null,
        };
    }
}
