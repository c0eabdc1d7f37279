namespace ScriptGen.Tests.Runtime;

/// <summary>
/// The tests that count the bytes a run allocates on its thread run alone: other tests running beside them
/// (parsing times, converting time zones) take process-wide locks and caches whose first use or contention
/// lands a few hundred bytes on a measured thread now and then.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurements
{
    public const string Name = "Allocation measurements";
}
