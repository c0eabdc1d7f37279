using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// Refuses source text whose syntax nests deeper than <see cref="ScriptParserOptions.MaxNestingDepth"/>,
/// before anything binds it. The compiler binds on the engine's large-stack thread (<see cref="LargeStack"/>),
/// but Roslyn runs analyzers on thread-pool threads whatever the options say, and binding text nested
/// thousands of levels deep there overflows the stack, which ends the process and cannot be caught. The
/// walk is iterative, so measuring the depth cannot overflow either.
/// </summary>
internal static class NestingLimit
{
    // RS2008 (analyzer release tracking) is for analyzers' rules; this is the engine's own error, never
    // reported by an analyzer, documented in docs/engine.md.
#pragma warning disable RS2008
    /// <summary>SG0800: the text nests deeper than the engine compiles.</summary>
    public static readonly DiagnosticDescriptor NestedTooDeeply = new(
        "SG0800",
        "Source text nested too deeply",
        "'{0}' nests {1} syntax levels deep, more than ScriptParserOptions.MaxNestingDepth ({2}); this is where it first goes " +
        "deeper. A script nests a few dozen levels: split the expression into locals, or, if the text is yours, raise the option.",
        "ScriptGen.Engine",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
#pragma warning restore RS2008

    /// <summary>
    /// The error for <paramref name="tree"/> when it nests deeper than <paramref name="maxDepth"/> (at the first
    /// node, in text order, below that depth, naming the deepest level), or <c>null</c>.
    /// </summary>
    public static Diagnostic? Check(SyntaxTree tree, int maxDepth, CancellationToken cancellationToken)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((tree.GetRoot(cancellationToken), 1));
        SyntaxNode? firstTooDeep = null;
        int deepest = 0;
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            (SyntaxNode node, int depth) = pending.Pop();
            deepest = Math.Max(deepest, depth);
            if (depth > maxDepth && firstTooDeep is null)
            {
                firstTooDeep = node;
            }

            // Children pushed last to first, so they pop in text order and the first node found too deep is the first in the text.
            ChildSyntaxList children = node.ChildNodesAndTokens();
            for (int i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].AsNode() is { } child)
                {
                    pending.Push((child, depth + 1));
                }
            }
        }

        return firstTooDeep is null
            ? null
            : Diagnostic.Create(
                NestedTooDeeply,
                Location.Create(tree, firstTooDeep.GetFirstToken().Span),
                tree.FilePath,
                deepest.ToString("N0", CultureInfo.InvariantCulture),
                maxDepth.ToString("N0", CultureInfo.InvariantCulture));
    }
}
