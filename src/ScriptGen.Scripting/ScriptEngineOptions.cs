namespace ScriptGen.Scripting;

/// <summary>How a <see cref="ScriptEngine"/> compiles source text and bounds the runs of untrusted scripts.</summary>
public sealed record ScriptEngineOptions
{
    /// <summary>
    /// Whether source text is someone else's code (<see cref="ScriptTrust.Untrusted"/>, the default: an
    /// allow-list of APIs, instrumented loops, and <see cref="UntrustedRunLimits"/> on every run) or as
    /// trusted as the host program.
    /// </summary>
    public ScriptTrust Trust { get; init; } = ScriptTrust.Untrusted;

    /// <summary>A folder for the on-disk compile cache, so a new process skips compiling text compiled before; <c>null</c> for none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How many compiled sets the engine keeps in memory (least recently used first out, and unloaded). Default 256.</summary>
    public int MemoryCacheCapacity { get; init; } = ScriptParserOptions.DefaultMemoryCacheCapacity;

    /// <summary>
    /// The limits a run of an untrusted script gets when its <see cref="RunOptions.Limits"/> is <c>null</c>.
    /// Default: at most 10,000,000 loop iterations and calls per bar, which stops a loop that never ends
    /// within a fraction of a second and never binds on a script doing a bar's ordinary work.
    /// </summary>
    public RunLimits UntrustedRunLimits { get; init; } = new() { MaxStepsPerBar = 10_000_000 };

    /// <summary>Whether text may import the indicators compiled into the host program (default true).</summary>
    public bool ReferenceHostScripts { get; init; } = true;
}
