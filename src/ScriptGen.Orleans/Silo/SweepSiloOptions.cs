using System.Reflection;
using ScriptGen.CompilerServices;

namespace ScriptGen.Orleans;

/// <summary>What a silo needs to run sweep shards: its bar store and the scripts deployed with it.</summary>
public sealed class SweepSiloOptions
{
    private readonly List<ScriptDefinition> _scripts = [];

    /// <summary>Where the silo reads bars by ticker. Required.</summary>
    public IBarStore? BarStore { get; set; }

    /// <summary>
    /// The environment the silo's runs use, with any namespaces registered for them (the client's
    /// <see cref="SweepOptions.Environment"/> does not travel); a new <see cref="RuntimeEnvironment"/> when null.
    /// </summary>
    public RuntimeEnvironment? Environment { get; set; }

    /// <summary>The scripts added with <see cref="AddScripts"/> or <see cref="AddScript{TScript}"/>; <see cref="ScriptCatalog"/> is searched after them.</summary>
    public IReadOnlyList<ScriptDefinition> Scripts => _scripts;

    /// <summary>Adds every script compiled into <paramref name="assembly"/> (the assembly of the strategies a client sweeps).</summary>
    /// <exception cref="ArgumentException">The assembly has no ScriptGen scripts.</exception>
    public SweepSiloOptions AddScripts(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        IReadOnlyList<ScriptDefinition> scripts = ScriptAssemblyCatalogAttribute.ScriptsOf(assembly);
        if (scripts.Count == 0)
        {
            throw new ArgumentException($"{assembly.GetName().Name} has no ScriptGen scripts (no .pine.cs compiled into it).", nameof(assembly));
        }

        _scripts.AddRange(scripts);
        return this;
    }

    /// <summary>Adds one generated script.</summary>
    public SweepSiloOptions AddScript<TScript>()
        where TScript : Script, IGeneratedScript<TScript>
    {
        _scripts.Add(ScriptDefinition.For<TScript>());
        return this;
    }
}
