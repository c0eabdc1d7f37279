namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="SweepSharing"/> on the wire: what a shard's runs shared on their silo.</summary>
[GenerateSerializer]
[Immutable]
internal struct SweepSharingSurrogate
{
    [Id(0)]
    public int SharedSites;

    [Id(1)]
    public int SeriesComputed;

    [Id(2)]
    public long SeriesReads;

    [Id(3)]
    public int SeriesEvicted;

    [Id(4)]
    public long PeakBytes;
}

/// <summary>Converts <see cref="SweepSharing"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class SweepSharingConverter : IConverter<SweepSharing, SweepSharingSurrogate>
{
    public SweepSharing ConvertFromSurrogate(in SweepSharingSurrogate surrogate) =>
        new(surrogate.SharedSites, surrogate.SeriesComputed, surrogate.SeriesReads, surrogate.SeriesEvicted, surrogate.PeakBytes);

    public SweepSharingSurrogate ConvertToSurrogate(in SweepSharing value) => new()
    {
        SharedSites = value.SharedSites,
        SeriesComputed = value.SeriesComputed,
        SeriesReads = value.SeriesReads,
        SeriesEvicted = value.SeriesEvicted,
        PeakBytes = value.PeakBytes,
    };
}
