using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace ScriptGen.CodeFixes;

/// <summary>
/// Fix all for fixes that must see each other's result: two hoisted calls must not pick the same variable name,
/// two moved inputs must not each create a <c>Setup()</c>. A batch fixer computes every fix on the original
/// document and merges the edits, so it cannot; this marks every diagnostic's node, then fixes them one at a
/// time, in source order, each on the document the previous fix left (finding its node again by its mark).
/// </summary>
internal static class SequentialFixAll
{
    /// <param name="target">The node a diagnostic is about, in the document's root; null when it is not there.</param>
    /// <param name="fix">The document with the fix applied at the node, or null when the fix no longer applies.</param>
    public static FixAllProvider Create(
        Func<SyntaxNode, Diagnostic, SyntaxNode?> target,
        Func<Document, SyntaxNode, CancellationToken, Task<Document?>> fix) =>
        FixAllProvider.Create(async (context, document, diagnostics) =>
        {
            CancellationToken cancellation = context.CancellationToken;
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var marks = new Dictionary<SyntaxNode, SyntaxAnnotation>();
            foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
            {
                if (target(root, diagnostic) is { } node && !marks.ContainsKey(node))
                {
                    marks.Add(node, new SyntaxAnnotation("ScriptGen.FixAllTarget"));
                }
            }

            ImmutableArray<SyntaxAnnotation> order = marks.OrderBy(m => m.Key.SpanStart).Select(m => m.Value).ToImmutableArray();
            document = document.WithSyntaxRoot(root.ReplaceNodes(marks.Keys, (original, rewritten) => rewritten.WithAdditionalAnnotations(marks[original])));
            foreach (SyntaxAnnotation mark in order)
            {
                SyntaxNode current = (await document.GetSyntaxRootAsync(cancellation).ConfigureAwait(false))!;
                if (current.GetAnnotatedNodes(mark).FirstOrDefault() is { } node &&
                    await fix(document, node, cancellation).ConfigureAwait(false) is { } fixedDocument)
                {
                    document = fixedDocument;
                }
            }

            return document;
        });
}
