namespace ScriptGen.Orleans;

/// <summary>How <see cref="ClusterSweepRunner"/> splits a sweep and how it survives silos that fail.</summary>
public sealed record ClusterSweepOptions
{
    /// <summary>The defaults.</summary>
    public static ClusterSweepOptions Default { get; } = new();

    /// <summary>
    /// Runs per shard (one grain call); 0 (the default) picks about four shards per silo and symbol. Larger shards share
    /// more <c>ta</c> work between their runs; smaller ones balance the silos better and lose less to a silo that dies.
    /// </summary>
    public int RunsPerShard { get; init; }

    /// <summary>Shards running at once on each silo (default 1: a shard already uses every core of its silo).</summary>
    public int ShardsPerSilo { get; init; } = 1;

    /// <summary>How many times a shard is sent again after the silo running it failed (default 3) before the sweep gives up.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>
    /// How often a worker asks the cluster whether the silo running its shard is still a member (default 2 s); once the
    /// membership declares the silo dead, the shard is sent again to a silo that is.
    /// </summary>
    public TimeSpan LivenessCheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The source text the swept script compiles from (with the files it imports), for a script the silos do not have
    /// deployed, such as one the client compiled with the engine. Each silo receives the text once per sweep and grain,
    /// compiles it with its <see cref="SweepSiloOptions.CompileSources"/> (once per distinct text: it keeps the result by
    /// hash) and runs the script of the sweep's type name from it. Null (the default): the silos find the script among
    /// their deployed scripts.
    /// </summary>
    public IReadOnlyList<ScriptSourceText>? ScriptSources { get; init; }

    /// <summary>
    /// How long a silo may leave a ping (or a question to the cluster's membership) unanswered before the shard it runs is
    /// sent elsewhere (default 15 s). A silo in a long pause may then run a shard twice; the first summary of each run counts.
    /// </summary>
    public TimeSpan SilentSiloTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Checks the values, naming the one out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative <see cref="RunsPerShard"/> or <see cref="MaxRetries"/>, <see cref="ShardsPerSilo"/> below 1, or a <see cref="LivenessCheckInterval"/> or <see cref="SilentSiloTimeout"/> that is not positive.</exception>
    public void Validate()
    {
        if (RunsPerShard < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(RunsPerShard), RunsPerShard, "RunsPerShard is 0 (automatic) or more.");
        }

        if (ShardsPerSilo < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ShardsPerSilo), ShardsPerSilo, "ShardsPerSilo is 1 or more.");
        }

        if (LivenessCheckInterval <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(LivenessCheckInterval), LivenessCheckInterval, "LivenessCheckInterval is a positive time.");
        }

        if (SilentSiloTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(SilentSiloTimeout), SilentSiloTimeout, "SilentSiloTimeout is a positive time.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "MaxRetries is 0 or more.");
        }
    }
}
