namespace ScriptGen.Orleans.Wire;

/// <summary><see cref="SymbolInfo"/> on the wire, with the values its kind defaults to written out.</summary>
[GenerateSerializer]
[Immutable]
internal struct SymbolInfoSurrogate
{
    [Id(0)]
    public string Ticker;

    [Id(1)]
    public string Prefix;

    [Id(2)]
    public int Kind;

    [Id(3)]
    public string Session;

    [Id(4)]
    public string? PreMarket;

    [Id(5)]
    public string? PostMarket;

    [Id(6)]
    public double MinTick;

    [Id(7)]
    public double PointValue;

    [Id(8)]
    public double QuantityStep;

    [Id(9)]
    public string Currency;

    [Id(10)]
    public string BaseCurrency;

    [Id(11)]
    public string TimeZone;
}

/// <summary>Converts <see cref="SymbolInfo"/> to and from its wire form, field by field (a test checks that no field is missing).</summary>
[RegisterConverter]
internal sealed class SymbolInfoConverter : IConverter<SymbolInfo, SymbolInfoSurrogate>
{
    public SymbolInfo ConvertFromSurrogate(in SymbolInfoSurrogate surrogate) => FromWire(surrogate);

    public SymbolInfoSurrogate ConvertToSurrogate(in SymbolInfo value) => ToWire(value);

    internal static SymbolInfo FromWire(in SymbolInfoSurrogate surrogate) => new()
    {
        Ticker = surrogate.Ticker,
        Prefix = surrogate.Prefix,
        Kind = (SymbolKind)surrogate.Kind,
        Session = surrogate.Session,
        PreMarket = surrogate.PreMarket,
        PostMarket = surrogate.PostMarket,
        MinTick = surrogate.MinTick,
        PointValue = surrogate.PointValue,
        QuantityStep = surrogate.QuantityStep,
        Currency = surrogate.Currency,
        BaseCurrency = surrogate.BaseCurrency,
        TimeZone = surrogate.TimeZone,
    };

    internal static SymbolInfoSurrogate ToWire(SymbolInfo value) => new()
    {
        Ticker = value.Ticker,
        Prefix = value.Prefix,
        Kind = (int)value.Kind,
        Session = value.Session,
        PreMarket = value.PreMarket,
        PostMarket = value.PostMarket,
        MinTick = value.MinTick,
        PointValue = value.PointValue,
        QuantityStep = value.QuantityStep,
        Currency = value.Currency,
        BaseCurrency = value.BaseCurrency,
        TimeZone = value.TimeZone,
    };
}
