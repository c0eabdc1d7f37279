namespace ScriptGen;

/// <summary>
/// Bars for several symbols (ticker -> bars, each with its own <see cref="SymbolInfo"/>), for runs
/// over many symbols. Immutable, so parallel runs can share it. Tickers are unique ignoring case,
/// and a set has at least one symbol.
/// </summary>
/// <example>
/// <code>
/// var set = BarsSet.ReadCsvFiles(["data/EURUSD.csv", "data/GBPUSD.csv"],
///     ticker => new SymbolInfo { Ticker = ticker, MinTick = 0.00001, TimeZone = "America/New_York" });
/// foreach (SymbolBars symbol in set)
///     results[symbol.Ticker] = engine.RunStrategy(EmaCross.Create(), symbol.Bars, symbol.OptionsFrom());
/// </code>
/// </example>
public sealed class BarsSet : IReadOnlyList<SymbolBars>
{
    private readonly SymbolBars[] _entries;
    private readonly Dictionary<string, SymbolBars> _byTicker;

    /// <summary>Creates a set of the given symbols, in the given order.</summary>
    /// <exception cref="BarDataException">No symbols, a ticker that is empty, or two symbols with the same ticker (ignoring case).</exception>
    /// <exception cref="ScriptEngineException">A symbol's info is invalid (<see cref="SymbolInfo.Validate"/>).</exception>
    public BarsSet(IEnumerable<SymbolBars> symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        _entries = symbols.ToArray();
        if (_entries.Length == 0)
        {
            throw new BarDataException("A bars set needs at least one symbol; it was given none.");
        }

        _byTicker = new Dictionary<string, SymbolBars>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < _entries.Length; i++)
        {
            SymbolBars entry = _entries[i] ?? throw new ArgumentException($"Symbol {i} of the bars set is null.", nameof(symbols));
            ArgumentNullException.ThrowIfNull(entry.Symbol);
            ArgumentNullException.ThrowIfNull(entry.Bars);
            if (string.IsNullOrWhiteSpace(entry.Ticker))
            {
                throw new BarDataException($"Symbol {i} of the bars set has no ticker; every symbol needs one to be found by.", source: entry.Bars.Source);
            }

            entry.Symbol.Validate();
            if (!_byTicker.TryAdd(entry.Ticker, entry))
            {
                SymbolBars first = _byTicker[entry.Ticker];
                throw new BarDataException(
                    $"The bars set has two symbols '{first.Ticker}'{From(first)} and '{entry.Ticker}'{From(entry)}; tickers must be unique (ignoring case).",
                    source: entry.Bars.Source);
            }
        }
    }

    /// <summary>Creates a set of the given symbols.</summary>
    /// <exception cref="BarDataException">No symbols, or two with the same ticker.</exception>
    public BarsSet(params SymbolBars[] symbols)
        : this((IEnumerable<SymbolBars>)symbols)
    {
    }

    /// <summary>The number of symbols.</summary>
    public int Count => _entries.Length;

    /// <summary>The tickers, in order.</summary>
    public IReadOnlyList<string> Tickers => _entries.Select(e => e.Ticker).ToArray();

    /// <summary>The symbol at <paramref name="index"/>, in the order given.</summary>
    public SymbolBars this[int index] => _entries[index];

    /// <summary>The symbol with ticker <paramref name="ticker"/> (ignoring case).</summary>
    /// <exception cref="KeyNotFoundException">No such ticker; the message lists those there are.</exception>
    public SymbolBars this[string ticker] => _byTicker.TryGetValue(ticker, out SymbolBars? entry)
        ? entry
        : throw new KeyNotFoundException($"The bars set has no symbol '{ticker}'. Symbols: {string.Join(", ", Tickers)}.");

    /// <summary>Whether the set has a symbol with ticker <paramref name="ticker"/> (ignoring case).</summary>
    public bool Contains(string ticker) => _byTicker.ContainsKey(ticker);

    /// <summary>This set and one more symbol.</summary>
    /// <exception cref="BarDataException">The ticker is already in the set.</exception>
    public BarsSet With(SymbolInfo symbol, Bars bars) => new([.. _entries, new SymbolBars(symbol, bars)]);

    /// <summary>
    /// Reads one CSV file per symbol (<see cref="BarCsv"/>); the ticker is the file's name without its
    /// extension, and <paramref name="symbolFor"/> gives each ticker its info (a default symbol of that
    /// ticker when omitted).
    /// </summary>
    /// <exception cref="BarDataException">A file is missing or invalid (the message names it), no files, or two files give the same ticker.</exception>
    public static BarsSet ReadCsvFiles(
        IEnumerable<string> paths, Func<string, SymbolInfo>? symbolFor = null, ColumnMapping? columns = null, BarDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var entries = new List<SymbolBars>();
        foreach (string path in paths)
        {
            string ticker = Path.GetFileNameWithoutExtension(path);
            SymbolInfo symbol = symbolFor?.Invoke(ticker) ?? new SymbolInfo { Ticker = ticker };
            entries.Add(new SymbolBars(symbol, BarCsv.Read(path, columns, options)));
        }

        return new BarsSet(entries);
    }

    /// <inheritdoc/>
    public IEnumerator<SymbolBars> GetEnumerator() => ((IEnumerable<SymbolBars>)_entries).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private static string From(SymbolBars entry) => entry.Bars.Source is { } source ? $" (from {source})" : string.Empty;
}
