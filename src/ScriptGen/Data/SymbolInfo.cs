namespace ScriptGen;

/// <summary>
/// What a run knows about the traded symbol (Pine's <c>syminfo</c>): tick size, point value,
/// quantity step, currency, exchange time zone. P&amp;L is price difference × quantity × point value.
/// </summary>
public sealed record SymbolInfo
{
    /// <summary>A generic symbol: tick 0.01, point value 1, any quantity, USD, UTC.</summary>
    public static SymbolInfo Default { get; } = new();

    /// <summary>The symbol's name, e.g. <c>EURUSD</c>. Pine's <c>syminfo.ticker</c>.</summary>
    public string Ticker { get; init; } = "SYMBOL";

    /// <summary>The smallest price move. Pine's <c>syminfo.mintick</c>; default 0.01.</summary>
    public double MinTick { get; init; } = 0.01;

    /// <summary>Currency value of a one-point move for one unit. Pine's <c>syminfo.pointvalue</c>; default 1.</summary>
    public double PointValue { get; init; } = 1;

    /// <summary>The smallest quantity increment (minimum contract); 0 allows any quantity. Default 0.</summary>
    public double QuantityStep { get; init; }

    /// <summary>The currency P&amp;L is counted in. Pine's <c>syminfo.currency</c>; default USD.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The exchange time zone (IANA id). Pine's <c>syminfo.timezone</c>; default UTC.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>The exchange time zone, <see cref="TimeZone"/>, as a <see cref="TimeZoneInfo"/>.</summary>
    /// <exception cref="ScriptEngineException">No time zone has that id; the message says what ids look like.</exception>
    public TimeZoneInfo GetTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (Exception failure) when (failure is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ScriptEngineException(
                $"Symbol '{Ticker}': unknown time zone '{TimeZone}'; use an IANA id such as 'America/New_York' or 'UTC'.", failure);
        }
    }

    /// <summary>Checks the values, naming the first invalid one.</summary>
    /// <exception cref="ScriptEngineException">A non-positive tick size or point value, a negative quantity step, an unknown time zone.</exception>
    public void Validate()
    {
        _ = GetTimeZone();

        if (!(MinTick > 0) || double.IsInfinity(MinTick))
        {
            throw new ScriptEngineException($"Symbol '{Ticker}': MinTick must be a positive number; got {MinTick}.");
        }

        if (!(PointValue > 0) || double.IsInfinity(PointValue))
        {
            throw new ScriptEngineException($"Symbol '{Ticker}': PointValue must be a positive number; got {PointValue}.");
        }

        if (!(QuantityStep >= 0) || double.IsInfinity(QuantityStep))
        {
            throw new ScriptEngineException($"Symbol '{Ticker}': QuantityStep must be 0 or a positive number; got {QuantityStep}.");
        }
    }
}
