using System.Reflection;
using ScriptGen.CompilerServices;

namespace ScriptGen.Scripting.Loading;

/// <summary>A compiled set loaded: its context, its assembly and the scripts its catalog lists.</summary>
internal sealed record LoadedSet(ScriptLoadContext Context, Assembly Assembly, IReadOnlyList<ScriptDefinition> Scripts);

/// <summary>Loads a compiled image into a new collectible context of its own.</summary>
internal static class ScriptSetLoader
{
    /// <summary>
    /// Loads <paramref name="image"/> (with its symbols, so stack traces carry <c>.pine.cs</c> lines) into a new
    /// <see cref="ScriptLoadContext"/> resolving <paramref name="libraries"/>, and reads its scripts from the
    /// catalog the generator named. The libraries it references are bound now, while their contexts are
    /// certainly alive, rather than on first use.
    /// </summary>
    public static LoadedSet Load(string assemblyName, byte[] image, byte[] symbols, IEnumerable<Assembly> libraries)
    {
        var context = new ScriptLoadContext(assemblyName, libraries);
        try
        {
            Assembly assembly;
            using (var pe = new MemoryStream(image, writable: false))
            using (var pdb = new MemoryStream(symbols, writable: false))
            {
                assembly = context.LoadFromStream(pe, pdb);
            }

            foreach (AssemblyName reference in assembly.GetReferencedAssemblies())
            {
                if (context.IsLibrary(reference))
                {
                    context.LoadFromAssemblyName(reference);
                }
            }

            return new LoadedSet(context, assembly, ScriptAssemblyCatalogAttribute.ScriptsOf(assembly));
        }
        catch
        {
            context.Unload();
            throw;
        }
    }
}
