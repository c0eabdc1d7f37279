using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptGen.Scripting.Compilation;

namespace ScriptGen.Scripting.Untrusted;

/// <summary>
/// The source guard for <see cref="ScriptTrust.Untrusted"/> text: <see cref="Check"/> refuses every
/// reference outside the allow-list (<see cref="UntrustedAllowList"/>) and the constructs that would
/// escape the run's budget, with an SG07xx error at the exact place (<see cref="UntrustedDiagnostics"/>);
/// <see cref="Instrument"/> inserts the budget's calls (<see cref="BudgetInstrumenter"/>) without moving
/// any token to another line. docs/untrusted-scripts.md describes both, and what they do not protect.
/// </summary>
/// <remarks>
/// Only the trees passed as the user's are checked; generated trees are the generator's (they use
/// <c>Unsafe.As</c>, interceptors and module initializers on purpose). <see cref="Instrument"/> uses facts
/// the check gathered about the very same tree (which lambdas return void), so the pipeline calls
/// <see cref="Check"/> first, as it does anyway. Thread-safe: one guard can serve concurrent compilations.
/// </remarks>
internal sealed class UntrustedSourceGuard : ISourceGuard
{
    /// <summary>
    /// The default bound on an array creation's length (per dimension of a rank-1 array): 2^24 elements,
    /// 128 MB of doubles. Larger ones fail with <see cref="ScriptLimitExceededException"/> before allocating.
    /// </summary>
    public const int DefaultMaxArrayLength = 1 << 24;

    private readonly UntrustedAllowList _allowList;
    private readonly int _maxArrayLength;
    private readonly ConditionalWeakTable<SyntaxTree, InstrumentationPlan> _plans = new();

    /// <summary>A guard with the standard allow-list plus <paramref name="extraAllowedTypes"/>.</summary>
    /// <param name="extraAllowedTypes">
    /// Types scripts may use with all their public members and nested types: the host's custom namespaces
    /// (<see cref="RuntimeEnvironment.RegisterNamespace"/>) and the types their members take and return.
    /// </param>
    /// <param name="maxArrayLength">The most elements an array creation may ask for (per dimension, see <see cref="DefaultMaxArrayLength"/>).</param>
    public UntrustedSourceGuard(IReadOnlyCollection<Type>? extraAllowedTypes = null, int maxArrayLength = DefaultMaxArrayLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxArrayLength, 1);
        _allowList = new UntrustedAllowList(extraAllowedTypes);
        _maxArrayLength = maxArrayLength;
    }

    /// <inheritdoc/>
    public IEnumerable<Diagnostic> Check(CSharpCompilation compilation, IReadOnlyList<SyntaxTree> userTrees, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(userTrees);
        var policy = new UntrustedSymbolPolicy(compilation, userTrees, _allowList);
        var diagnostics = new List<Diagnostic>();
        foreach (SyntaxTree tree in userTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            new UntrustedTreeChecker(compilation, model, policy, _allowList, diagnostics, cancellationToken).Check();
            _plans.AddOrUpdate(tree, InstrumentationPlan.Build(model, cancellationToken));
        }

        // One diagnostic per place and class: a keyword and the node it starts are the same offence.
        return diagnostics
            .DistinctBy(diagnostic => (diagnostic.Id, diagnostic.Location.SourceTree?.FilePath, diagnostic.Location.SourceSpan.Start))
            .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
            .ToList();
    }

    /// <inheritdoc/>
    public SyntaxTree Instrument(SyntaxTree userTree)
    {
        ArgumentNullException.ThrowIfNull(userTree);
        _plans.TryGetValue(userTree, out InstrumentationPlan? plan);
        SyntaxNode root = userTree.GetRoot();
        SyntaxNode instrumented = new BudgetInstrumenter(plan, _maxArrayLength).Visit(root)!;
        return userTree.WithRootAndOptions(instrumented, userTree.Options);
    }
}
