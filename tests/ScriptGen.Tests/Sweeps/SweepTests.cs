using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// <see cref="Sweep"/> over TradingView's EUR/USD hourly export (tests/data/tradingview/strategy/ohlcv.csv): lean runs give
/// the summary a full run gives, the ranking follows the metric with ties in grid order, the result is the same on any
/// number of threads, the best runs are kept in full, and progress, cancellation and failures are reported.
/// </summary>
public sealed class SweepTests
{
    private static readonly SweepOptions s_options = SweepData.LeanOptions;

    private static EmaCross.Inputs[] Grid() =>
        [.. from fast in Sweep.Range(5, 12) from slow in Sweep.Range(20, 40, 10) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

    [Fact]
    public void Every_lean_run_has_exactly_the_summary_of_a_full_run_with_plots_and_equity()
    {
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), s_options);

        Assert.Equal(24, sweep.Runs.Count);
        foreach (SweepRun<EmaCross.Inputs> run in sweep.Runs)
        {
            StrategyResult full = new RuntimeEnvironment().RunStrategy(EmaCross.Create(run.Inputs), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd });
            // Record equality compares every figure of the three trade statistics and the equity figures (max drawdown, Sharpe, ...).
            Assert.Equal(full.Summary, run.Summary);
            Assert.False(double.IsNaN(run.Summary.SharpeRatio));
        }
    }

    [Fact]
    public void Default_sweeps_give_every_figure_of_a_full_run_but_drawdown_and_run_up_and_keep_the_best_in_full()
    {
        var options = new SweepOptions { Run = SweepOptions.Default.Run with { Symbol = SweepData.EurUsd }, KeepTop = 1 };
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), options);

        Assert.False(options.Run.RecordDrawdown);
        foreach (SweepRun<EmaCross.Inputs> run in sweep.Runs)
        {
            StrategyResult full = new RuntimeEnvironment().RunStrategy(EmaCross.Create(run.Inputs), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd });
            Assert.False(double.IsNaN(full.Summary.MaxDrawdown));
            Assert.Equal(WithoutDrawdown(full.Summary), run.Summary);
        }

        StrategyResult best = sweep.Best.Result!;
        Assert.Equal(new RuntimeEnvironment().RunStrategy(EmaCross.Create(sweep.Best.Inputs), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd }).Summary, best.Summary);
    }

    [Theory]
    [InlineData(SweepMetric.MaxDrawdown)]
    [InlineData(SweepMetric.MaxDrawdownPercent)]
    [InlineData(SweepMetric.MaxRunUp)]
    public void Ranked_by_drawdown_or_run_up_every_run_follows_it_whatever_the_run_options_say(SweepMetric metric)
    {
        var options = new SweepOptions { Run = s_options.Run with { RecordDrawdown = false }, RankBy = metric, KeepTop = 0 };
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), options);

        foreach (SweepRun<EmaCross.Inputs> run in sweep.Runs)
        {
            StrategyResult full = new RuntimeEnvironment().RunStrategy(EmaCross.Create(run.Inputs), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd });
            Assert.Equal(full.Summary, run.Summary);
        }
    }

    [Theory]
    [InlineData("rsi")]
    [InlineData("macd")]
    [InlineData("bollinger")]
    public void The_other_samples_lean_summaries_equal_their_full_ones(string sample)
    {
        ScriptDefinition definition = sample switch
        {
            "rsi" => ScriptDefinition.For<RsiStrategy>(),
            "macd" => ScriptDefinition.For<MacdStrategy>(),
            _ => ScriptDefinition.For<BollingerStrategy>(),
        };
        SweepResult<IReadOnlyDictionary<string, object?>> sweep = Sweep.Run(definition, SweepData.Bars, [new Dictionary<string, object?>()], s_options);

        StrategyResult full = new RuntimeEnvironment().RunStrategy((StrategyScript)definition.Create(), SweepData.Bars, new RunOptions { Symbol = SweepData.EurUsd });
        Assert.True(full.Summary.TotalClosedTrades > 10);
        Assert.Equal(full.Summary, sweep.Best.Summary);
    }

    [Theory]
    [InlineData(SweepMetric.NetProfit)]
    [InlineData(SweepMetric.SharpeRatio)]
    [InlineData(SweepMetric.ProfitFactor)]
    [InlineData(SweepMetric.MaxDrawdown)]
    public void Runs_are_ranked_by_the_metric_best_first(SweepMetric metric)
    {
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), s_options with { RankBy = metric, KeepTop = 0 });

        double[] values = [.. sweep.Ranked.Select(run => Value(metric, run.Summary))];
        bool smallestFirst = metric == SweepMetric.MaxDrawdown;
        for (int i = 1; i < values.Length; i++)
        {
            Assert.True(smallestFirst ? values[i - 1] <= values[i] : values[i - 1] >= values[i], $"rank {i} ({values[i - 1]}) before rank {i + 1} ({values[i]})");
        }

        Assert.Equal(Enumerable.Range(1, 24), sweep.Ranked.Select(run => run.Rank));
        Assert.Equal(metric, sweep.RankedBy);
    }

    [Fact]
    public void Equal_runs_rank_in_grid_order_and_na_ranks_last()
    {
        // The same inputs three times tie on every figure; a slow length longer than the bars never trades (profit factor na).
        EmaCross.Inputs trades = new() { FastLength = 9, SlowLength = 21 }, never = new() { FastLength = 9, SlowLength = 500 };
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars.Slice(0, 400), [never, trades, trades, trades], s_options with { RankBy = SweepMetric.ProfitFactor });

        Assert.Equal([1, 2, 3, 0], sweep.Ranked.Select(run => run.GridIndex));
        Assert.True(double.IsNaN(sweep.Ranked[^1].Summary.ProfitFactor));
    }

    [Fact]
    public void One_two_or_all_threads_give_the_same_ranking_and_summaries()
    {
        SweepResult<EmaCross.Inputs>[] sweeps =
            [.. new[] { 1, 2, -1 }.Select(threads => Sweep.Run(SweepData.Bars, Grid(), s_options with { MaxDegreeOfParallelism = threads, RankBy = SweepMetric.SharpeRatio }))];

        foreach (SweepResult<EmaCross.Inputs> other in sweeps[1..])
        {
            Assert.Equal(sweeps[0].Ranked.Select(run => run.Index), other.Ranked.Select(run => run.Index));
            Assert.Equal(sweeps[0].Runs.Select(run => run.Summary), other.Runs.Select(run => run.Summary));
        }
    }

    [Fact]
    public void The_best_runs_are_kept_as_full_results_and_the_others_are_not()
    {
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), s_options with { KeepTop = 3 });

        Assert.Equal(3, sweep.Top.Count());
        foreach (SweepRun<EmaCross.Inputs> run in sweep.Top)
        {
            StrategyResult result = run.Result!;
            Assert.Equal(SweepData.Bars.Count, result.Equity.Length);
            Assert.Equal(run.Summary, result.Summary);
            Assert.Equal(run.Summary.TotalClosedTrades, result.ClosedTrades.Count);
        }

        Assert.All(sweep.Ranked.Skip(3), run => Assert.Null(run.Result));
        Assert.Equal(24L * SweepData.Bars.Count, sweep.BarRuns);
    }

    [Fact]
    public void Several_symbols_run_every_inputs_on_each_and_rank_together()
    {
        var gbp = SweepData.EurUsd with { Ticker = "EURUSD-2024" };
        var set = new BarsSet(new SymbolBars(SweepData.EurUsd, SweepData.Bars), new SymbolBars(gbp, SweepData.Bars.Slice(15_000, 8_000)));
        EmaCross.Inputs[] grid = Grid();

        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(set, grid, s_options);

        Assert.Equal(48, sweep.Runs.Count);
        Assert.Equal(Enumerable.Repeat("EURUSD", 24).Concat(Enumerable.Repeat("EURUSD-2024", 24)), sweep.Runs.Select(run => run.Ticker));
        SweepRun<EmaCross.Inputs> second = sweep.Runs[24 + 5];
        StrategyResult alone = new RuntimeEnvironment().RunStrategy(EmaCross.Create(grid[5]), SweepData.Bars.Slice(15_000, 8_000), new RunOptions { Symbol = gbp });
        Assert.Equal(5, second.GridIndex);
        Assert.Equal(alone.Summary, second.Summary);
    }

    [Fact]
    public void A_run_known_only_at_run_time_sweeps_like_the_typed_one()
    {
        ScriptDefinition definition = ScriptDefinition.For<EmaCross>();
        EmaCross.Inputs[] grid = Grid();
        IReadOnlyDictionary<string, object?>[] overrides =
            [.. grid.Select(inputs => new Dictionary<string, object?> { ["FastLength"] = inputs.FastLength, ["SlowLength"] = inputs.SlowLength })];

        SweepResult<IReadOnlyDictionary<string, object?>> untyped = Sweep.Run(definition, SweepData.Bars, overrides, s_options);
        SweepResult<EmaCross.Inputs> typed = Sweep.Run(SweepData.Bars, grid, s_options);

        Assert.Equal(typed.Runs.Select(run => run.Summary), untyped.Runs.Select(run => run.Summary));
        Assert.Throws<ArgumentException>(() => Sweep.Run(ScriptDefinition.For<Rsi>(), SweepData.Bars, overrides, s_options));
    }

    [Fact]
    public void Progress_is_told_of_every_run_and_ends_at_the_total()
    {
        var reports = new System.Collections.Concurrent.ConcurrentBag<SweepProgress>();
        Sweep.Run(SweepData.Bars, Grid(), s_options with { Progress = new Synchronous(reports.Add) });

        Assert.Equal(Enumerable.Range(1, 24), reports.Select(r => r.Completed).Order());
        Assert.All(reports, r => Assert.Equal(24, r.Total));
    }

    [Fact]
    public void Cancelling_stops_the_sweep_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        int reported = 0;
        var options = s_options with { MaxDegreeOfParallelism = 1, Progress = new Synchronous(_ => { reported++; cancel.Cancel(); }) };

        Assert.ThrowsAny<OperationCanceledException>(() => Sweep.Run(SweepData.Bars, Grid(), options, cancel.Token));
        Assert.Equal(1, reported);
    }

    [Fact]
    public void A_run_that_fails_names_its_place_and_inputs()
    {
        EmaCross.Inputs[] grid = [new() { FastLength = 9 }, new() { FastLength = 0 }, new() { FastLength = 600 }];

        SweepRunException failure = Assert.Throws<SweepRunException>(() => Sweep.Run(SweepData.Bars, grid, s_options with { MaxDegreeOfParallelism = 1 }));

        Assert.Equal(1, failure.GridIndex);
        Assert.Equal("EURUSD", failure.Ticker);
        InputValidationException inner = Assert.IsType<InputValidationException>(failure.InnerException);
        Assert.Contains("FastLength = 0", failure.Message);
        Assert.Contains(inner.Message, failure.Message);
    }

    [Fact]
    public void Bad_grids_and_options_are_refused_before_any_run()
    {
        Assert.Throws<ArgumentException>(() => Sweep.Run(SweepData.Bars, Array.Empty<EmaCross.Inputs>(), s_options));
        Assert.Throws<ArgumentException>(() => Sweep.Run(SweepData.Bars, new EmaCross.Inputs[] { null! }, s_options));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Run(SweepData.Bars, Grid(), s_options with { KeepTop = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Run(SweepData.Bars, Grid(), s_options with { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Run(SweepData.Bars, Grid(), s_options with { RankBy = (SweepMetric)99 }));
    }

    [Fact]
    public void Ranges_step_from_the_lower_bound_and_include_the_upper_one_when_on_a_step()
    {
        Assert.Equal([5, 6, 7], Sweep.Range(5, 7));
        Assert.Equal([25, 30, 35], Sweep.Range(25, 37, 5));
        Assert.Equal([0.1, 0.2, 0.3], Sweep.Range(0.1, 0.3, 0.1));
        Assert.Equal([1.5, 1.75, 2.0], Sweep.Range(1.5, 2.1, 0.25));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Range(1, 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Range(5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Range(0.0, double.NaN, 0.1));
    }

    /// <summary>The figure the metric names, read from the summary here (not through the library's mapping).</summary>
    private static double Value(SweepMetric metric, PerformanceSummary summary) => metric switch
    {
        SweepMetric.NetProfit => summary.NetProfit,
        SweepMetric.SharpeRatio => summary.SharpeRatio,
        SweepMetric.ProfitFactor => summary.ProfitFactor,
        SweepMetric.MaxDrawdown => summary.MaxDrawdown,
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    private static PerformanceSummary WithoutDrawdown(PerformanceSummary summary) =>
        summary with { MaxDrawdown = double.NaN, MaxDrawdownPercent = double.NaN, MaxRunUp = double.NaN, MaxRunUpPercent = double.NaN };

    /// <summary>Reports on the thread that ran the run (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Synchronous(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }
}
