using System.Text.Json;
using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary><c>scriptgen backtest</c> as a process on the bundled EUR/USD bars: the report, the files it writes, and its failures.</summary>
public sealed class BacktestCommandTests : IDisposable
{
    private readonly Tool tool = Tool.Shared;
    private readonly TempFolder _work = new("cli-backtest");

    public void Dispose() => _work.Dispose();

    private ProcessResult Backtest(string script, params string[] more) =>
        tool.Run(_work.Path, ["backtest", Repository.Sample(script), "--data", Repository.Bars, "--symbol-file", Repository.Symbol, .. more]);

    /// <summary>The bundled bars' first 50 lines, line 4's high replaced by <c>oops</c>.</summary>
    private void WriteBarsWithABadHigh(string name)
    {
        string[] lines = File.ReadAllLines(Repository.Bars);
        lines[3] = lines[3].Replace(lines[3].Split(',')[2], "oops");
        File.WriteAllLines(_work.Combine(name), lines.Take(50));
    }

    [Fact]
    public void Backtests_a_strategy_prints_the_report_and_writes_the_html_report_trades_and_json_summary()
    {
        ProcessResult run = Backtest("EmaCross", "--report", "report.html", "--trades", "trades.csv", "--json", "summary.json", "--equity", "equity.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("EMA Cross (ScriptGen.Samples.Scripts.EmaCross)", run.Output);
        foreach (string line in new[] { "EURUSD: 23,054 bars of 1h, 2022-01-02 17:00 to 2025-09-12 16:00 (America/New_York)", "Initial capital 100,000.00 USD",
            "Net profit", "Max drawdown", "Sharpe ratio", "Trades (last 20 of " })
        {
            Assert.Contains(line, run.Output);
        }

        int closed = int.Parse(Regex.Match(run.Output, @"Closed trades\s+(\d+)").Groups[1].Value);
        Assert.Equal(closed + 1 + 1, File.ReadAllLines(_work.Combine("trades.csv")).Length); // header, closed, one open
        Assert.Equal(23_054 + 1, File.ReadAllLines(_work.Combine("equity.csv")).Length);
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(_work.Combine("summary.json")));
        Assert.Equal(closed, summary.RootElement.GetProperty("trades").GetProperty("closed").GetInt32());
        Assert.Equal(9, summary.RootElement.GetProperty("inputs").GetProperty("FastLength").GetInt32());
        Assert.Equal("America/New_York", summary.RootElement.GetProperty("symbol").GetProperty("timeZone").GetString());
        string report = File.ReadAllText(_work.Combine("report.html"));
        Assert.Contains("plotly.js v", report);
        Assert.Contains("id=\"report-data\"", report);
        Assert.DoesNotContain("<script src", report);
        Assert.True(new FileInfo(_work.Combine("report.html")).Length <= 6 * 1024 * 1024, "the bundled data's report is at most 6 MB");
        Assert.Contains(run.ErrorLines, line => line.StartsWith("HTML report: report.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_run_of_the_same_script_loads_it_from_the_disk_cache()
    {
        using var cache = new TempFolder("cli-own-cache");
        string[] arguments = ["backtest", Repository.Sample("RsiStrategy"), "--data", Repository.Bars, "--cache-dir", cache.Path, "--max-trades", "0"];
        ProcessResult first = tool.Run(_work.Path, arguments);
        Assert.True(first.ExitCode == 0, first.ToString());
        FileInfo[] entries = new DirectoryInfo(cache.Path).GetFiles("*.dll");
        Assert.Single(entries);
        DateTime written = entries[0].LastWriteTimeUtc;

        ProcessResult second = tool.Run(_work.Path, arguments);

        Assert.Equal(first.Output, second.Output);
        Assert.Equal(written, new DirectoryInfo(cache.Path).GetFiles("*.dll").Single().LastWriteTimeUtc); // loaded, not compiled again
    }

    [Fact]
    public void A_run_that_finds_its_script_in_the_disk_cache_never_loads_the_compiler()
    {
        using var cache = new TempFolder("cli-quick-cache");
        string[] arguments = ["backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--cache-dir", cache.Path, "--max-trades", "3", "--verbose"];
        ProcessResult first = tool.Run(_work.Path, arguments);
        Assert.True(first.ExitCode == 0, first.ToString());

        ProcessResult second = tool.Run(_work.Path, arguments);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(first.ErrorLines, line => line.Contains("compiler loaded)", StringComparison.Ordinal));
        Assert.Contains(second.ErrorLines, line => line.Contains("compiler not loaded)", StringComparison.Ordinal));
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void A_quick_key_whose_entry_is_gone_compiles_again_with_the_same_report()
    {
        using var cache = new TempFolder("cli-stale-alias");
        string[] arguments = ["backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--cache-dir", cache.Path, "--max-trades", "3", "--verbose"];
        ProcessResult first = tool.Run(_work.Path, arguments);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Single(new DirectoryInfo(cache.Path).GetFiles("*.key"));
        foreach (FileInfo entry in new DirectoryInfo(cache.Path).GetFiles("*.dll"))
        {
            entry.Delete(); // the alias now names an entry that is not there
        }

        ProcessResult second = tool.Run(_work.Path, arguments);

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains(second.ErrorLines, line => line.Contains("compiler loaded)", StringComparison.Ordinal));
        Assert.Single(new DirectoryInfo(cache.Path).GetFiles("*.dll"));
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Inputs_set_on_the_command_line_change_the_run_and_the_json_records_them()
    {
        ProcessResult run = Backtest("EmaCross", "--set", "FastLength=5", "--set", "SlowLength=30", "--json", "summary.json", "--max-trades", "0");

        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(_work.Combine("summary.json")));
        Assert.Equal(5, summary.RootElement.GetProperty("inputs").GetProperty("FastLength").GetInt32());
        Assert.Equal(30, summary.RootElement.GetProperty("inputs").GetProperty("SlowLength").GetInt32());
        Assert.NotEqual(Backtest("EmaCross", "--max-trades", "0").Output, run.Output);
    }

    [Fact]
    public void An_unknown_input_is_one_clear_line_and_exit_code_1()
    {
        ProcessResult run = Backtest("EmaCross", "--set", "Fast=3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("error: Script 'EMA Cross' has no input 'Fast'; valid inputs: FastLength", run.ErrorLines.Single());
    }

    [Fact]
    public void From_and_to_keep_the_bars_of_those_days_on_the_exchange_clock()
    {
        ProcessResult run = Backtest("EmaCross", "--from", "2024-01-02", "--to", "2024-01-31", "--max-trades", "0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"EURUSD: \d+ bars of 1h, 2024-01-02 00:00 to 2024-01-31 23:00 \(America/New_York\)", run.Output);
    }

    [Fact]
    public void A_range_without_bars_names_the_range_of_the_data()
    {
        ProcessResult run = Backtest("EmaCross", "--from", "2030-01-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No bar lies between 2030-01-01 and the end; the data runs from 2022-01-02 17:00 to 2025-09-12 16:00", run.Error);
    }

    [Fact]
    public void Parquet_and_Arrow_files_give_the_same_report_as_the_CSV()
    {
        Bars bars = BarCsv.Read(Repository.Bars);
        BarParquet.Write(bars, _work.Combine("bars.parquet"));
        BarArrow.Write(bars, _work.Combine("bars.arrow"));
        string csv = Backtest("MacdStrategy").Output;

        foreach (string file in new[] { "bars.parquet", "bars.arrow" })
        {
            ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("MacdStrategy"), "--data", file, "--symbol-file", Repository.Symbol);
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Equal(csv, run.Output);
        }
    }

    [Fact]
    public void Columns_name_the_datas_own_columns_by_ColumnMapping_property()
    {
        string[] lines = File.ReadAllLines(Repository.Bars);
        lines[0] = "Date,O,H,L,Last,Vol";
        File.WriteAllLines(_work.Combine("renamed.csv"), lines);

        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", "renamed.csv", "--symbol-file", Repository.Symbol,
            "--columns", "timestamp=Date,open=O,high=H", "--columns", "Low=L,close=Last,volume=Vol");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(Backtest("EmaCross").Output, run.Output);
    }

    [Fact]
    public void An_unknown_column_key_lists_the_keys()
    {
        ProcessResult run = Backtest("EmaCross", "--columns", "price=Close");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --columns has no key 'price'; keys: Timestamp, Open, High, Low, Close, Volume, WithoutVolume (ColumnMapping's properties).", run.ErrorLines.Single());
    }

    [Fact]
    public void Symbol_flags_override_the_symbol_file()
    {
        ProcessResult run = Backtest("EmaCross", "--symbol", "EURUSD.X", "--timezone", "UTC", "--mintick", "0.0001", "--currency", "EUR", "--max-trades", "0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("EURUSD.X: 23,054 bars of 1h, 2022-01-02 22:00 to 2025-09-12 20:00 (UTC)", run.Output);
        Assert.Contains("Performance (EUR)", run.Output);
    }

    [Fact]
    public void A_bad_symbol_value_or_file_is_a_usage_error_naming_it()
    {
        ProcessResult zone = Backtest("EmaCross", "--timezone", "Mars/Olympus");
        Assert.Equal(2, zone.ExitCode);
        Assert.Contains("unknown time zone 'Mars/Olympus'", zone.Error);

        ProcessResult tick = Backtest("EmaCross", "--mintick", "0,001");
        Assert.Equal(2, tick.ExitCode);
        Assert.Contains("Option '--mintick' expects a number such as 0.00001", tick.Error);

        string file = _work.Write("symbol.json", """{ "Ticker": "X", "TickSize": 0.01 }""");
        ProcessResult key = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", file);
        Assert.Equal(2, key.ExitCode);
        Assert.Contains("is not a valid symbol", key.Error);
        Assert.Contains("Keys: Ticker, Prefix, Kind, MinTick, PointValue, QuantityStep, Currency, BaseCurrency, TimeZone, Session, PreMarket, PostMarket.", key.Error);

        string session = _work.Write("session.json", """{ "Ticker": "X", "Session": "0930-16" }""");
        ProcessResult malformed = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", session);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("Symbol 'X': Session: '0930-16' is not a Pine session: at position 7, expected a closing time of four digits HHMM", malformed.Error);

        ProcessResult kind = Backtest("EmaCross", "--kind", "cfd");
        Assert.Equal(2, kind.ExitCode);
        Assert.Contains("Option '--kind': 'cfd' is not a syminfo.type; use one of forex, crypto, stock", kind.Error);
    }

    [Fact]
    public void A_symbol_kind_gives_the_fields_the_file_and_flags_leave_unset()
    {
        string file = _work.Write("kind.json", """{ "Ticker": "BTCUSD", "Kind": "crypto", "BaseCurrency": "BTC" }""");
        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", file,
            "--timezone", "Europe/London", "--json", "kind.json.out", "--max-trades", "0");
        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(_work.Combine("kind.json.out")));
        JsonElement symbol = summary.RootElement.GetProperty("symbol");
        Assert.Equal(("Crypto", "crypto", "24x7", "Europe/London", 0.00001, "BTC"),
            (symbol.GetProperty("kind").GetString(), symbol.GetProperty("type").GetString(), symbol.GetProperty("session").GetString(),
             symbol.GetProperty("timeZone").GetString(), symbol.GetProperty("quantityStep").GetDouble(), symbol.GetProperty("baseCurrency").GetString()));
    }

    [Fact]
    public void Every_SymbolInfo_field_has_a_flag_and_a_symbol_file_key()
    {
        string[] properties = typeof(SymbolInfo).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Order().ToArray();

        Assert.Equal(properties, Data.SymbolOptions.Fields.Select(f => f.Property).Order().ToArray());
        string file = _work.Write("full.json", """
            { "Ticker": "ES", "MinTick": 0.25, "PointValue": 50, "QuantityStep": 1, "Currency": "USD", "TimeZone": "America/Chicago" }
            """);
        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", file,
            "--json", "summary.json", "--max-trades", "0");
        Assert.True(run.ExitCode == 0, run.ToString());
        using JsonDocument summary = JsonDocument.Parse(File.ReadAllText(_work.Combine("summary.json")));
        JsonElement symbol = summary.RootElement.GetProperty("symbol");
        Assert.Equal((50.0, 1.0, "America/Chicago"), (symbol.GetProperty("pointValue").GetDouble(), symbol.GetProperty("quantityStep").GetDouble(), symbol.GetProperty("timeZone").GetString()));
    }

    [Fact]
    public void A_missing_data_file_is_a_usage_error_without_a_stack_trace()
    {
        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", "nope.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Data file 'nope.csv' does not exist.", run.ErrorLines.Single());
    }

    [Fact]
    public void A_malformed_csv_names_the_line_and_column()
    {
        WriteBarsWithABadHigh("bad.csv");

        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", "bad.csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Line 4, column 'high': 'oops' is not a number", run.ErrorLines.Single());
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void With_verbose_a_failure_shows_its_details_and_a_run_its_timings()
    {
        ProcessResult failure = tool.Run(_work.Path, "backtest", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--set", "FastLength=0", "--verbose");
        Assert.Equal(1, failure.ExitCode);
        Assert.Contains("InputValidationException", failure.Error);
        Assert.Contains("   at ", failure.Error);

        ProcessResult run = Backtest("EmaCross", "--max-trades", "0", "-v");
        Assert.Contains(run.ErrorLines, line => line.StartsWith("compiled ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("ran 23,054 bars in ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_script_with_errors_prints_them_in_the_compilers_format()
    {
        string script = _work.Write("Broken.pine.cs", Scripts.Broken);

        ProcessResult run = tool.Run(_work.Path, "backtest", "Broken.pine.cs", "--data", Repository.Bars);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["error: the script does not compile (2 errors):", $"  {Scripts.BrokenLoopError}", $"  {Scripts.BrokenNameError}"],
            run.ErrorLines);
    }

    [Fact]
    public void A_bad_data_file_is_reported_before_a_script_that_does_not_compile()
    {
        _work.Write("Broken.pine.cs", Scripts.Broken);
        WriteBarsWithABadHigh("bad.csv");

        ProcessResult missing = tool.Run(_work.Path, "backtest", "Broken.pine.cs", "--data", "nope.csv");
        ProcessResult malformed = tool.Run(_work.Path, "backtest", "Broken.pine.cs", "--data", "bad.csv");

        Assert.Equal((2, "error: Data file 'nope.csv' does not exist."), (missing.ExitCode, missing.ErrorLines.Single()));
        Assert.Equal(1, malformed.ExitCode);
        Assert.Contains("Line 4, column 'high': 'oops' is not a number", malformed.ErrorLines.Single());
    }

    [Fact]
    public void A_script_that_fails_on_a_bar_names_the_bar_and_its_line()
    {
        _work.Write("Throws.pine.cs", Scripts.ThrowsOnBar);

        ProcessResult run = tool.Run(_work.Path, "backtest", "Throws.pine.cs", "--data", Repository.Bars);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bar 100", run.Error);
        Assert.Contains("Throws.pine.cs", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void Scripts_are_trusted_by_default_and_untrusted_applies_the_allow_list()
    {
        _work.Write("ReadsFiles.pine.cs", Scripts.ReadsFiles);

        ProcessResult trusted = tool.Run(_work.Path, "backtest", "ReadsFiles.pine.cs", "--data", Repository.Bars);
        ProcessResult untrusted = tool.Run(_work.Path, "backtest", "ReadsFiles.pine.cs", "--data", Repository.Bars, "--untrusted");

        Assert.True(trusted.ExitCode == 0, trusted.ToString());
        Assert.Equal(1, untrusted.ExitCode);
        Assert.Matches(@"ReadsFiles\.pine\.cs\(\d+,\d+\): error SG07\d\d: .*System\.IO\.File", untrusted.Error);
    }

    [Fact]
    public void An_indicator_prints_its_plots_last_values_and_writes_them()
    {
        ProcessResult run = Backtest("Rsi", "--plots", "plots.csv", "--chart", "chart.csv", "--report", "rsi.html");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Relative Strength Index (ScriptGen.Samples.Scripts.Rsi)", run.Output);
        Assert.Contains("Plots (last bar, 2025-09-12 16:00)", run.Output);
        Assert.Matches(@"  RSI\s+\d+\.\d+", run.Output);
        Assert.Contains("  Overbought  70", run.Output);
        Assert.Equal("time,RSI,Overbought,Oversold", File.ReadLines(_work.Combine("plots.csv")).First());
        Assert.Equal("time,RSI,RSI.color,Overbought,Overbought.color,Oversold,Oversold.color", File.ReadLines(_work.Combine("chart.csv")).First());
        Assert.True(File.Exists(_work.Combine("rsi.html")));
    }

    [Fact]
    public void Alerts_are_written_one_row_per_alert()
    {
        _work.Write("Alerts.pine.cs", Scripts.Alerts);

        ProcessResult run = tool.Run(_work.Path, "backtest", "Alerts.pine.cs", "--data", Repository.Bars, "--symbol-file", Repository.Symbol, "--alerts", "alerts.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = File.ReadAllLines(_work.Combine("alerts.csv"));
        Assert.Equal("bar,time,source,title,message,frequency", lines[0]);
        Assert.Matches(@"^0,[^,]+,alertcondition,Hundred,EURUSD at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ,once_per_bar$", lines[1]);
        Assert.Matches("^10,[^,]+,alert,,bar 10,once_per_bar$", lines[2]);
        Assert.Matches("^20,[^,]+,alert,,bar 20,once_per_bar$", lines[3]);
        Assert.Matches("^100,[^,]+,alertcondition,Hundred,", lines[4]);
        Assert.Contains($"Alerts: alerts.csv ({lines.Length - 1} fired)", run.Error); // notes go to stderr, the report to stdout
    }

    [Fact]
    public void Trades_of_an_indicator_is_a_usage_error()
    {
        ProcessResult run = Backtest("Rsi", "--trades", "trades.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is an indicator: it has no trades to write", run.Error);
    }

    [Fact]
    public void A_strategy_importing_an_indicator_compiles_with_its_folder_included()
    {
        ProcessResult alone = Backtest("RsiReversal", "--max-trades", "0");
        ProcessResult included = Backtest("RsiReversal", "--include", Repository.PathTo("samples/ScriptGen.Samples/Scripts"), "--max-trades", "0");

        Assert.Equal(1, alone.ExitCode);
        Assert.Contains("error CS0246", alone.Error);
        Assert.True(included.ExitCode == 0, included.ToString());
        Assert.StartsWith("RSI Reversal (ScriptGen.Samples.Scripts.RsiReversal)", included.Output);
    }

    [Fact]
    public void Magnifier_data_fills_a_strategys_orders_along_the_lower_timeframe_bars()
    {
        // The bracket of Scripts.MagnifiedBracket: bar 2's own path takes profit at 103, its minutes stop out at 97 first.
        _work.Write("MagnifiedBracket.pine.cs", Scripts.MagnifiedBracket);
        _work.Write("bars.csv", Scripts.MagnifiedBars);
        _work.Write("minutes.csv", Scripts.MagnifierMinutes);

        ProcessResult run = tool.Run(_work.Path, "backtest", "MagnifiedBracket.pine.cs", "--data", "bars.csv", "--magnifier-data", "minutes.csv", "--trades", "trades.csv");
        ProcessResult without = tool.Run(_work.Path, "backtest", "MagnifiedBracket.pine.cs", "--data", "bars.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Orders filled along lower-timeframe bars (bar magnifier)", run.Output);
        string[] trades = File.ReadAllLines(_work.Combine("trades.csv"));
        int exitPrice = Array.IndexOf(trades[0].Split(','), "exit_price");
        Assert.Equal("97", trades[1].Split(',')[exitPrice]);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("sets UseBarMagnifier", without.Error);
        Assert.Contains("--magnifier-data", without.Error);
    }

    [Fact]
    public void Magnifier_data_for_an_indicator_is_a_usage_error()
    {
        _work.Write("minutes.csv", Scripts.MagnifierMinutes);

        ProcessResult run = Backtest("Rsi", "--magnifier-data", "minutes.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--magnifier-data is for strategies with UseBarMagnifier; 'Relative Strength Index' is an indicator.", run.Error);
    }

    [Fact]
    public void Intrabar_data_gives_an_indicator_imported_on_intrabars_its_lower_timeframe_bars()
    {
        _work.Write("MinuteCount.pine.cs", Scripts.MinuteCount);
        _work.Write("MinuteHigh.pine.cs", Scripts.MinuteHigh);
        _work.Write("bars.csv", Scripts.MagnifiedBars);
        _work.Write("minutes.csv", Scripts.MagnifierMinutes);

        ProcessResult run = tool.Run(
            _work.Path, "backtest", "MinuteCount.pine.cs", "--include", "MinuteHigh.pine.cs", "--data", "bars.csv", "--intrabar-data", "minutes.csv", "--plots", "plots.csv");
        ProcessResult without = tool.Run(_work.Path, "backtest", "MinuteCount.pine.cs", "--include", "MinuteHigh.pine.cs", "--data", "bars.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] plots = File.ReadAllLines(_work.Combine("plots.csv"));
        string[] header = plots[0].Split(',');
        int minutes = Array.IndexOf(header, "Minutes"), second = Array.IndexOf(header, "Second minute high");
        // Only the 02:00 bar has minutes: four of them, the second (02:01) with high 99.
        Assert.Equal(["0", "0", "4", "0"], plots.Skip(1).Select(row => row.Split(',')[minutes]));
        Assert.Equal("99", plots[3].Split(',')[second]);
        Assert.Equal(1, without.ExitCode);
        Assert.Contains("has no lower-timeframe bars", without.Error);
        Assert.Contains("--intrabar-data", without.Error);
    }

    [Theory]
    [InlineData("OTHER=other.csv")]
    [InlineData("other.json=other.csv")]
    public void Symbol_data_gives_an_indicator_imported_on_another_symbol_its_bars(string entry)
    {
        _work.Write("OtherSymbolClose.pine.cs", Scripts.OtherSymbolClose);
        _work.Write("OwnClose.pine.cs", Scripts.OwnClose);
        _work.Write("bars.csv", Scripts.MagnifiedBars);
        _work.Write("other.csv", Scripts.OtherSymbolBars);
        _work.Write("other.json", """{ "Ticker": "OTHER", "MinTick": 0.5 }""");

        ProcessResult run = tool.Run(
            _work.Path, "backtest", "OtherSymbolClose.pine.cs", "--include", "OwnClose.pine.cs", "--data", "bars.csv", "--symbol-data", entry, "--plots", "plots.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] plots = File.ReadAllLines(_work.Combine("plots.csv"));
        int other = Array.IndexOf(plots[0].Split(','), "Other close");
        // The other symbol has no 02:00 bar: its 01:00 close holds there (Pine's gaps_off).
        Assert.Equal(["10", "20", "20", "40"], plots.Skip(1).Select(row => row.Split(',')[other]));
    }

    [Theory]
    [InlineData("other.csv", "expected TICKER=FILE")]
    [InlineData("EURUSD=other.csv", "the ticker 'EURUSD' is already the chart's")]
    public void A_symbol_data_entry_that_is_not_ticker_and_file_is_a_usage_error(string entry, string message)
    {
        _work.Write("other.csv", Scripts.OtherSymbolBars);

        ProcessResult run = Backtest("Rsi", "--symbol-data", entry);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
