using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Incremental;

/// <summary>
/// The compilation the scripts' parse binds in, equal to another handle exactly when no script can bind differently
/// in one than in the other. A pipeline step that sees a <see cref="Microsoft.CodeAnalysis.Compilation"/> runs again
/// for every script on every edit anywhere (each edit is a new compilation); a step that sees this handle runs again
/// only when the handle is not equal to the last one, so an edit inside a method body of a file that holds no script
/// leaves every script's parse <c>Cached</c>.
/// <para>
/// Equal means: the same declarations in every file (<see cref="DeclarationFingerprint"/>: usings, namespaces, types,
/// member signatures, attributes, constants; no method bodies or variable initializers), the same references and
/// options (the very objects, compared exactly here and not only through the fingerprint's hash), and the very same
/// syntax trees, in the same order, for every file holding a script candidate (<see cref="ScriptCandidates"/>).
/// </para>
/// <para>
/// Staleness. When a new handle is equal to the last, Roslyn keeps the last one, so <see cref="Compilation"/> may be an
/// older compilation than the driver's. That is sound because nothing in which they differ can change a script's
/// parse: they differ only in method bodies (and initializers) of files without scripts, and a script binds against
/// other files' declarations, never their bodies. It is also sound for the syntax: the parse step runs only for a
/// candidate that changed or when the handle changed. A candidate changes only with its file's tree (a new tree
/// object, which is in the script trees compared here, so the handle changes too, to the compilation holding that
/// tree), with the set or order of files (a file added, removed or moved changes the fingerprint) or with the global
/// aliases (declarations, in the fingerprint). So whenever a script is parsed, this handle holds the newest
/// compilation, which contains the script's tree; the parse checks it all the same (<see cref="Contains"/>) and
/// reports a generator failure rather than binding in a compilation that lacks the file.
/// </para>
/// <para>
/// Memory. The driver keeps the newest compilation; an equal handle keeps one older compilation (its syntax trees
/// are mostly the newest one's, but its symbols and bound state are its own, and so is the base-class fork made in it,
/// <see cref="Parsing.ScriptBaseFork"/>) alive until the next edit that changes a declaration or a script, which
/// replaces it.
/// </para>
/// </summary>
internal sealed class CompilationHandle : IEquatable<CompilationHandle>
{
    private readonly ulong _declarations;
    private readonly CompilationOptions _options;
    private readonly ImmutableArray<MetadataReference> _references;
    private readonly ImmutableArray<SyntaxTree> _scriptTrees;

    private CompilationHandle(Compilation compilation)
    {
        Compilation = compilation;
        _declarations = DeclarationFingerprint.Of(compilation);
        _options = compilation.Options;
        _references = compilation.References.ToImmutableArray();
        _scriptTrees = ScriptCandidates.Trees(compilation);
    }

    /// <summary>The compilation: the newest whenever a script is parsed (see the class remarks).</summary>
    public Compilation Compilation { get; }

    public static CompilationHandle For(Compilation compilation) => new(compilation);

    /// <summary>Whether <paramref name="tree"/> is a file of <see cref="Compilation"/>: always, for a candidate being parsed.</summary>
    public bool Contains(SyntaxTree tree) => Compilation.ContainsSyntaxTree(tree);

    public bool Equals(CompilationHandle? other) =>
        other is not null &&
        _declarations == other._declarations &&
        ReferenceEquals(_options, other._options) &&
        SameObjects(_references, other._references) &&
        SameObjects(_scriptTrees, other._scriptTrees);

    public override bool Equals(object? obj) => obj is CompilationHandle other && Equals(other);

    public override int GetHashCode() => _declarations.GetHashCode();

    private static bool SameObjects<T>(ImmutableArray<T> left, ImmutableArray<T> right)
        where T : class
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (!ReferenceEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
