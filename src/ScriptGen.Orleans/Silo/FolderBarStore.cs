namespace ScriptGen.Orleans;

/// <summary>
/// Bars from a folder with one file per ticker, <c>&lt;ticker&gt;&lt;extension&gt;</c>: CSV by default
/// (<see cref="BarCsv.Read(string, ColumnMapping?, BarDataOptions?)"/>), or any format given a reader, for example
/// <c>new FolderBarStore(folder, ".parquet", path =&gt; BarParquet.Read(path))</c> with <c>ScriptGen.Parquet</c>.
/// </summary>
public sealed class FolderBarStore : IBarStore
{
    private readonly Func<string, Bars> _read;

    /// <summary>CSV files named <c>&lt;ticker&gt;.csv</c> in <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="columns">The columns' names when they are not the defaults (<see cref="ColumnMapping"/>).</param>
    /// <param name="options">How to read the bars (time zone, timeframe); the defaults when null.</param>
    public FolderBarStore(string folder, ColumnMapping? columns = null, BarDataOptions? options = null)
        : this(folder, ".csv", path => BarCsv.Read(path, columns, options))
    {
    }

    /// <summary>Files named <c>&lt;ticker&gt;&lt;<paramref name="extension"/>&gt;</c> in <paramref name="folder"/>, each read by <paramref name="read"/>.</summary>
    /// <param name="folder">The folder.</param>
    /// <param name="extension">The files' extension with its dot (<c>.parquet</c>, <c>.arrow</c>).</param>
    /// <param name="read">Reads one file's bars.</param>
    public FolderBarStore(string folder, string extension, Func<string, Bars> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(extension);
        ArgumentNullException.ThrowIfNull(read);
        Folder = Path.GetFullPath(folder);
        Extension = extension;
        _read = read;
    }

    /// <summary>The folder, as a full path.</summary>
    public string Folder { get; }

    /// <summary>The files' extension.</summary>
    public string Extension { get; }

    /// <inheritdoc/>
    public ValueTask<Bars> LoadAsync(string ticker, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticker);
        if (ticker.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || ticker is "." or "..")
        {
            throw new BarDataException($"Ticker '{ticker}' cannot name a file in {Folder}; a folder store's tickers are file names without '{Extension}'.");
        }

        string path = Path.Combine(Folder, ticker + Extension);
        if (!File.Exists(path))
        {
            string[] there = Directory.Exists(Folder)
                ? Directory.GetFiles(Folder, "*" + Extension).Select(file => Path.GetFileNameWithoutExtension(file)).Order(StringComparer.Ordinal).Take(20).ToArray()
                : [];
            string have = !Directory.Exists(Folder) ? "the folder does not exist"
                : there.Length == 0 ? $"it has no {Extension} files"
                : $"its tickers: {string.Join(", ", there)}";
            throw new BarDataException($"No bars for '{ticker}' in the silo's store: {path} does not exist ({have}).");
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_read(path));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Folder}{Path.DirectorySeparatorChar}*{Extension}";
}
