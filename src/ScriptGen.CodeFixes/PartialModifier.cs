using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.CodeFixes;

/// <summary>Adds <c>partial</c> to a type declaration, where C# requires it: last of the modifiers, right before the keyword.</summary>
internal static class PartialModifier
{
    public static bool Has(TypeDeclarationSyntax declaration) => declaration.Modifiers.Any(SyntaxKind.PartialKeyword);

    public static TypeDeclarationSyntax Add(TypeDeclarationSyntax declaration)
    {
        if (Has(declaration))
        {
            return declaration;
        }

        SyntaxToken partial = SyntaxFactory.Token(SyntaxFactory.TriviaList(), SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        // No modifier: 'partial' becomes the first token after the attributes, so it takes over the
        // keyword's leading trivia (the indentation, or the comments of a declaration without attributes).
        SyntaxToken keyword = declaration.Keyword;
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia())
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }
}
