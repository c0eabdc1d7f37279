using System.Diagnostics;

namespace ScriptGen;

/// <summary>
/// Runs one strategy over a grid of inputs on every core, with one shared read-only copy of the bars, and ranks the
/// runs by a summary figure. Runs are lean by default (no plots, no equity curve: the summary is complete without
/// them; no drawdown or run-up along the bars' paths unless ranked by it: those figures are na); the best
/// <see cref="SweepOptions.KeepTop"/> runs run again in full once the ranking is known. The result is the same whatever
/// the number of threads.
/// </summary>
/// <example>
/// <code>
/// var grid = from fast in Sweep.Range(5, 24)
///            from slow in Sweep.Range(25, 70, 5)
///            select new EmaCross.Inputs { FastLength = fast, SlowLength = slow };
/// SweepResult&lt;EmaCross.Inputs&gt; sweep = Sweep.Run(bars, grid, new SweepOptions { RankBy = SweepMetric.SharpeRatio, KeepTop = 3 });
/// foreach (var run in sweep.Ranked.Take(10))
///     Console.WriteLine($"{run.Rank}. {run.Inputs.FastLength}/{run.Inputs.SlowLength}: {run.Summary.SharpeRatio:0.00}");
/// </code>
/// </example>
public static partial class Sweep
{
    /// <summary>Runs the strategy <paramref name="grid"/>'s inputs belong to once per inputs over <paramref name="bars"/>.</summary>
    /// <typeparam name="TInputs">The strategy's generated inputs record (<c>MyStrategy.Inputs</c>).</typeparam>
    /// <param name="bars">The bars, shared read-only by every run.</param>
    /// <param name="grid">The inputs of each run, in the order ties are ranked in (see <see cref="Range(int, int, int)"/>).</param>
    /// <param name="options">Run options, ranking, full results kept, threads, progress; <see cref="SweepOptions.Default"/> when omitted.</param>
    /// <param name="cancellationToken">Stops the sweep (runs under way stop within 1,024 bars), throwing <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">An empty grid or a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid <paramref name="options"/> (<see cref="SweepOptions.Validate"/>).</exception>
    /// <exception cref="SweepRunException">A run failed; the message names the run and its inputs.</exception>
    public static SweepResult<TInputs> Run<TInputs>(
        Bars bars, IEnumerable<TInputs> grid, SweepOptions? options = null, CancellationToken cancellationToken = default)
        where TInputs : IScriptInputs<StrategyScript>
    {
        ArgumentNullException.ThrowIfNull(bars);
        options ??= SweepOptions.Default;
        options.Validate();
        return RunAll([new SymbolBars(options.Run.Symbol, bars)], [options.Run], grid, static inputs => inputs.CreateScript(), static inputs => inputs.ToOverrides(), options, cancellationToken);
    }

    /// <summary>Runs the strategy once per inputs of <paramref name="grid"/> on every symbol of <paramref name="symbols"/>, ranking all runs together.</summary>
    /// <typeparam name="TInputs">The strategy's generated inputs record (<c>MyStrategy.Inputs</c>).</typeparam>
    /// <param name="symbols">
    /// The symbols; each run takes its symbol's <see cref="SymbolInfo"/> (the rest of <see cref="SweepOptions.Run"/> applies to all),
    /// and the whole set as <see cref="RunOptions.Symbols"/> (unless the options give one) for indicators it imports on another symbol.
    /// </param>
    /// <param name="grid">The inputs of each run, in the order ties are ranked in.</param>
    /// <param name="options">Run options, ranking, full results kept, threads, progress; <see cref="SweepOptions.Default"/> when omitted.</param>
    /// <param name="cancellationToken">Stops the sweep (runs under way stop within 1,024 bars), throwing <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">An empty grid or a null entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid <paramref name="options"/> (<see cref="SweepOptions.Validate"/>).</exception>
    /// <exception cref="SweepRunException">A run failed; the message names the run, its symbol and its inputs.</exception>
    public static SweepResult<TInputs> Run<TInputs>(
        BarsSet symbols, IEnumerable<TInputs> grid, SweepOptions? options = null, CancellationToken cancellationToken = default)
        where TInputs : IScriptInputs<StrategyScript>
    {
        ArgumentNullException.ThrowIfNull(symbols);
        options ??= SweepOptions.Default;
        options.Validate();
        SymbolBars[] all = symbols.ToArray();
        return RunAll(all, Array.ConvertAll(all, symbol => symbol.OptionsFrom(options.Run) with { Symbols = options.Run.Symbols ?? symbols }), grid, static inputs => inputs.CreateScript(), static inputs => inputs.ToOverrides(), options, cancellationToken);
    }

    /// <summary>
    /// Runs a strategy known only at run time (compiled by the engine, or found in <see cref="ScriptCatalog"/>) once per
    /// set of input overrides (input name → value, as <see cref="ScriptDefinition.Create"/> takes them) over <paramref name="bars"/>.
    /// </summary>
    /// <param name="strategy">The strategy's definition.</param>
    /// <param name="bars">The bars, shared read-only by every run.</param>
    /// <param name="grid">Each run's input overrides, over the script's defaults.</param>
    /// <param name="options">Run options, ranking, full results kept, threads, progress; <see cref="SweepOptions.Default"/> when omitted.</param>
    /// <param name="cancellationToken">Stops the sweep (runs under way stop within 1,024 bars), throwing <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ArgumentException">An empty grid or a null entry, or a definition that is not a strategy's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Invalid <paramref name="options"/> (<see cref="SweepOptions.Validate"/>).</exception>
    /// <exception cref="SweepRunException">A run failed (an unknown input or a value out of range included); the message names the run and its inputs.</exception>
    public static SweepResult<IReadOnlyDictionary<string, object?>> Run(
        ScriptDefinition strategy, Bars bars, IEnumerable<IReadOnlyDictionary<string, object?>> grid, SweepOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(bars);
        if (strategy.Metadata.Kind != ScriptKind.Strategy)
        {
            throw new ArgumentException($"'{strategy.Metadata.Title}' is an indicator; a sweep runs strategies, whose runs it ranks by their results.", nameof(strategy));
        }

        options ??= SweepOptions.Default;
        options.Validate();
        return RunAll([new SymbolBars(options.Run.Symbol, bars)], [options.Run], grid, inputs => (StrategyScript)strategy.Create(inputs), static inputs => inputs, options, cancellationToken);
    }

    private static SweepResult<TInputs> RunAll<TInputs>(
        SymbolBars[] symbols, RunOptions[] runOptions, IEnumerable<TInputs> grid, Func<TInputs, StrategyScript> create,
        Func<TInputs, IReadOnlyDictionary<string, object?>> overrides, SweepOptions options, CancellationToken cancellationToken)
    {
        TInputs[] inputs = CheckGrid(grid, symbols.Length);
        var clock = Stopwatch.StartNew();
        bool drawdown = options.RankBy.NeedsDrawdown(); // Ranked by it: every run follows it, whatever the run options say.
        // A run's result gives only its summary (the best are run again in full below): nothing reads what it draws.
        RunOptions[] lean = Array.ConvertAll(runOptions, o => o with
        {
            Cancellation = cancellationToken, RecordDrawdown = o.RecordDrawdown || drawdown, RunsInStrides = true, ChartUnread = true,
        });
        var work = new SweepWork(new SweepGrid<TInputs>(inputs, create, overrides), symbols, lean, options, cancellationToken);
        (options.Runner ?? LocalSweepRunner.Instance).Run(work);
        cancellationToken.ThrowIfCancellationRequested();
        PerformanceSummary[] summaries = work.Summaries();

        var runs = new SweepRun<TInputs>[work.RunCount];
        long barRuns = 0;
        for (int index = 0; index < runs.Length; index++)
        {
            int symbol = work.SymbolOf(index), gridIndex = work.GridEntryOf(index);
            runs[index] = new SweepRun<TInputs>(index, gridIndex, symbol, symbols[symbol].Ticker, inputs[gridIndex], summaries[index]);
            barRuns += symbols[symbol].Bars.Count;
        }

        SweepRun<TInputs>[] ranked = SweepRanking.Rank(runs, options.RankBy, run => run.Summary, run => run.Index);
        for (int rank = 0; rank < ranked.Length; rank++)
        {
            ranked[rank].Rank = rank + 1;
        }

        KeepFullResults(ranked.AsSpan(0, Math.Min(options.KeepTop, ranked.Length)).ToArray(), symbols, lean, create, work.Environment, options, cancellationToken);
        return new SweepResult<TInputs>(runs, ranked, options.RankBy, barRuns, clock.Elapsed, work.Sharing);
    }

    /// <summary>Runs the best runs again with plots and equity recorded: the runs are deterministic, so their summaries are the ranked ones.</summary>
    private static void KeepFullResults<TInputs>(
        SweepRun<TInputs>[] best, SymbolBars[] symbols, RunOptions[] lean, Func<TInputs, StrategyScript> create, RuntimeEnvironment environment,
        SweepOptions options, CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, best.Length, parallel, i =>
        {
            SweepRun<TInputs> run = best[i];
            int symbol = run.SymbolIndex;
            RunOptions full = lean[symbol] with
            {
                RecordPlots = true, RecordEquity = true, RecordDrawdown = true, RecordTrades = true, ChartUnread = false,
            };
            run.Result = environment.RunStrategy(create(run.Inputs), symbols[symbol].Bars, full);
        });
    }

    private static TInputs[] CheckGrid<TInputs>(IEnumerable<TInputs> grid, int symbolCount)
    {
        ArgumentNullException.ThrowIfNull(grid);
        TInputs[] inputs = grid.ToArray();
        if (inputs.Length == 0)
        {
            throw new ArgumentException("The grid has no inputs; give at least one (for example MyStrategy.Inputs.Default).", nameof(grid));
        }

        int missing = Array.FindIndex(inputs, entry => entry is null);
        if (missing >= 0)
        {
            throw new ArgumentException($"Grid entry {missing} is null; every entry is the inputs of one run.", nameof(grid));
        }

        if ((long)inputs.Length * symbolCount > Array.MaxLength)
        {
            throw new ArgumentException(
                $"The grid has {inputs.Length:N0} entries over {symbolCount} symbols, more than {Array.MaxLength:N0} runs; split it into several sweeps.", nameof(grid));
        }

        return inputs;
    }
}
