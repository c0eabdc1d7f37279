using ScriptGen;
using ScriptGen.Orleans;

/// <summary>
/// The sample's bar store: the bundled EUR/USD hourly bars under the ticker EURUSD. A real store maps tickers to files,
/// tables or objects; <see cref="FolderBarStore"/> does it for a folder of <c>&lt;ticker&gt;.csv</c> files.
/// </summary>
internal sealed class SampleBarStore : IBarStore
{
    public static readonly SymbolInfo EurUsd = new()
    {
        Ticker = "EURUSD", Prefix = "FX", Kind = SymbolKind.Forex, BaseCurrency = "EUR", MinTick = 0.00001, Currency = "USD",
        TimeZone = "America/New_York", Session = "1700-1700:23456",
    };

    public static string BarsPath => Path.Combine(AppContext.BaseDirectory, "data", "eurusd-1h.csv");

    public ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken) => ticker == EurUsd.Ticker
        ? ValueTask.FromResult(BarCsv.Read(BarsPath))
        : throw new BarDataException($"The sample store has only {EurUsd.Ticker}, not '{ticker}'.");
}
