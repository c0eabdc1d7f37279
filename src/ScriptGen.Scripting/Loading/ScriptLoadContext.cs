using System.Reflection;
using System.Runtime.Loader;

namespace ScriptGen.Scripting.Loading;

/// <summary>
/// The collectible load context of one compiled set. It resolves only the assemblies of the set's
/// libraries (other engine-compiled sets, from their own contexts); everything else — ScriptGen, .NET,
/// the host's assemblies — comes from the default context, so script types share the host's types.
/// </summary>
internal sealed class ScriptLoadContext : AssemblyLoadContext
{
    private readonly Dictionary<string, Assembly> _libraries;

    /// <param name="name">The context's name: the set's assembly name.</param>
    /// <param name="libraries">The assemblies of every library of the set, transitively.</param>
    public ScriptLoadContext(string name, IEnumerable<Assembly> libraries)
        : base(name, isCollectible: true)
    {
        _libraries = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        foreach (Assembly library in libraries)
        {
            _libraries[library.GetName().Name!] = library;
        }
    }

    /// <summary>Whether <paramref name="name"/> is one of this context's libraries.</summary>
    public bool IsLibrary(AssemblyName name) => name.Name is { } simple && _libraries.ContainsKey(simple);

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName) =>
        assemblyName.Name is { } simple && _libraries.TryGetValue(simple, out Assembly? library) ? library : null;
}
