using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ScriptGen.Scripting.Caching;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// Everything of a <see cref="ScriptParser"/> that needs Roslyn: the compiler, the references and the full
/// cache keys. Built on first need, so a parser whose scripts come from the disk cache by quick key
/// (<see cref="QuickKeyBuilder"/>) never loads Roslyn.
/// </summary>
internal sealed class CompilerSetup
{
    public CompilerSetup(ScriptParserOptions options, ISourceGuard? guard)
    {
        Compiler = new ScriptCompiler(guard, options.Analyzers, options.MaxNestingDepth);
        References =
        [
            .. CoreReferences.All,
            .. options.References.Distinct().Select(a => CoreReferences.FromAssembly(a, "An assembly of ScriptParserOptions.References")),
        ];
        Keys = new CacheKeyBuilder(References, Compiler.Analyzers, options.Trust, guard, options.Trust == ScriptTrust.Trusted ? [] : options.AllowedTypes);
    }

    public ScriptCompiler Compiler { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public CacheKeyBuilder Keys { get; }
}
