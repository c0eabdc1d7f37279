namespace ScriptGen;

/// <summary>Which bound of <see cref="RunLimits"/> a run exceeded.</summary>
public enum ScriptLimit
{
    /// <summary><see cref="RunLimits.Timeout"/>: the run took too long.</summary>
    Timeout,

    /// <summary><see cref="RunLimits.MaxStepsPerBar"/>: too many loop iterations and calls on one bar.</summary>
    StepsPerBar,

    /// <summary><see cref="RunLimits.MaxAllocatedBytesPerBar"/>: too much memory allocated on one bar.</summary>
    AllocatedBytesPerBar,

    /// <summary>Calls nested so deep that the thread's stack would overflow (unbounded recursion).</summary>
    CallDepth,
}
