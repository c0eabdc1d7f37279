namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="RunLimits"/> on the wire.</summary>
[GenerateSerializer]
[Immutable]
internal struct RunLimitsSurrogate
{
    [Id(0)]
    public TimeSpan? Timeout;

    [Id(1)]
    public long? MaxStepsPerBar;

    [Id(2)]
    public long? MaxAllocatedBytesPerBar;
}

/// <summary>Converts <see cref="RunLimits"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class RunLimitsConverter : IConverter<RunLimits, RunLimitsSurrogate>
{
    public RunLimits ConvertFromSurrogate(in RunLimitsSurrogate surrogate) => FromWire(surrogate);

    public RunLimitsSurrogate ConvertToSurrogate(in RunLimits value) => ToWire(value);

    internal static RunLimits FromWire(in RunLimitsSurrogate surrogate) => new()
    {
        Timeout = surrogate.Timeout,
        MaxStepsPerBar = surrogate.MaxStepsPerBar,
        MaxAllocatedBytesPerBar = surrogate.MaxAllocatedBytesPerBar,
    };

    internal static RunLimitsSurrogate ToWire(RunLimits value) => new()
    {
        Timeout = value.Timeout,
        MaxStepsPerBar = value.MaxStepsPerBar,
        MaxAllocatedBytesPerBar = value.MaxAllocatedBytesPerBar,
    };
}
