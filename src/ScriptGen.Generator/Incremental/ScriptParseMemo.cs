using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Incremental;

/// <summary>
/// Each script's last parse, kept with its file's syntax tree. The parse step runs for every script whenever the
/// <see cref="CompilationHandle"/> changes, that is on any edit to a script or to a declaration anywhere; a script whose
/// file is the same tree object and whose <see cref="DeclarationFingerprint"/> is equal binds exactly as before, so its
/// last result is returned without binding anything. The entries live as long as the tree (weakly keyed) and hold plain
/// data only.
/// </summary>
internal static class ScriptParseMemo
{
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<(int Position, ScriptKindSpec Kind), Entry>> s_byTree = new();

    public static ScriptParseResult GetOrParse(
        TypeDeclarationSyntax declaration, ScriptKindSpec kind, Compilation compilation, System.Func<ScriptParseResult> parse)
    {
        ulong fingerprint = DeclarationFingerprint.Of(compilation);
        var entries = s_byTree.GetValue(declaration.SyntaxTree, static _ => new());
        (int, ScriptKindSpec) key = (declaration.SpanStart, kind);
        if (entries.TryGetValue(key, out Entry? entry) && entry.Fingerprint == fingerprint)
        {
            return entry.Result;
        }

        ScriptParseResult result = parse();
        entries[key] = new Entry(fingerprint, result);
        return result;
    }

    /// <summary>The results kept for <paramref name="tree"/>, for tests that tell a memoized parse from a new one by identity.</summary>
    internal static IReadOnlyList<ScriptParseResult> Kept(SyntaxTree tree) =>
        s_byTree.TryGetValue(tree, out var entries) ? entries.Values.Select(e => e.Result).ToList() : [];

    private sealed record Entry(ulong Fingerprint, ScriptParseResult Result);
}
