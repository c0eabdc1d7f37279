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
    /// <remarks>
    /// <paramref name="untrustedLimits"/>, for untrusted text, is the budget the script's code gets outside a
    /// run: its static initializers run when the catalog reads its metadata, its constructor whenever a
    /// definition creates an instance.
    /// </remarks>
    public static LoadedSet Load(string assemblyName, byte[] image, byte[] symbols, IEnumerable<Assembly> libraries, RunLimits? untrustedLimits)
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

            IReadOnlyList<ScriptDefinition> scripts = untrustedLimits is null
                ? ScriptAssemblyCatalogAttribute.ScriptsOf(assembly)
                : UnderBudget(untrustedLimits, assembly.GetName().Name ?? assemblyName, () => ScriptAssemblyCatalogAttribute.ScriptsOf(assembly))
                    .Select(script => Budgeted(script, untrustedLimits))
                    .ToArray();
            return new LoadedSet(context, assembly, scripts);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>A definition whose instances are created under the budget (the constructor and field initializers are the script's code).</summary>
    private static ScriptDefinition Budgeted(ScriptDefinition script, RunLimits limits) =>
        new(script.Metadata, script.ScriptType, overrides => UnderBudget(limits, script.Metadata.Title, () => script.Create(overrides)));

    /// <summary>
    /// Runs <paramref name="action"/> under the budget; a limit hit in a static initializer surfaces as itself,
    /// not wrapped in the <see cref="TypeInitializationException"/> and <see cref="TargetInvocationException"/>
    /// the runtime adds on the way out.
    /// </summary>
    private static T UnderBudget<T>(RunLimits limits, string title, Func<T> action)
    {
        try
        {
            return ScriptBudget.Enforce(limits, title, action);
        }
        catch (Exception failure) when (failure is TypeInitializationException or TargetInvocationException && LimitIn(failure) is not null)
        {
            throw LimitIn(failure)!;
        }
    }

    private static ScriptLimitExceededException? LimitIn(Exception failure)
    {
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            if (current is ScriptLimitExceededException limit)
            {
                return limit;
            }
        }

        return null;
    }
}
