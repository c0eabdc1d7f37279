namespace ScriptGen.Orleans;

/// <summary>
/// Where a silo reads a symbol's bars: a sweep sends each silo only tickers, and each silo loads a symbol once from its
/// store and shares the bars across every run it holds. Implement it over any source (a database, object storage);
/// <see cref="FolderBarStore"/> reads a folder of files.
/// </summary>
public interface IBarStore
{
    /// <summary>The bars of <paramref name="ticker"/>, exactly as the client's sweep has them (the silo checks a fingerprint).</summary>
    /// <param name="ticker">The symbol's ticker (<see cref="SymbolInfo.Ticker"/>).</param>
    /// <param name="cancellationToken">Stops the load when the sweep is cancelled.</param>
    /// <exception cref="BarDataException">No bars for the ticker, or bars that cannot be read.</exception>
    ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken);
}
