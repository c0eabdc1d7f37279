using System.Diagnostics;
using ScriptGen.Reports.Html;

namespace ScriptGen.Cli.Output;

/// <summary>The files a backtest writes when asked: HTML report, trades, plots, everything drawn, alerts, equity, JSON summary.</summary>
internal sealed record OutputFiles(string? Report, string? Trades, string? Plots, string? Chart, string? Equity, string? Json)
{
    /// <summary>Where to write the alerts the run fired (<c>--alerts</c>).</summary>
    public string? Alerts { get; init; }

    /// <summary>Checks, before anything runs, that each file can be written where asked and in a format the tool writes.</summary>
    /// <exception cref="UsageException">A folder that does not exist, or an extension the tool does not write.</exception>
    public void Check()
    {
        RequireFolder("--report", Report);
        RequireFolder("--trades", Trades);
        RequireFolder("--plots", Plots);
        RequireFolder("--chart", Chart);
        RequireFolder("--alerts", Alerts);
        RequireFolder("--equity", Equity);
        RequireFolder("--json", Json);
        RequireTable("--trades", Trades);
        RequireTable("--plots", Plots);
        RequireTable("--chart", Chart);
        RequireTable("--alerts", Alerts);
        RequireTable("--equity", Equity);
    }

    /// <summary>Checks that the files asked for exist for this kind of script (trades and equity are a strategy's).</summary>
    /// <exception cref="UsageException">--trades or --equity for an indicator.</exception>
    public void CheckFor(ScriptMetadata script)
    {
        if (script.Kind != ScriptKind.Strategy && (Trades ?? Equity) is not null)
        {
            throw new UsageException(
                $"'{script.Title}' is an indicator: it has no {(Trades is not null ? "trades" : "equity")} to write (--plots writes its plots).");
        }
    }

    /// <summary>Whether an output reads every plot's values (the run records them only then, or for an indicator's printed summary).</summary>
    public bool ReadsPlots => (Report ?? Plots ?? Chart ?? Alerts ?? Json) is not null;

    /// <summary>Whether an output reads the equity at every bar (the report's chart, the equity file); the summary needs only month ends.</summary>
    public bool ReadsEquity => (Report ?? Equity) is not null;

    public void Write(IndicatorResult result, IReadOnlyDictionary<string, object?> inputs, SymbolInfo symbol, Terminal terminal)
    {
        var strategy = result as StrategyResult;
        if (Report is not null)
        {
            var clock = Stopwatch.StartNew();
            HtmlReport.Write(result, Report, new HtmlReportOptions { Symbol = symbol });
            terminal.Note($"HTML report: {Report} ({Size(Report)})");
            terminal.Detail($"wrote the HTML report in {clock.Elapsed.TotalMilliseconds:N0} ms");
        }

        if (Trades is not null)
        {
            StrategyResult trades = strategy!;
            WriteTable(Trades, () => ResultCsv.WriteTrades(trades, Trades), () => ResultParquet.WriteTrades(trades, Trades));
            terminal.Note($"Trades: {Trades}");
        }

        if (Equity is not null)
        {
            StrategyResult equity = strategy!;
            WriteTable(Equity, () => ResultCsv.WriteEquity(equity, Equity), () => ResultParquet.WriteEquity(equity, Equity));
            terminal.Note($"Equity: {Equity}");
        }

        if (Plots is not null)
        {
            WriteTable(Plots, () => ResultCsv.WritePlots(result, Plots), () => ResultParquet.WritePlots(result, Plots));
            terminal.Note($"Plots: {Plots}");
        }

        if (Chart is not null)
        {
            WriteTable(Chart, () => ResultCsv.WriteChart(result, Chart), () => ResultParquet.WriteChart(result, Chart));
            terminal.Note($"Chart: {Chart}");
        }

        if (Alerts is not null)
        {
            WriteTable(Alerts, () => ResultCsv.WriteAlerts(result, Alerts), () => ResultParquet.WriteAlerts(result, Alerts));
            terminal.Note($"Alerts: {Alerts} ({result.Alerts.Count} fired)");
        }

        if (Json is not null)
        {
            SummaryJson.Write(Json, result, inputs, symbol);
            terminal.Note($"Summary: {Json}");
        }
    }

    private static void WriteTable(string path, Action csv, Action parquet)
    {
        if (IsParquet(path))
        {
            parquet();
        }
        else
        {
            csv();
        }
    }

    private static bool IsParquet(string path) => Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    private static void RequireTable(string option, string? path)
    {
        if (path is not null && !IsParquet(path) && !Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"{option} writes .csv or .parquet files; got '{path}'.");
        }
    }

    private static void RequireFolder(string option, string? path)
    {
        if (path is null)
        {
            return;
        }

        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UsageException($"{option} {path}: the folder '{folder}' does not exist.");
        }
    }

    private static string Size(string path)
    {
        long bytes = new FileInfo(path).Length;
        return bytes >= 1 << 20 ? $"{bytes / (double)(1 << 20):0.0} MB" : $"{Math.Max(1, bytes / 1024):N0} KB";
    }
}
