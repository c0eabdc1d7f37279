namespace ScriptGen;

/// <summary>
/// What a run knows about the traded symbol (Pine's <c>syminfo</c>): name, kind, tick size, point value,
/// quantity step, currencies, exchange time zone and trading session. P&amp;L is price difference × quantity
/// × point value.
/// </summary>
/// <remarks>
/// <see cref="Session"/>, <see cref="TimeZone"/> and <see cref="QuantityStep"/> default to the
/// <see cref="Kind"/>'s (<see cref="SymbolKindDefaults"/>): <c>new SymbolInfo { Kind = SymbolKind.Forex }</c>
/// trades <c>"1700-1700:23456"</c> in America/New_York in steps of 0.1. Set any of them to override it.
/// </remarks>
public sealed record SymbolInfo
{
    private string? _session;
    private string? _timeZone;
    private double? _quantityStep;

    /// <summary>A generic symbol: tick 0.01, point value 1, any quantity, USD, UTC, trading every minute.</summary>
    public static SymbolInfo Default { get; } = new();

    /// <summary>A symbol of <paramref name="kind"/> named <paramref name="ticker"/>, with the kind's session, time zone and quantity step.</summary>
    public static SymbolInfo For(SymbolKind kind, string ticker) => new() { Kind = kind, Ticker = ticker };

    /// <summary>The symbol's name, e.g. <c>EURUSD</c>. Pine's <c>syminfo.ticker</c>.</summary>
    public string Ticker { get; init; } = "SYMBOL";

    /// <summary>The exchange or data vendor's prefix, e.g. <c>FX</c>, <c>NASDAQ</c>; empty by default. Pine's <c>syminfo.prefix</c>.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>Pine's <c>syminfo.tickerid</c>: <c>PREFIX:TICKER</c>, or the ticker alone without a prefix.</summary>
    public string TickerId => Prefix.Length == 0 ? Ticker : $"{Prefix}:{Ticker}";

    /// <summary>What the symbol is; its defaults fill <see cref="Session"/>, <see cref="TimeZone"/> and <see cref="QuantityStep"/>. Default <see cref="SymbolKind.Unspecified"/>.</summary>
    public SymbolKind Kind { get; init; }

    /// <summary>Pine's <c>syminfo.type</c>: <c>"forex"</c>, <c>"crypto"</c>, <c>"stock"</c>, <c>"futures"</c>, ... (<c>""</c> for <see cref="SymbolKind.Unspecified"/>).</summary>
    public string Type => SymbolKindDefaults.For(Kind).PineType;

    /// <summary>
    /// The regular trading session, a Pine session string in the exchange time zone (<c>"0930-1600:23456"</c>,
    /// <c>"1700-1700:23456"</c>, <c>"24x7"</c>; see <see cref="TradingSession"/>). Defaults to the
    /// <see cref="Kind"/>'s. It says where a trading day starts (<c>timeframe.change("D")</c>, <c>ta.vwap</c>'s
    /// anchor) and what <c>session.ismarket</c> and <c>session.isfirstbar</c> see.
    /// </summary>
    public string Session { get => _session ?? SymbolKindDefaults.For(Kind).Session; init => _session = value; }

    /// <summary>The pre-market session (<c>"0400-0930:23456"</c> for US stocks) when the bars include it; null (default) when they hold regular hours only.</summary>
    public string? PreMarket { get; init; }

    /// <summary>The post-market session (<c>"1600-2000:23456"</c> for US stocks) when the bars include it; null (default) when they hold regular hours only.</summary>
    public string? PostMarket { get; init; }

    /// <summary>Pine's <c>syminfo.session</c>: <c>"extended"</c> when a pre- or post-market session is set, else <c>"regular"</c>.</summary>
    public string SessionType => PreMarket is null && PostMarket is null ? "regular" : "extended";

    /// <summary>The smallest price move. Pine's <c>syminfo.mintick</c>; default 0.01.</summary>
    public double MinTick { get; init; } = 0.01;

    /// <summary>Currency value of a one-point move for one unit. Pine's <c>syminfo.pointvalue</c>; default 1.</summary>
    public double PointValue { get; init; } = 1;

    /// <summary>
    /// The smallest quantity increment (minimum contract): an order's quantity is floored to it; 0 allows
    /// any quantity. Defaults to the <see cref="Kind"/>'s (0 when unspecified). Pine's <c>syminfo.mincontract</c>.
    /// </summary>
    public double QuantityStep { get => _quantityStep ?? SymbolKindDefaults.For(Kind).QuantityStep; init => _quantityStep = value; }

    /// <summary>Pine's <c>syminfo.mincontract</c>: <see cref="QuantityStep"/>.</summary>
    public double MinContract => QuantityStep;

    /// <summary>The currency P&amp;L is counted in. Pine's <c>syminfo.currency</c>; default USD.</summary>
    public string Currency { get; init; } = "USD";

    /// <summary>The base currency of a pair (<c>EUR</c> in EURUSD, <c>BTC</c> in BTCUSD); empty by default. Pine's <c>syminfo.basecurrency</c>.</summary>
    public string BaseCurrency { get; init; } = "";

    /// <summary>The exchange time zone (IANA id), which <see cref="Session"/> is written in. Pine's <c>syminfo.timezone</c>; defaults to the <see cref="Kind"/>'s (UTC when unspecified).</summary>
    public string TimeZone { get => _timeZone ?? SymbolKindDefaults.For(Kind).TimeZone; init => _timeZone = value; }

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

    /// <summary>The regular session, read.</summary>
    /// <exception cref="SessionFormatException"><see cref="Session"/> is not a Pine session string.</exception>
    public TradingSession GetSession() => ParseSession(nameof(Session), Session);

    /// <summary>The pre-market session, read, or null.</summary>
    /// <exception cref="SessionFormatException"><see cref="PreMarket"/> is not a Pine session string.</exception>
    public TradingSession? GetPreMarket() => PreMarket is null ? null : ParseSession(nameof(PreMarket), PreMarket);

    /// <summary>The post-market session, read, or null.</summary>
    /// <exception cref="SessionFormatException"><see cref="PostMarket"/> is not a Pine session string.</exception>
    public TradingSession? GetPostMarket() => PostMarket is null ? null : ParseSession(nameof(PostMarket), PostMarket);

    /// <summary>Checks the values, naming the first invalid one.</summary>
    /// <exception cref="ScriptEngineException">
    /// An unknown kind or time zone, a non-positive tick size or point value, a negative quantity step; a
    /// <see cref="SessionFormatException"/> for a session string that does not read.
    /// </exception>
    public void Validate()
    {
        if (!Enum.IsDefined(Kind))
        {
            throw new ScriptEngineException($"Symbol '{Ticker}': Kind {(int)Kind} is not a SymbolKind; use one of {string.Join(", ", Enum.GetNames<SymbolKind>())}.");
        }

        _ = GetTimeZone();
        _ = GetSession();
        _ = GetPreMarket();
        _ = GetPostMarket();

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

    private TradingSession ParseSession(string property, string text)
    {
        try
        {
            return TradingSession.Parse(text);
        }
        catch (SessionFormatException problem)
        {
            throw new SessionFormatException(problem.Session, problem.Position, $"Symbol '{Ticker}': {property}: {problem.Message}");
        }
    }
}
