using System.CommandLine;
using System.Globalization;
using ScriptGen.Cli.Cluster;
using ScriptGen.Cli.Data;
using ScriptGen.Cli.Loading;
using ScriptGen.Cli.Output;
using ScriptGen.Cli.Sweeps;
using ScriptGen.Orleans;
using Spectre.Console;

namespace ScriptGen.Cli.Commands;

/// <summary>
/// <c>scriptgen sweep SCRIPT --data FILE --grid Name=1..50:1 ...</c>: runs the strategy once per combination of
/// the grid's values on every core (one shared <see cref="Bars"/>, plots not recorded), with a progress bar on
/// a terminal, and prints the best runs as a ranked table.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(CommandContext context)
    {
        var script = new ScriptOptions();
        var data = new DataOptions();
        var symbol = new SymbolOptions();
        var inputs = new InputAssignments();
        var grid = new Option<string[]>("--grid", "-g")
        {
            Description = "An input and its values: Name=from..to[:step] (step 1 by default) or Name=a,b,c. Repeatable; every combination runs.",
            HelpName = "NAME=VALUES",
            Required = true,
        };
        var sort = new Option<string>("--sort")
        {
            Description = "Rank by net profit, Sharpe ratio or profit factor (highest first), or max drawdown (smallest first).",
            DefaultValueFactory = _ => "netprofit",
            HelpName = "KEY",
        };
        sort.AcceptOnlyFromAmong("netprofit", "sharpe", "profitfactor", "maxdd");
        var top = new Option<int>("--top", "-n")
        {
            Description = "How many of the best runs to print (0 for all).",
            DefaultValueFactory = _ => 10,
            HelpName = "N",
        };
        var csv = new Option<string?>("--csv") { Description = "Write every run's inputs and figures, in grid order, to FILE (CSV).", HelpName = "FILE" };
        var keepTrades = new Option<bool>("--keep-trades")
        {
            Description = "Keep each run's closed trades, for a script that reads them (strategy.closedtrades.*(n)); without it runs tally trades and let them go.",
        };
        var noDrawdown = new Option<bool>("--no-drawdown")
        {
            Description = "Leave max drawdown out (na in the table and the CSV): the runs then skip following each bar's path for it, " +
                          "about 1.5 times as fast, every other figure the same. Not with --sort maxdd.",
        };
        var cluster = new Option<string[]>("--cluster")
        {
            Description = "Run on an Orleans cluster of 'scriptgen silo' processes through the gateway HOST:PORT (repeatable). The silos read the bars " +
                          "from their --bars folder under the symbol's ticker, and compile the script from the text this command sends.",
            HelpName = "HOST:PORT",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "How many runs at once (default: one per core; on a cluster, every silo uses all its cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };

        var command = new Command("sweep", "Run a strategy over a grid of input values on every core and rank the runs.");
        script.AddTo(command);
        data.AddTo(command);
        symbol.AddTo(command);
        inputs.AddTo(command);
        command.Add(grid);
        command.Add(sort);
        command.Add(top);
        command.Add(csv);
        command.Add(keepTrades);
        command.Add(noDrawdown);
        command.Add(cluster);
        command.Add(parallel);

        context.SetAction(command, (parse, terminal) =>
        {
            if (parse.GetValue(top) < 0 || parse.GetValue(parallel) < 1)
            {
                throw new UsageException(parse.GetValue(top) < 0 ? "--top must be 0 or more." : "--parallel must be 1 or more.");
            }

            if (parse.GetValue(noDrawdown) && Metric(parse.GetValue(sort)!) == SweepMetric.MaxDrawdown)
            {
                throw new UsageException("--no-drawdown leaves max drawdown na, and --sort maxdd ranks by it: give one of them.");
            }

            var sweepGrid = new SweepGrid(parse.GetRequiredValue(grid).Select(GridAxis.Parse).ToArray(), inputs.Read(parse));
            SymbolInfo symbolInfo = symbol.Read(parse);
            using ScriptLoader loader = script.CreateLoader(parse);
            PendingScript pending = loader.Start(script.ScriptPath(parse), script.Includes(parse)); // Loads while the bars are read.
            Bars bars = data.Load(parse, symbolInfo, terminal);
            ScriptDefinition definition = pending.Finish(terminal);
            if (definition.Metadata.Kind != ScriptKind.Strategy)
            {
                throw new UsageException($"'{definition.Metadata.Title}' is an indicator; sweep runs strategies.");
            }

            CheckValues(sweepGrid, definition);
            string[] gateways = parse.GetValue(cluster) ?? [];
            if (gateways.Length > 0 && (parse.GetValue(data.From) is not null || parse.GetValue(data.To) is not null))
            {
                throw new UsageException("--from and --to cut the bars here, and silos read theirs whole from their folder; sweep a cluster over a file of the bars to sweep.");
            }

            using ClusterConnection? connection = gateways.Length == 0 ? null : ClusterConnection.Connect([.. gateways.Select(g => Endpoints.Parse("--cluster", g))]);
            var options = new SweepOptions
            {
                Run = new RunOptions
                {
                    Symbol = symbolInfo, Limits = loader.RunLimits, RecordPlots = false, RecordEquity = false, RecordTrades = parse.GetValue(keepTrades),
                    RecordDrawdown = !parse.GetValue(noDrawdown),
                },
                RankBy = Metric(parse.GetValue(sort)!),
                KeepTop = 0,
                MaxDegreeOfParallelism = connection is null ? parse.GetValue(parallel) : -1,
                Runner = connection is null ? null : new ClusterSweepRunner(connection.Client, new ClusterSweepOptions
                {
                    ScriptSources = [.. ScriptFiles.SourcesOf(script.ScriptPath(parse), script.Includes(parse))],
                }),
            };
            SweepResult<IReadOnlyDictionary<string, object?>> sweep = Run(sweepGrid, definition, bars, options, terminal);
            string where = connection is null
                ? $"on {Failures.Count(Math.Min(parse.GetValue(parallel), Environment.ProcessorCount), "core")}"
                : $"on the cluster at {string.Join(", ", gateways)}";
            terminal.Note($"{Failures.Count(sweep.Runs.Count, "run")} of {bars.Count:N0} bars in {sweep.Elapsed.TotalSeconds:0.0} s {where}.");

            int shown = parse.GetValue(top) == 0 ? sweep.Ranked.Count : Math.Min(parse.GetValue(top), sweep.Ranked.Count);
            terminal.Output.WriteLine($"{definition.Metadata.Title}: best {shown} of {Failures.Count(sweep.Runs.Count, "run")} by {SortLabel(parse.GetValue(sort)!)}");
            terminal.Out.Write(Table(sweepGrid, sweep.Ranked.Take(shown), symbolInfo));
            if (parse.GetValue(csv) is { } csvPath)
            {
                SweepCsv.Write(csvPath, sweepGrid, sweep.Runs);
                terminal.Note($"All runs: {csvPath}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Creates the script once per grid value, so a value out of an input's range fails before any run.</summary>
    private static void CheckValues(SweepGrid grid, ScriptDefinition definition)
    {
        string[] first = grid.ValuesOf(0);
        for (int axis = 0; axis < grid.Axes.Count; axis++)
        {
            foreach (string value in grid.Axes[axis].Values)
            {
                string[] values = (string[])first.Clone();
                values[axis] = value;
                try
                {
                    definition.Create(grid.InputsWith(values));
                }
                catch (InputValidationException failure)
                {
                    throw new UsageException($"--grid {grid.Axes[axis].Name}={value}: {failure.Message}");
                }
            }
        }
    }

    private static SweepResult<IReadOnlyDictionary<string, object?>> Run(
        SweepGrid grid, ScriptDefinition definition, Bars bars, SweepOptions options, Terminal terminal)
    {
        IEnumerable<IReadOnlyDictionary<string, object?>> runs = Enumerable.Range(0, grid.Count).Select(grid.InputsOf);
        if (!terminal.ErrorIsInteractive)
        {
            return Sweep.Run(definition, bars, runs, options);
        }

        var done = new LatestProgress();
        SweepResult<IReadOnlyDictionary<string, object?>>? result = null;
        terminal.Err.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask($"{grid.Count:N0} runs", maxValue: grid.Count);
                Task<SweepResult<IReadOnlyDictionary<string, object?>>> work = Task.Run(() => Sweep.Run(definition, bars, runs, options with { Progress = done }));
                while (!work.Wait(100))
                {
                    task.Value = done.Completed;
                }

                result = work.GetAwaiter().GetResult();
                task.Value = grid.Count;
            });
        return result!;
    }

    private static SweepMetric Metric(string key) => key switch
    {
        "sharpe" => SweepMetric.SharpeRatio,
        "profitfactor" => SweepMetric.ProfitFactor,
        "maxdd" => SweepMetric.MaxDrawdown,
        _ => SweepMetric.NetProfit,
    };

    private static Table Table(SweepGrid grid, IEnumerable<SweepRun<IReadOnlyDictionary<string, object?>>> runs, SymbolInfo symbol)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("#").RightAligned());
        foreach (GridAxis axis in grid.Axes)
        {
            table.AddColumn(new TableColumn(Markup.Escape(axis.Name)).RightAligned());
        }

        foreach (string heading in new[] { $"Net profit ({symbol.Currency})", "Net %", "Trades", "Win %", "Profit factor", "Max DD", "Max DD %", "Sharpe" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(heading)).RightAligned());
        }

        foreach (SweepRun<IReadOnlyDictionary<string, object?>> run in runs)
        {
            PerformanceSummary s = run.Summary;
            var cells = new List<string> { run.Rank.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(grid.ValuesOf(run.GridIndex).Select(Markup.Escape));
            string profit = Money(s.NetProfit);
            cells.Add(s.NetProfit > 0 ? $"[green]{profit}[/]" : s.NetProfit < 0 ? $"[red]{profit}[/]" : profit);
            cells.Add(Fixed(s.NetProfitPercent, "0.00"));
            cells.Add(s.TotalClosedTrades.ToString("N0", CultureInfo.InvariantCulture));
            cells.Add(Fixed(s.PercentProfitable, "0.00"));
            cells.Add(Fixed(s.ProfitFactor, "0.000"));
            cells.Add(Money(s.MaxDrawdown));
            cells.Add(Fixed(s.MaxDrawdownPercent, "0.00"));
            cells.Add(Fixed(s.SharpeRatio, "0.000"));
            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string SortLabel(string key) => key switch
    {
        "sharpe" => "Sharpe ratio",
        "profitfactor" => "profit factor",
        "maxdd" => "smallest max drawdown",
        _ => "net profit",
    };

    private static string Money(double value) => double.IsFinite(value) ? value.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static string Fixed(double value, string format) => double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";
}
