namespace ScriptGen.Scripting.Tests.Infrastructure;

/// <summary>Tests that start processes (builds): they run one at a time, and not alongside each other's builds.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}
