namespace ScriptGen;

/// <summary>
/// What a symbol is: Pine's <c>syminfo.type</c>. Each kind has TradingView's usual session, time zone and
/// quantity step (<see cref="SymbolKindDefaults"/>), which a <see cref="SymbolInfo"/> uses for what it does
/// not set itself.
/// </summary>
public enum SymbolKind
{
    /// <summary>Not said: a generic symbol trading every minute (<c>"24x7"</c>) in UTC, any quantity. <c>syminfo.type</c> reads <c>""</c>.</summary>
    Unspecified,

    /// <summary>A currency pair, <c>"forex"</c>.</summary>
    Forex,

    /// <summary>A crypto asset, <c>"crypto"</c>.</summary>
    Crypto,

    /// <summary>A share, <c>"stock"</c>.</summary>
    Stock,

    /// <summary>A fund (ETF, mutual fund), <c>"fund"</c>.</summary>
    Fund,

    /// <summary>A depositary receipt, <c>"dr"</c>.</summary>
    Dr,

    /// <summary>A subscription right, <c>"right"</c>.</summary>
    Right,

    /// <summary>A warrant, <c>"warrant"</c>.</summary>
    Warrant,

    /// <summary>A structured product, <c>"structured"</c>.</summary>
    Structured,

    /// <summary>A bond, <c>"bond"</c>.</summary>
    Bond,

    /// <summary>An index (not tradable itself), <c>"index"</c>.</summary>
    Index,

    /// <summary>A futures contract, <c>"futures"</c>.</summary>
    Futures,

    /// <summary>A spread of several symbols, <c>"spread"</c>.</summary>
    Spread,

    /// <summary>An economic series (no trading), <c>"economic"</c>.</summary>
    Economic,

    /// <summary>A company's fundamental data series, <c>"fundamental"</c>.</summary>
    Fundamental,
}
