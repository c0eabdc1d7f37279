namespace ScriptGen.CompilerServices;

/// <summary>
/// The scripts one compiled assembly holds, listed by the generator (one implementation per
/// assembly, named by <see cref="ScriptAssemblyCatalogAttribute"/>). Hosts that load script
/// assemblies themselves, such as the script engine, read it instead of the global
/// <see cref="ScriptCatalog"/>, so a collectible assembly is never pinned by a static list.
/// </summary>
public interface IScriptAssemblyCatalog
{
    /// <summary>Every script of the assembly, in order of full type name.</summary>
    IReadOnlyList<ScriptDefinition> Scripts { get; }
}
