using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Scripting.Compilation;

/// <summary>A guard that checks nothing and instruments nothing: the stand-in until the untrusted-code guard plugs in.</summary>
internal sealed class NoSourceGuard : ISourceGuard
{
    private NoSourceGuard() { }

    /// <summary>The one instance.</summary>
    public static NoSourceGuard Instance { get; } = new();

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> userTrees, CancellationToken cancellationToken) => [];

    /// <inheritdoc/>
    public SyntaxTree Instrument(SyntaxTree userTree) => userTree;
}
