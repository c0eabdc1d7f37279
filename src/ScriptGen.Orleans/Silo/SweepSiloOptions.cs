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

    /// <summary>
    /// Compiles script source text that clients send (<see cref="ClusterSweepOptions.ScriptSources"/>) into scripts; null
    /// (the default) refuses such sweeps. The silo compiles each distinct text once and keeps the result by its hash. Use
    /// the engine of <c>ScriptGen.Scripting</c>, whose default trust is untrusted (the text comes over the network):
    /// <code>
    /// var engine = new ScriptEngine();
    /// sweeps.CompileSources = (sources, cancel) =&gt; engine.Compile(sources.Select(s =&gt; new ScriptSource(s.Text, s.FileName)), cancel).Scripts;
    /// </code>
    /// </summary>
    public Func<IReadOnlyList<ScriptSourceText>, CancellationToken, IReadOnlyList<ScriptDefinition>>? CompileSources { get; set; }

    /// <summary>
    /// The most memory, in bytes, the <c>ta</c> series shared by the shards this silo runs may hold (a
    /// <see cref="SharedSeriesPool"/>): a series one shard computed is read by later shards of any sweep of the same
    /// script over the same symbol, until the room is needed. Default 512 MiB; 0 shares series only within each shard
    /// (within the client's <see cref="SweepOptions.SharedSeriesMemory"/>). A client's <see cref="SweepOptions.SharedSeriesMemory"/>
    /// of 0 turns sharing off for its sweeps either way.
    /// </summary>
    public long SharedSeriesMemory { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// The most memory, in bytes, the silo keeps symbols' bars in (each bar counted as 8 bytes for its time and for each
    /// price and the volume); null (the default) keeps every symbol it loaded. Beyond it, the least recently used symbols
    /// no shard is reading are let go, with the shared series computed over them, and loaded again from the store when a
    /// later shard needs them. Symbols being read are never let go, so a silo may hold more while its shards need it.
    /// </summary>
    public long? BarsMemory { get; set; }

    /// <summary>How many compiled source sets the silo keeps (default 16); the least recently used is dropped beyond it.</summary>
    public int CompiledSourceCapacity { get; set; } = 16;

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
