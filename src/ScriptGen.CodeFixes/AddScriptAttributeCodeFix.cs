using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes;

/// <summary>
/// SG0008: a class written as a script (an <c>[Input]</c>, an override of <c>Process</c>/<c>Setup</c>) without
/// <c>[Strategy]</c> or <c>[Indicator]</c> gets the attribute, titled with the class's name, and <c>partial</c>,
/// which a script also needs (SG0001). A class deriving from <c>StrategyScript</c> can only be a strategy and one
/// deriving from <c>IndicatorScript</c> only an indicator; any other is offered both.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddScriptAttributeCodeFix)), Shared]
public sealed class AddScriptAttributeCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix that adds <c>[Strategy]</c>.</summary>
    public const string StrategyKey = "ScriptGen.AddStrategyAttribute";

    /// <summary>The equivalence key of the fix that adds <c>[Indicator]</c>.</summary>
    public const string IndicatorKey = "ScriptGen.AddIndicatorAttribute";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ScriptAttributeMissing);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        Document document = context.Document;
        SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        // SG0008 is on the class name (of its first declaration).
        if (root?.FindToken(context.Span.Start).Parent is not ClassDeclarationSyntax declaration || declaration.Identifier.Span != context.Span)
        {
            return;
        }

        SemanticModel? model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        string? baseType = model?.GetDeclaredSymbol(declaration, context.CancellationToken)?.BaseType?.ToDisplayString();
        if (baseType != "ScriptGen.IndicatorScript")
        {
            context.RegisterCodeFix(Action(document, root, declaration, "Strategy", StrategyKey), context.Diagnostics);
        }

        if (baseType != "ScriptGen.StrategyScript")
        {
            context.RegisterCodeFix(Action(document, root, declaration, "Indicator", IndicatorKey), context.Diagnostics);
        }

        static CodeAction Action(Document document, SyntaxNode root, ClassDeclarationSyntax declaration, string attribute, string key) =>
            CodeAction.Create(
                $"Mark '{declaration.Identifier.ValueText}' as [{attribute}]",
                _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(declaration, Mark(root, declaration, attribute)))),
                key);
    }

    /// <summary>
    /// <paramref name="declaration"/> with <c>[Attribute("Name")]</c> on a line of its own above it (above its other
    /// attributes, below its comments) and <c>partial</c>.
    /// </summary>
    private static ClassDeclarationSyntax Mark(SyntaxNode root, ClassDeclarationSyntax declaration, string attribute)
    {
        // Written fully qualified and simplified when the fix is applied: 'Strategy' where ScriptGen is imported
        // (the package's implicit usings import it), 'ScriptGen.Strategy' where it is not.
        NameSyntax type = SyntaxFactory.QualifiedName(
                SyntaxFactory.AliasQualifiedName(
                    SyntaxFactory.IdentifierName(SyntaxFactory.Token(SyntaxKind.GlobalKeyword)),
                    SyntaxFactory.IdentifierName("ScriptGen")),
                SyntaxFactory.IdentifierName(attribute))
            .WithAdditionalAnnotations(Simplifier.Annotation);
        AttributeSyntax title = SyntaxFactory.Attribute(
            type,
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.AttributeArgument(
                SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(declaration.Identifier.ValueText))))));

        SyntaxToken first = declaration.GetFirstToken();
        SyntaxTriviaList leading = first.LeadingTrivia;
        string indentation = SourceLayout.LineIndentation(root.SyntaxTree.GetText(), first.SpanStart);
        AttributeListSyntax list = SourceLayout.WithoutElasticTrivia(SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(title)))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(SourceLayout.NewLine(root)));

        var marked = declaration.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.Whitespace(indentation)));
        marked = marked.WithAttributeLists(marked.AttributeLists.Insert(0, list));
        return (ClassDeclarationSyntax)PartialModifier.Add(marked);
    }
}
