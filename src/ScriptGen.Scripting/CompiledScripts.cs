using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptGen.Scripting.Caching;
using ScriptGen.Scripting.Loading;

namespace ScriptGen.Scripting;

/// <summary>
/// A set of scripts compiled together from source text by <see cref="ScriptParser"/>, loaded in a
/// collectible load context of its own: the scripts, the compiler's warnings, and <see cref="Unload"/>.
/// </summary>
/// <remarks>
/// Its scripts run like any compiled script (<c>new RuntimeEnvironment().RunStrategy(...)</c>). The
/// load context stays alive while anything refers to it: this object, a definition, a script instance, a
/// result, a type, a set compiled with this one as a library. After <see cref="Unload"/> it is collected
/// once the last of those is gone.
/// </remarks>
public sealed class CompiledScripts
{
    private readonly ScriptLoadContext _context;
    private MetadataReference? _reference;
    private Action<CompiledScripts>? _onUnload;
    private int _unloaded;

    internal CompiledScripts(
        CacheKey key,
        byte[] image,
        LoadedSet loaded,
        IReadOnlyList<ScriptDiagnostic> warnings,
        IReadOnlyList<CompiledScripts> libraries)
    {
        Key = key;
        Image = image;
        _context = loaded.Context;
        Assembly = loaded.Assembly;
        Mvid = loaded.Assembly.ManifestModule.ModuleVersionId;
        Scripts = loaded.Scripts;
        Warnings = warnings;
        Libraries = libraries;
    }

    /// <summary>The scripts of the set, in order of full type name.</summary>
    public IReadOnlyList<ScriptDefinition> Scripts { get; }

    /// <summary>The warnings (and infos) the compiler, the generator and the analyzers reported; errors would have thrown.</summary>
    public IReadOnlyList<ScriptDiagnostic> Warnings { get; }

    /// <summary>Whether <see cref="Unload"/> was called.</summary>
    public bool IsUnloaded => Volatile.Read(ref _unloaded) != 0;

    /// <summary>The cache key the set was compiled under.</summary>
    internal CacheKey Key { get; }

    /// <summary>The assembly image, referenced by sets that use this one as a library.</summary>
    internal byte[] Image { get; }

    /// <summary>The loaded assembly.</summary>
    internal Assembly Assembly { get; }

    /// <summary>The assembly's module version id (part of the cache key of sets that use this one as a library).</summary>
    internal Guid Mvid { get; }

    /// <summary>The sets this one was compiled with as libraries.</summary>
    internal IReadOnlyList<CompiledScripts> Libraries { get; }

    /// <summary>The load context (for tests: a weak reference to it shows when it is collected).</summary>
    internal System.Runtime.Loader.AssemblyLoadContext Context => _context;

    /// <summary>The metadata reference sets compiled against this one use.</summary>
    internal MetadataReference Reference =>
        LazyInitializer.EnsureInitialized(ref _reference, () => MetadataReference.CreateFromImage(Image));

    /// <summary>
    /// Finds a script by its class name (<c>EmaCross</c>), full type name (<c>MyScripts.EmaCross</c>) or title
    /// (<c>EMA Cross</c>), ignoring case.
    /// </summary>
    /// <exception cref="ScriptEngineException">No script, or several, match; the message lists the set's scripts.</exception>
    public ScriptDefinition Find(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ScriptDefinition[] matches = Scripts.Where(d => d.Metadata.IsNamed(name)).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new ScriptEngineException($"No script named '{name}' in this set. Scripts: {Describe(Scripts)}."),
            _ => throw new ScriptEngineException($"'{name}' matches several scripts: {Describe(matches)}. Use the full type name."),
        };
    }

    /// <summary>
    /// Unloads the set's load context: it is collected once nothing refers to its scripts (definitions,
    /// instances, results, types, sets compiled against it, this object). Scripts still referenced keep
    /// working until then. The parser's caches forget the set, so compiling the same text again compiles
    /// (or loads from disk) anew. Calling it again does nothing.
    /// </summary>
    public void Unload()
    {
        if (Interlocked.Exchange(ref _unloaded, 1) != 0)
        {
            return;
        }

        Interlocked.Exchange(ref _onUnload, null)?.Invoke(this);
        _context.Unload();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Scripts.Count} script(s): {Describe(Scripts)}{(IsUnloaded ? " (unloaded)" : string.Empty)}";

    /// <summary>
    /// The one script of a set compiled from the single text <paramref name="fileName"/> (<c>Parse</c>):
    /// none, or several, is an error that says so.
    /// </summary>
    /// <exception cref="ScriptParsingException">The text holds no script or several.</exception>
    internal ScriptDefinition Single(string fileName) => Scripts.Count switch
    {
        1 => Scripts[0],
        0 => throw new ScriptParsingException(
            $"'{fileName}' holds no script. A script is a partial class marked [Strategy] or [Indicator], for example " +
            "[Indicator(\"My indicator\")] public partial class MyIndicator { protected override void Process() { ... } }.",
            Warnings),
        _ => throw new ScriptParsingException(
            $"'{fileName}' holds {Scripts.Count} scripts ({string.Join(", ", Scripts.Select(s => s.Metadata.TypeName))}); " +
            "Parse compiles exactly one. Use Compile to get all of them as one set.",
            Warnings),
    };

    /// <summary>Sets what <see cref="Unload"/> tells first (the memory cache, which then forgets the set).</summary>
    internal void OnUnload(Action<CompiledScripts> callback) => Volatile.Write(ref _onUnload, callback);

    /// <summary>Every library of <paramref name="libraries"/>, transitively, each once, libraries before their users.</summary>
    internal static IReadOnlyList<CompiledScripts> Closure(IEnumerable<CompiledScripts> libraries)
    {
        var ordered = new List<CompiledScripts>();
        var seen = new HashSet<CompiledScripts>(ReferenceEqualityComparer.Instance);
        foreach (CompiledScripts library in libraries)
        {
            Visit(library);
        }

        return ordered;

        void Visit(CompiledScripts set)
        {
            if (seen.Add(set))
            {
                foreach (CompiledScripts inner in set.Libraries)
                {
                    Visit(inner);
                }

                ordered.Add(set);
            }
        }
    }

    private static string Describe(IEnumerable<ScriptDefinition> scripts)
    {
        string list = string.Join(", ", scripts.Select(s => $"{s.Metadata.Name} (\"{s.Metadata.Title}\")"));
        return list.Length == 0 ? "none" : list;
    }
}
