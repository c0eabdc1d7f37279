using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using ScriptGen.CompilerServices;

namespace ScriptGen.Scripting.Compilation;

/// <summary>The host program's script assemblies at one moment: references to them and their module version ids.</summary>
internal sealed class HostScripts
{
    public static HostScripts None { get; } = new([], []);

    public HostScripts(ImmutableArray<MetadataReference> references, ImmutableArray<Guid> mvids)
    {
        References = references;
        Mvids = mvids;
    }

    /// <summary>One reference per assembly, ordered by assembly full name (the same in every process).</summary>
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>The assemblies' module version ids, in the order of <see cref="References"/>.</summary>
    public ImmutableArray<Guid> Mvids { get; }
}

/// <summary>
/// Tracks the loaded, non-collectible assemblies that carry the generator's script catalog
/// (<see cref="ScriptAssemblyCatalogAttribute"/>), so source text can use the host program's scripts.
/// Loads are noted as they happen (only non-collectible ones, so no engine-compiled assembly is ever
/// held) and examined on the next read; a read with nothing new is one volatile load.
/// </summary>
internal static class HostScriptAssemblies
{
    private static readonly Lock s_gate = new();
    private static readonly ConcurrentQueue<Assembly> s_pending = new();
    private static readonly List<(string Name, MetadataReference Reference, Guid Mvid)> s_found = [];
    private static readonly HashSet<Assembly> s_examined = [];
    private static HostScripts s_current = HostScripts.None;

    static HostScriptAssemblies()
    {
        // Subscribe first, then list what is loaded: an assembly loading in between is seen twice, never missed.
        AppDomain.CurrentDomain.AssemblyLoad += static (_, e) => Note(e.LoadedAssembly);
        foreach (Assembly assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            Note(assembly);
        }
    }

    /// <summary>The host's script assemblies now.</summary>
    public static HostScripts Current
    {
        get
        {
            if (s_pending.IsEmpty)
            {
                return Volatile.Read(ref s_current);
            }

            lock (s_gate)
            {
                bool changed = false;
                while (s_pending.TryDequeue(out Assembly? assembly))
                {
                    if (s_examined.Add(assembly) && CarriesScripts(assembly))
                    {
                        MetadataReference reference = MetadataReference.CreateFromFile(assembly.Location);
                        s_found.Add((assembly.FullName ?? assembly.Location, reference, CoreReferences.Mvid(reference)));
                        changed = true;
                    }
                }

                if (changed)
                {
                    var ordered = s_found.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
                    Volatile.Write(ref s_current, new HostScripts([.. ordered.Select(f => f.Reference)], [.. ordered.Select(f => f.Mvid)]));
                }

                return s_current;
            }
        }
    }

    private static void Note(Assembly assembly)
    {
        // A collectible assembly (every one the engine loads) is never kept, not even until the next read.
        if (!assembly.IsDynamic && !assembly.IsCollectible)
        {
            s_pending.Enqueue(assembly);
        }
    }

    private static bool CarriesScripts(Assembly assembly)
    {
        try
        {
            return !string.IsNullOrEmpty(assembly.Location) &&
                assembly.IsDefined(typeof(ScriptAssemblyCatalogAttribute), inherit: false);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            return false; // An assembly whose attributes cannot be read holds no scripts we could use.
        }
    }
}
