using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// What compiling untrusted source text adds to the pipeline: rules checked on the script's own
/// syntax trees, and the instrumentation that lets a run's budget stop a script that never returns.
/// Trusted text gets none of it.
/// </summary>
internal interface ISourceGuard
{
    /// <summary>
    /// Diagnostics (errors) for everything <paramref name="userTrees"/> may not do, positioned in the
    /// user's text. <paramref name="compilation"/> is the checked compilation, generated trees included.
    /// </summary>
    IEnumerable<Diagnostic> Check(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> userTrees, CancellationToken cancellationToken);

    /// <summary>
    /// The tree to compile instead of <paramref name="userTree"/>: budget calls inserted without
    /// changing any line, so sequence points and the lines exceptions report stay the user's.
    /// </summary>
    SyntaxTree Instrument(SyntaxTree userTree);
}
