namespace ScriptGen.Scripting.Tests.Infrastructure;

/// <summary>
/// Tests whose outcome depends on the set of script assemblies loaded in the process (the full cache key of a parser
/// that references host scripts covers them): they run alone, so no other test loads one between their two compiles.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadedAssembliesCollection
{
    public const string Name = "Loaded script assemblies";
}
