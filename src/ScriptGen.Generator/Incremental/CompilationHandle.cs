using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Incremental;

/// <summary>
/// The compilation the scripts' parse binds in, equal to another handle exactly when no script can bind differently
/// in one than in the other. A pipeline step that sees a <see cref="Microsoft.CodeAnalysis.Compilation"/> runs again
/// for every script on every edit anywhere (each edit is a new compilation); a step that sees this handle runs again
/// only when the handle is not equal to the last one, so an edit inside a method body anywhere, a script's own file
/// included, leaves every other script's parse <c>Cached</c>.
/// <para>
/// Equal means: the same declarations in every file (<see cref="DeclarationFingerprint"/>: usings, namespaces, types,
/// member signatures, attributes, constants; no method bodies or variable initializers), and the same references and
/// options (the very objects, compared exactly here and not only through the fingerprint's hash).
/// </para>
/// <para>
/// Staleness. When a new handle is equal to the last, Roslyn keeps the last one, so <see cref="Compilation"/> may be an
/// older compilation than the driver's. Nothing in which they differ can change a script's parse: they differ only in
/// method bodies (and initializers), and a script binds against other files' declarations, never their bodies. But the
/// older compilation need not hold the newest tree of a script's file: a file edited inside a method is a new tree
/// object. Its candidates are new too (<see cref="ScriptCandidate"/> compares the declaration's identity), so the parse
/// runs for them alone, and binds them in the compilation they were found in (<see cref="ScriptCandidate.FoundIn"/>,
/// this run's), which is declaration-equal to this handle's and holds the file. When this handle is new, it holds the
/// run's compilation, which holds every candidate's file. The parse checks the file is there all the same
/// (<see cref="Contains"/>) and reports a generator failure rather than binding in a compilation that lacks it.
/// </para>
/// <para>
/// Memory. The driver keeps the newest compilation; an equal handle keeps one older compilation (its syntax trees
/// are mostly the newest one's, but its symbols and bound state are its own, and so is a base-class fork made in it,
/// <see cref="Parsing.ScriptBaseFork"/>) alive until the next edit that changes a declaration, which replaces it.
/// Candidates hold theirs weakly.
/// </para>
/// </summary>
internal sealed class CompilationHandle : IEquatable<CompilationHandle>
{
    private readonly ulong _declarations;
    private readonly CompilationOptions _options;
    private readonly ImmutableArray<MetadataReference> _references;

    private CompilationHandle(Compilation compilation)
    {
        Compilation = compilation;
        _declarations = DeclarationFingerprint.Of(compilation);
        _options = compilation.Options;
        _references = compilation.References.ToImmutableArray();
    }

    /// <summary>The compilation: the run's own when the handle changed, else an older one equal to it (see the class remarks).</summary>
    public Compilation Compilation { get; }

    public static CompilationHandle For(Compilation compilation) => new(compilation);

    /// <summary>Whether <paramref name="tree"/> is a file of <see cref="Compilation"/>: not for a file edited while the handle stayed equal.</summary>
    public bool Contains(SyntaxTree tree) => Compilation.ContainsSyntaxTree(tree);

    public bool Equals(CompilationHandle? other) =>
        other is not null &&
        _declarations == other._declarations &&
        ReferenceEquals(_options, other._options) &&
        SameObjects(_references, other._references);

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
