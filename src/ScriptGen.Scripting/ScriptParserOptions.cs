using System.Reflection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Scripting;

/// <summary>How a <see cref="ScriptParser"/> compiles source text, caches the result and what the text may reference.</summary>
public sealed record ScriptParserOptions
{
    /// <summary>The default number of compiled sets the memory cache keeps.</summary>
    public const int DefaultMemoryCacheCapacity = 256;

    /// <summary>The default of <see cref="MaxNestingDepth"/>.</summary>
    public const int DefaultMaxNestingDepth = 500;

    /// <summary>
    /// Whether the text is someone else's code (<see cref="ScriptTrust.Untrusted"/>, the default: checked
    /// against an allow-list and instrumented so a run's budget can stop it) or as trusted as the host.
    /// </summary>
    public ScriptTrust Trust { get; init; } = ScriptTrust.Untrusted;

    /// <summary>
    /// A folder for the on-disk compile cache (created when missing), or <c>null</c> for none. A process
    /// that compiles text some process compiled before loads <c>{key}.dll</c>, <c>{key}.pdb</c> and
    /// <c>{key}.json</c> from here instead of compiling. Several processes may share the folder.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>
    /// How many compiled sets the memory cache keeps (least recently used first out; an evicted set is
    /// unloaded). 0 turns the memory cache off. Default <see cref="DefaultMemoryCacheCapacity"/>.
    /// </summary>
    public int MemoryCacheCapacity { get; init; } = DefaultMemoryCacheCapacity;

    /// <summary>
    /// Host assemblies the text may use besides .NET and ScriptGen, such as the assembly of a custom
    /// namespace type registered with <c>RuntimeEnvironment.RegisterNamespace</c>. Each must have been
    /// loaded from a file. Their types come from the host's load context, shared with the host.
    /// </summary>
    public IReadOnlyList<Assembly> References { get; init; } = [];

    /// <summary>
    /// Whether the text may use the scripts compiled into the host program (default true): every loaded,
    /// non-collectible assembly carrying the generator's script catalog is referenced, so text can
    /// import an indicator the host was built with.
    /// </summary>
    public bool ReferenceHostScripts { get; init; } = true;

    /// <summary>
    /// Types untrusted text may use with all their public members, beyond the allow-list (for example the
    /// type of a custom namespace the host registered, which text reaches with <c>Namespace&lt;T&gt;(name)</c>).
    /// Their assemblies must also be in <see cref="References"/>. Ignored for trusted text.
    /// </summary>
    public IReadOnlyList<Type> AllowedTypes { get; init; } = [];

    /// <summary>
    /// For untrusted text, the bounds on the script's code that runs outside a run: its static initializers
    /// (when the set is loaded) and its constructor and field initializers (whenever a definition creates an
    /// instance). A run bounds itself with <see cref="RunOptions.Limits"/>. Default: 10,000,000 steps.
    /// </summary>
    public RunLimits UntrustedLoadLimits { get; init; } = new() { MaxStepsPerBar = 10_000_000 };

    /// <summary>
    /// The longest text (in characters) one source may have, default 1,000,000: a script is a few thousand,
    /// and a bound keeps text from elsewhere from making the compiler work without end.
    /// </summary>
    public int MaxSourceLength { get; init; } = 1_000_000;

    /// <summary>
    /// The deepest a source's syntax may nest (nested parentheses, calls, binary operators, blocks), default
    /// <see cref="DefaultMaxNestingDepth"/>. Deeper text is refused with error SG0800 before it is bound: Roslyn
    /// runs analyzers on thread-pool threads, whose stacks deeply nested text can overflow, which ends the
    /// process. A script nests a few dozen levels.
    /// </summary>
    public int MaxNestingDepth { get; init; } = DefaultMaxNestingDepth;

    /// <summary>Extra analyzers run on every compilation, their diagnostics reported like the compiler's (mostly for tests).</summary>
    public IReadOnlyList<DiagnosticAnalyzer> Analyzers
    {
        // No initializer: building an empty list of a Roslyn type would load Roslyn with every options object.
        get => AnalyzersGiven ? _analyzers! : [];
        init
        {
            _analyzers = value;
            AnalyzersGiven = true;
        }
    }

    /// <summary>Whether <see cref="Analyzers"/> was set (a parser without extra analyzers can skip Roslyn on a disk-cache hit).</summary>
    internal bool AnalyzersGiven { get; private init; }

    private readonly IReadOnlyList<DiagnosticAnalyzer>? _analyzers;
}
