namespace ScriptGen.Orleans.Wire;

/// <summary>
/// What a shard sends back: each run's summary by run index and what its runs shared on the silo, or the failure that
/// stopped the shard.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record ShardResult(
    [property: Id(0)] int[] RunIndexes, [property: Id(1)] PerformanceSummary[] Summaries, [property: Id(2)] ShardFailure? Failure,
    [property: Id(3)] SweepSharing? Sharing = null)
{
    public static ShardResult Failed(ShardFailure failure) => new([], [], failure);
}

/// <summary>
/// Why a shard stopped. <see cref="RunIndex"/> is set when one of its runs failed (a script error: the sweep fails as it
/// would locally); -1 when the silo could not run the shard at all (the script or the bars missing or different there).
/// <see cref="NeedsSources"/>: the shard named its script by a source hash the silo has not compiled, and came without
/// the text; the client sends it again with the text.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record ShardFailure(
    [property: Id(0)] int RunIndex, [property: Id(1)] string Message, [property: Id(2)] string ExceptionType, [property: Id(3)] bool NeedsSources = false);
