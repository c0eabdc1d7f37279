using System.CommandLine;
using System.Diagnostics;
using ScriptGen.Cli.Data;
using ScriptGen.Cli.Loading;
using ScriptGen.Cli.Output;
using ScriptGen.Reporting;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// <c>scriptgen backtest SCRIPT --data FILE ...</c>: compiles the script, runs it over the bars and prints the
/// report (a strategy's performance summary and latest trades, an indicator's last plot values); writes the HTML
/// report, the trades, the plots, the equity curve and a JSON summary when asked.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(CommandContext context)
    {
        var script = new ScriptOptions();
        var data = new DataOptions();
        var symbol = new SymbolOptions();
        var inputs = new InputAssignments();
        var report = new Option<string?>("--report", "-r")
        {
            Description = "Write the HTML report (chart, summary, trades; one self-contained file that opens offline) to FILE.",
            HelpName = "FILE",
        };
        var trades = new Option<string?>("--trades") { Description = "Write the trades to FILE (.csv, or .parquet).", HelpName = "FILE" };
        var plots = new Option<string?>("--plots") { Description = "Write the plots' values, one row per bar, to FILE (.csv, or .parquet).", HelpName = "FILE" };
        var chart = new Option<string?>("--chart")
        {
            Description = "Write everything the script drew (plots with their colors, shapes, candles, hlines, fills, bar and background colors), one row per bar, to FILE (.csv, or .parquet).",
            HelpName = "FILE",
        };
        var alerts = new Option<string?>("--alerts")
        {
            Description = "Write the alerts the script fired (Alert calls and AlertConditions that held), one row per alert, to FILE (.csv, or .parquet).",
            HelpName = "FILE",
        };
        var equity = new Option<string?>("--equity") { Description = "Write the equity curve, one row per bar, to FILE (.csv, or .parquet).", HelpName = "FILE" };
        var json = new Option<string?>("--json") { Description = "Write the run's summary (symbol, inputs, settings, performance) as JSON to FILE.", HelpName = "FILE" };
        var maxTrades = new Option<int>("--max-trades")
        {
            Description = "How many of the latest trades the printed report lists.",
            DefaultValueFactory = _ => 20,
            HelpName = "N",
        };

        var command = new Command("backtest", "Run a strategy (or an indicator) over bars and print its report.");
        script.AddTo(command);
        data.AddTo(command);
        data.AddOtherBarsTo(command);
        symbol.AddTo(command);
        inputs.AddTo(command);
        command.Add(report);
        command.Add(trades);
        command.Add(plots);
        command.Add(chart);
        command.Add(alerts);
        command.Add(equity);
        command.Add(json);
        command.Add(maxTrades);

        context.SetAction(command, (parse, terminal) =>
        {
            long start = Stopwatch.GetTimestamp();
            string scriptPath = script.ScriptPath(parse);
            var outputs = new OutputFiles(parse.GetValue(report), parse.GetValue(trades), parse.GetValue(plots), parse.GetValue(chart), parse.GetValue(equity), parse.GetValue(json))
            {
                Alerts = parse.GetValue(alerts),
            };
            outputs.Check();
            SymbolInfo symbolInfo = symbol.Read(parse);
            Dictionary<string, object?> inputValues = inputs.Read(parse);
            using ScriptLoader loader = script.CreateLoader(parse);
            // The script loads from the disk cache (or compiles) while the bars are read: a one-shot backtest's start
            // otherwise spends most of that load with one core busy and the other idle.
            PendingScript pending = loader.Start(scriptPath, script.Includes(parse));
            Bars bars = data.Load(parse, symbolInfo, terminal);
            Bars? magnifier = data.LoadMagnifier(parse, symbolInfo, terminal);
            Bars? intrabars = data.LoadIntrabars(parse, symbolInfo, terminal, magnifier);
            BarsSet? otherSymbols = data.LoadSymbols(parse, symbolInfo, terminal);
            ScriptDefinition definition = pending.Finish(terminal);
            outputs.CheckFor(definition.Metadata);
            // Plots and the equity curve cost memory and time at every bar: kept only when something reads them.
            var options = new RunOptions
            {
                Symbol = symbolInfo,
                Limits = loader.RunLimits,
                MagnifierBars = magnifier,
                LowerTimeframeBars = intrabars,
                Symbols = otherSymbols,
                RecordPlots = outputs.ReadsPlots || definition.Metadata.Kind != ScriptKind.Strategy,
                RecordEquity = outputs.ReadsEquity,
            };
            long loaded = Stopwatch.GetTimestamp();

            var clock = Stopwatch.StartNew();
            Script instance = definition.Create(inputValues);
            if (magnifier is not null && instance is not StrategyScript)
            {
                throw new UsageException($"--magnifier-data is for strategies with UseBarMagnifier; '{definition.Metadata.Title}' is an indicator.");
            }

            var environment = new RuntimeEnvironment();
            IndicatorResult result = instance switch
            {
                StrategyScript strategy => environment.RunStrategy(strategy, bars, options),
                IndicatorScript indicator => environment.RunIndicator(indicator, bars, options),
                _ => throw new UsageException($"'{definition.Metadata.Title}' is neither a strategy nor an indicator."),
            };
            terminal.Detail($"ran {bars.Count:N0} bars in {clock.Elapsed.TotalMilliseconds:N0} ms");
            long ran = Stopwatch.GetTimestamp();

            if (result is StrategyResult strategyResult)
            {
                terminal.Output.Write(StrategyReport.Format(strategyResult, Math.Max(0, parse.GetValue(maxTrades))));
            }
            else
            {
                IndicatorSummary.Write(terminal, result, symbolInfo);
            }

            terminal.Output.Flush();
            ProcessPhases.Report(terminal, start, loaded, ran);

            outputs.Write(result, inputValues, symbolInfo, terminal);
            return ExitCodes.Success;
        });
        return command;
    }
}
