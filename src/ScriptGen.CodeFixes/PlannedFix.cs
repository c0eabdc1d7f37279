using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ScriptGen.CodeFixes;

/// <summary>
/// The shape of a fix that needs the semantic model: find the diagnostic's node (<c>target</c>), work out whether and how
/// it can be fixed (<c>plan</c>, null when the fix is not offered), then rewrite the document (<c>apply</c>). Registering
/// the fix and running it again for "Fix all" are the same for every such fix, so they are written once here.
/// </summary>
internal static class PlannedFix
{
    /// <summary>Offers the fix on the first diagnostic of <paramref name="context"/> when a plan exists for it.</summary>
    public static async Task RegisterAsync<TPlan>(
        CodeFixContext context,
        Func<SyntaxNode, Diagnostic, SyntaxNode?> target,
        Func<SemanticModel, SyntaxNode, CancellationToken, TPlan?> plan,
        Func<TPlan, string> title,
        Func<Document, SyntaxNode, TPlan, Document> apply,
        string equivalenceKey)
        where TPlan : class
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null || target(root, context.Diagnostics[0]) is not { } node ||
            plan(model, node, context.CancellationToken) is not { } planned)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(title(planned), _ => Task.FromResult(apply(context.Document, root, planned)), equivalenceKey),
            context.Diagnostics);
    }

    /// <summary>The fix of <paramref name="node"/> in <paramref name="document"/> as it is now (one step of "Fix all"), or null when none applies.</summary>
    public static async Task<Document?> FixAsync<TPlan>(
        Document document,
        SyntaxNode node,
        Func<SemanticModel, SyntaxNode, CancellationToken, TPlan?> plan,
        Func<Document, SyntaxNode, TPlan, Document> apply,
        CancellationToken cancellation)
        where TPlan : class
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellation).ConfigureAwait(false);
        return root is not null && model is not null && plan(model, node, cancellation) is { } planned ? apply(document, root, planned) : null;
    }
}
