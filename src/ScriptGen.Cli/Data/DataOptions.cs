using System.CommandLine;
using System.Diagnostics;
using ScriptGen.Cli.Output;

namespace ScriptGen.Cli.Data;

/// <summary>
/// The bars a command runs on: <c>--data</c> (CSV, Parquet or Arrow, by extension), <c>--columns</c> naming
/// the data's columns, <c>--from</c>/<c>--to</c> keeping a range of them.
/// </summary>
internal sealed class DataOptions
{
    /// <summary>The extensions read, and by which reader.</summary>
    public static readonly IReadOnlyDictionary<string, string> Formats = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".csv"] = "CSV",
        [".txt"] = "CSV",
        [".tsv"] = "CSV",
        [".parquet"] = "Parquet",
        [".arrow"] = "Arrow",
        [".feather"] = "Arrow",
        [".ipc"] = "Arrow",
        [".arrows"] = "Arrow",
    };

    public Option<string> Data { get; } = new("--data", "-d")
    {
        Description = "The bars: a CSV (.csv), Parquet (.parquet) or Arrow IPC (.arrow, .feather) file with time, open, high, low, close[, volume] columns.",
        HelpName = "FILE",
        Required = true,
    };

    public Option<string[]> Columns { get; } = new("--columns")
    {
        Description = "The data's column names, as ColumnMapping property=column pairs: " + string.Join(", ", ColumnsParser.Keys) +
                      " (e.g. --columns timestamp=Date,close=Last). Unnamed columns use the usual names.",
        HelpName = "KEY=COLUMN,...",
    };

    public Option<string?> From { get; } = new("--from")
    {
        Description = "Keep bars from this date or time on (e.g. 2024-01-01 or 2024-01-01T09:30), on the exchange's clock unless an offset is given.",
        HelpName = "DATE",
    };

    public Option<string?> To { get; } = new("--to")
    {
        Description = "Keep bars up to this date (the whole day) or time.",
        HelpName = "DATE",
    };

    public Option<string?> MagnifierData { get; } = new("--magnifier-data")
    {
        Description = "Lower-timeframe bars of the same symbol (CSV, Parquet or Arrow, read as --data is: its --columns, --from and --to) for a " +
                      "strategy with UseBarMagnifier: orders fill along the bars inside each bar of --data.",
        HelpName = "FILE",
    };

    public Option<string?> IntrabarData { get; } = new("--intrabar-data")
    {
        Description = "Lower-timeframe bars of the same symbol (CSV, Parquet or Arrow, read as --data is: its --columns, --from and --to) for " +
                      "indicators the script imports with ImportIntrabars (Pine's request.security_lower_tf). May be the --magnifier-data file.",
        HelpName = "FILE",
    };

    public Option<string[]> SymbolData { get; } = new("--symbol-data")
    {
        Description = "Bars of another symbol, for indicators the script imports with symbol: (Pine's request.security of another symbol): " +
                      "TICKER=FILE (the chart symbol's settings under that ticker) or SYMBOL.json=FILE (a --symbol-file of its own). " +
                      "Read as --data is; repeat for more symbols.",
        HelpName = "TICKER=FILE",
    };

    public void AddTo(Command command)
    {
        command.Add(Data);
        command.Add(Columns);
        command.Add(From);
        command.Add(To);
    }

    /// <summary>Adds <see cref="MagnifierData"/>, <see cref="IntrabarData"/> and <see cref="SymbolData"/> (commands that run a script once).</summary>
    public void AddOtherBarsTo(Command command)
    {
        command.Add(MagnifierData);
        command.Add(IntrabarData);
        command.Add(SymbolData);
    }

    /// <summary>Reads the <c>--symbol-data</c> bars of other symbols; null without the option.</summary>
    /// <exception cref="UsageException">An entry is not TICKER=FILE or SYMBOL.json=FILE, names a ticker twice, or a file is missing.</exception>
    /// <exception cref="BarDataException">The data breaks a rule (the message names the column and row).</exception>
    public BarsSet? LoadSymbols(ParseResult parse, SymbolInfo chart, Terminal terminal)
    {
        string[] entries = parse.GetValue(SymbolData) ?? [];
        if (entries.Length == 0)
        {
            return null;
        }

        var symbols = new List<SymbolBars>();
        foreach (string entry in entries)
        {
            int equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0 || equals == entry.Length - 1)
            {
                throw new UsageException(
                    $"Option '--symbol-data {entry}': expected TICKER=FILE (e.g. SPY=spy.csv) or SYMBOL.json=FILE (e.g. spy.json=spy.csv).");
            }

            string key = entry[..equals], path = entry[(equals + 1)..];
            SymbolInfo symbol = key.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? SymbolOptions.ReadFile(key) : chart with { Ticker = key };
            if (symbols.Any(s => string.Equals(s.Ticker, symbol.Ticker, StringComparison.OrdinalIgnoreCase)) ||
                string.Equals(symbol.Ticker, chart.Ticker, StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException(
                    $"Option '--symbol-data {entry}': the ticker '{symbol.Ticker}' is already {(string.Equals(symbol.Ticker, chart.Ticker, StringComparison.OrdinalIgnoreCase) ? "the chart's" : "given")}; each symbol once.");
            }

            symbols.Add(new SymbolBars(symbol, Load(path, $"Symbol data for '{symbol.Ticker}'", parse, symbol, terminal)));
        }

        return new BarsSet(symbols);
    }

    /// <summary>Reads and slices the bars.</summary>
    /// <exception cref="UsageException">The file does not exist or has an unknown extension; a bad --columns or date.</exception>
    /// <exception cref="BarDataException">The data breaks a rule (the message names the column and row).</exception>
    public Bars Load(ParseResult parse, SymbolInfo symbol, Terminal terminal) => Load(parse.GetRequiredValue(Data), "Data", parse, symbol, terminal);

    /// <summary>Reads and slices the <c>--magnifier-data</c> bars, as the bars are read; null without the option.</summary>
    /// <exception cref="UsageException">The file does not exist or has an unknown extension; a bad --columns or date.</exception>
    /// <exception cref="BarDataException">The data breaks a rule (the message names the column and row).</exception>
    public Bars? LoadMagnifier(ParseResult parse, SymbolInfo symbol, Terminal terminal) =>
        parse.GetValue(MagnifierData) is { } path ? Load(path, "Magnifier data", parse, symbol, terminal) : null;

    /// <summary>Reads and slices the <c>--intrabar-data</c> bars, as the bars are read; the magnifier's when both name one file; null without the option.</summary>
    /// <exception cref="UsageException">The file does not exist or has an unknown extension; a bad --columns or date.</exception>
    /// <exception cref="BarDataException">The data breaks a rule (the message names the column and row).</exception>
    public Bars? LoadIntrabars(ParseResult parse, SymbolInfo symbol, Terminal terminal, Bars? magnifier) =>
        parse.GetValue(IntrabarData) is not { } path ? null
        : magnifier is not null && parse.GetValue(MagnifierData) == path ? magnifier
        : Load(path, "Intrabar data", parse, symbol, terminal);

    private Bars Load(string path, string what, ParseResult parse, SymbolInfo symbol, Terminal terminal)
    {
        ColumnMapping? columns = ColumnsParser.Parse(parse.GetValue(Columns) ?? []);
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path) ? $"{what} file '{path}' is a folder." : $"{what} file '{path}' does not exist.");
        }

        string extension = Path.GetExtension(path);
        if (!Formats.TryGetValue(extension, out string? format))
        {
            throw new UsageException(
                $"{what} file '{path}': the extension '{extension}' is not one the tool reads; use " +
                string.Join(", ", Formats.GroupBy(f => f.Value).Select(g => $"{string.Join(" or ", g.Select(f => f.Key))} ({g.Key})")) + ".");
        }

        var clock = Stopwatch.StartNew();
        Bars bars = format switch
        {
            "Parquet" => BarParquet.Read(path, columns),
            "Arrow" => BarArrow.Read(path, columns),
            _ => BarCsv.Read(path, columns),
        };
        Bars slice = DateRange.Slice(bars, parse.GetValue(From), parse.GetValue(To), symbol);
        terminal.Detail($"read {bars.Count:N0} bars from {path} in {clock.Elapsed.TotalMilliseconds:N0} ms" +
                        (slice.Count == bars.Count ? string.Empty : $", kept {slice.Count:N0}"));
        return slice;
    }
}
