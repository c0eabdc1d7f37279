namespace ScriptGen;

/// <summary>
/// Bounds on one run, for scripts from someone else. The time budget and the allocation bound are
/// checked on every bar; the step bound, and the time budget inside a bar, only bind on scripts the
/// script engine compiled as untrusted (their loops and method entries count steps). A bound that is
/// exceeded stops the run with <see cref="ScriptLimitExceededException"/>.
/// </summary>
public sealed record RunLimits
{
    /// <summary>The longest the whole run may take (setup and every bar); <c>null</c> for no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// The most loop iterations and method calls an untrusted script may make on one bar (its setup
    /// counts as one bar); <c>null</c> for no limit. Stops a loop that never ends.
    /// </summary>
    public long? MaxStepsPerBar { get; init; }

    /// <summary>The most bytes the run may allocate on one bar (measured on the running thread); <c>null</c> for no limit.</summary>
    public long? MaxAllocatedBytesPerBar { get; init; }

    /// <summary>Checks that every bound is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is zero or negative.</exception>
    public void Validate()
    {
        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), timeout, "RunLimits.Timeout must be positive (or null for no limit).");
        }

        if (MaxStepsPerBar is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStepsPerBar), MaxStepsPerBar, "RunLimits.MaxStepsPerBar must be positive (or null for no limit).");
        }

        if (MaxAllocatedBytesPerBar is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAllocatedBytesPerBar), MaxAllocatedBytesPerBar, "RunLimits.MaxAllocatedBytesPerBar must be positive (or null for no limit).");
        }
    }
}
