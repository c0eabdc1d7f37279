using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes;

/// <summary>SG0001: a script class that is not partial gets <c>partial</c>, so the generator can complete it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <summary>The equivalence key of the fix, the same for every class (so fix all applies it everywhere).</summary>
    public const string EquivalenceKey = "ScriptGen.AddPartial";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ScriptNotPartial);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        // SG0001 is on the class name.
        if (root?.FindToken(context.Span.Start).Parent is not TypeDeclarationSyntax declaration ||
            declaration.Identifier.Span != context.Span || PartialModifier.Has(declaration))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{declaration.Identifier.ValueText}' partial",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(declaration, PartialModifier.Add(declaration)))),
                EquivalenceKey),
            context.Diagnostics);
    }
}
