namespace ScriptGen.Orleans.Wire;

/// <summary>A symbol a shard runs on or imports from: the silo loads it from its store by ticker and checks the fingerprint.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record SymbolRequest([property: Id(0)] SymbolInfo Symbol, [property: Id(1)] BarsFingerprint Fingerprint)
{
    public string Ticker => Symbol.Ticker;

    public static SymbolRequest Of(SymbolBars symbol) => new(symbol.Symbol, BarsFingerprint.Of(symbol.Bars));
}
