namespace ScriptGen;

/// <summary>
/// What TradingView usually gives a symbol of one <see cref="SymbolKind"/>: its <c>syminfo.type</c>, its
/// session, its exchange time zone and its quantity step. The one table of them: <see cref="SymbolInfo"/>
/// uses it for what a symbol does not set, and the broker's quantity step comes from it.
/// </summary>
/// <remarks>
/// <para>These are defaults for symbols whose data does not say more. A real symbol's values depend on its
/// exchange and data vendor (TradingView's <c>syminfo.mincontract</c> is the vendor's): set
/// <see cref="SymbolInfo.Session"/>, <see cref="SymbolInfo.TimeZone"/> and <see cref="SymbolInfo.QuantityStep"/>
/// when they differ (a European stock trades 0900-1730 in Europe/Berlin, CME's equity futures 1700-1600 in
/// America/Chicago, grains other hours).</para>
/// <para>Quantity steps: TradingView floors an order's quantity to the symbol's minimum contract. Its
/// Strategy Tester exports of strategies sized by percent of equity on CAPITALCOM:EURUSD show quantities in
/// tenths of a unit, floored (1,000,261.14 × 10% / 1.13433 = 88,180.79 is traded as 88,180.7), hence 0.1
/// for forex; BINANCE:BTCUSDT's minimum contract is 0.00001; shares, funds, futures and the rest trade whole
/// units.</para>
/// </remarks>
/// <param name="Kind">The kind.</param>
/// <param name="PineType">Pine's <c>syminfo.type</c> for it (<c>"forex"</c>, <c>"stock"</c>, ...; <c>""</c> when unspecified).</param>
/// <param name="Session">The regular session, a Pine session string.</param>
/// <param name="TimeZone">The exchange time zone the session is written in (IANA id).</param>
/// <param name="QuantityStep">The step an order's quantity is floored to (0: any quantity).</param>
public sealed record SymbolKindDefaults(SymbolKind Kind, string PineType, string Session, string TimeZone, double QuantityStep)
{
    private static readonly SymbolKindDefaults[] s_table =
    [
        new(SymbolKind.Unspecified, "", "24x7", "UTC", 0),
        // Forex trades from Sunday 17:00 to Friday 17:00 New York time; each day starts at 17:00 the evening before.
        new(SymbolKind.Forex, "forex", "1700-1700:23456", "America/New_York", 0.1),
        new(SymbolKind.Crypto, "crypto", "24x7", "UTC", 0.00001),
        // US exchanges' regular hours; pre- and post-market (0400-0930, 1600-2000) are SymbolInfo.PreMarket and PostMarket.
        new(SymbolKind.Stock, "stock", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Fund, "fund", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Dr, "dr", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Right, "right", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Warrant, "warrant", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Structured, "structured", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Bond, "bond", "0930-1600:23456", "America/New_York", 1),
        new(SymbolKind.Index, "index", "0930-1600:23456", "America/New_York", 1),
        // CME Globex: Sunday 17:00 to Friday 16:00 Chicago time, a break 16:00-17:00 each day.
        new(SymbolKind.Futures, "futures", "1700-1600:23456", "America/Chicago", 1),
        new(SymbolKind.Spread, "spread", "1700-1600:23456", "America/Chicago", 1),
        new(SymbolKind.Economic, "economic", "24x7", "UTC", 1),
        new(SymbolKind.Fundamental, "fundamental", "24x7", "UTC", 1),
    ];

    /// <summary>The defaults of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a <see cref="SymbolKind"/>.</exception>
    public static SymbolKindDefaults For(SymbolKind kind) =>
        (uint)kind < (uint)s_table.Length
            ? s_table[(int)kind]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Unknown symbol kind {(int)kind}; use a SymbolKind such as SymbolKind.Forex.");

    /// <summary>Every kind's defaults, in the order of <see cref="SymbolKind"/>.</summary>
    public static IReadOnlyList<SymbolKindDefaults> All => s_table;

    /// <summary>The kind whose <c>syminfo.type</c> is <paramref name="pineType"/> (<c>"forex"</c>, <c>"stock"</c>, ...; any case).</summary>
    /// <exception cref="ArgumentException">No kind has that type; the message lists them.</exception>
    public static SymbolKind ParsePineType(string pineType)
    {
        ArgumentNullException.ThrowIfNull(pineType);
        foreach (SymbolKindDefaults defaults in s_table)
        {
            if (defaults.PineType.Length > 0 && defaults.PineType.Equals(pineType, StringComparison.OrdinalIgnoreCase))
            {
                return defaults.Kind;
            }
        }

        throw new ArgumentException(
            $"'{pineType}' is not a syminfo.type; use one of {string.Join(", ", s_table.Skip(1).Select(d => d.PineType))}.", nameof(pineType));
    }
}
