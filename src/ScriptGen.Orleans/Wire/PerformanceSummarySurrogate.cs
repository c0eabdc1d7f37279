namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="PerformanceSummary"/> on the wire: what a silo sends back per run.</summary>
[GenerateSerializer]
[Immutable]
internal struct PerformanceSummarySurrogate
{
    [Id(0)]
    public TradeStatisticsSurrogate All;

    [Id(1)]
    public TradeStatisticsSurrogate Long;

    [Id(2)]
    public TradeStatisticsSurrogate Short;

    [Id(3)]
    public double MaxDrawdown;

    [Id(4)]
    public double MaxDrawdownPercent;

    [Id(5)]
    public double MaxRunUp;

    [Id(6)]
    public double MaxRunUpPercent;

    [Id(7)]
    public double BuyAndHoldReturn;

    [Id(8)]
    public double BuyAndHoldReturnPercent;

    [Id(9)]
    public double SharpeRatio;

    [Id(10)]
    public double SortinoRatio;
}

/// <summary>Converts <see cref="PerformanceSummary"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class PerformanceSummaryConverter : IConverter<PerformanceSummary, PerformanceSummarySurrogate>
{
    public PerformanceSummary ConvertFromSurrogate(in PerformanceSummarySurrogate surrogate) => FromWire(surrogate);

    public PerformanceSummarySurrogate ConvertToSurrogate(in PerformanceSummary value) => ToWire(value);

    internal static PerformanceSummary FromWire(in PerformanceSummarySurrogate surrogate) => new()
    {
        All = TradeStatisticsConverter.FromWire(surrogate.All),
        Long = TradeStatisticsConverter.FromWire(surrogate.Long),
        Short = TradeStatisticsConverter.FromWire(surrogate.Short),
        MaxDrawdown = surrogate.MaxDrawdown,
        MaxDrawdownPercent = surrogate.MaxDrawdownPercent,
        MaxRunUp = surrogate.MaxRunUp,
        MaxRunUpPercent = surrogate.MaxRunUpPercent,
        BuyAndHoldReturn = surrogate.BuyAndHoldReturn,
        BuyAndHoldReturnPercent = surrogate.BuyAndHoldReturnPercent,
        SharpeRatio = surrogate.SharpeRatio,
        SortinoRatio = surrogate.SortinoRatio,
    };

    internal static PerformanceSummarySurrogate ToWire(PerformanceSummary value) => new()
    {
        All = TradeStatisticsConverter.ToWire(value.All),
        Long = TradeStatisticsConverter.ToWire(value.Long),
        Short = TradeStatisticsConverter.ToWire(value.Short),
        MaxDrawdown = value.MaxDrawdown,
        MaxDrawdownPercent = value.MaxDrawdownPercent,
        MaxRunUp = value.MaxRunUp,
        MaxRunUpPercent = value.MaxRunUpPercent,
        BuyAndHoldReturn = value.BuyAndHoldReturn,
        BuyAndHoldReturnPercent = value.BuyAndHoldReturnPercent,
        SharpeRatio = value.SharpeRatio,
        SortinoRatio = value.SortinoRatio,
    };
}
