namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="StrategySettings"/> overrides on the wire (enums as their numbers: the enums are the runtime's, without Orleans serializers).</summary>
[GenerateSerializer]
[Immutable]
internal struct StrategySettingsSurrogate
{
    [Id(0)]
    public double InitialCapital;

    [Id(1)]
    public int DefaultQuantityType;

    [Id(2)]
    public double DefaultQuantity;

    [Id(3)]
    public int Pyramiding;

    [Id(4)]
    public int CommissionType;

    [Id(5)]
    public double CommissionValue;

    [Id(6)]
    public int Slippage;

    [Id(7)]
    public bool ProcessOrdersOnClose;

    [Id(8)]
    public bool CalcOnOrderFills;

    [Id(9)]
    public int CloseEntriesRule;

    [Id(10)]
    public double MarginLong;

    [Id(11)]
    public double MarginShort;

    [Id(12)]
    public double RiskFreeRate;

    [Id(13)]
    public int BacktestFillLimitsAssumption;

    [Id(14)]
    public bool UseBarMagnifier;

    [Id(15)]
    public int ReversalSizing;
}

/// <summary>Converts <see cref="StrategySettings"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class StrategySettingsConverter : IConverter<StrategySettings, StrategySettingsSurrogate>
{
    public StrategySettings ConvertFromSurrogate(in StrategySettingsSurrogate surrogate) => FromWire(surrogate);

    public StrategySettingsSurrogate ConvertToSurrogate(in StrategySettings value) => ToWire(value);

    internal static StrategySettings FromWire(in StrategySettingsSurrogate surrogate) => new()
    {
        InitialCapital = surrogate.InitialCapital,
        DefaultQuantityType = (QuantityType)surrogate.DefaultQuantityType,
        DefaultQuantity = surrogate.DefaultQuantity,
        Pyramiding = surrogate.Pyramiding,
        CommissionType = (CommissionType)surrogate.CommissionType,
        CommissionValue = surrogate.CommissionValue,
        Slippage = surrogate.Slippage,
        ProcessOrdersOnClose = surrogate.ProcessOrdersOnClose,
        CalcOnOrderFills = surrogate.CalcOnOrderFills,
        CloseEntriesRule = (CloseEntriesRule)surrogate.CloseEntriesRule,
        MarginLong = surrogate.MarginLong,
        MarginShort = surrogate.MarginShort,
        RiskFreeRate = surrogate.RiskFreeRate,
        BacktestFillLimitsAssumption = surrogate.BacktestFillLimitsAssumption,
        UseBarMagnifier = surrogate.UseBarMagnifier,
        ReversalSizing = (ReversalSizing)surrogate.ReversalSizing,
    };

    internal static StrategySettingsSurrogate ToWire(StrategySettings value) => new()
    {
        InitialCapital = value.InitialCapital,
        DefaultQuantityType = (int)value.DefaultQuantityType,
        DefaultQuantity = value.DefaultQuantity,
        Pyramiding = value.Pyramiding,
        CommissionType = (int)value.CommissionType,
        CommissionValue = value.CommissionValue,
        Slippage = value.Slippage,
        ProcessOrdersOnClose = value.ProcessOrdersOnClose,
        CalcOnOrderFills = value.CalcOnOrderFills,
        CloseEntriesRule = (int)value.CloseEntriesRule,
        MarginLong = value.MarginLong,
        MarginShort = value.MarginShort,
        RiskFreeRate = value.RiskFreeRate,
        BacktestFillLimitsAssumption = value.BacktestFillLimitsAssumption,
        UseBarMagnifier = value.UseBarMagnifier,
        ReversalSizing = (int)value.ReversalSizing,
    };
}
