using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Orleans.Tests;

/// <summary>
/// Sweeps on the two-silo test cluster against the same sweeps on this machine's threads: the table (every run's
/// summary, the ranking, the kept full results) must be the same, whatever the shard size, for typed and dynamic grids,
/// one symbol or two; failures and options that cannot travel are reported as a local sweep would, or named.
/// </summary>
[Collection(SharedClusterCollection.Name)]
public sealed class ClusterSweepTests(ClusterFixture cluster)
{
    private static EmaCross.Inputs[] Grid() =>
        [.. from fast in Sweep.Range(5, 12) from slow in Sweep.Range(20, 40, 10) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

    private static SweepOptions Options(SweepMetric rankBy = SweepMetric.NetProfit, int keepTop = 2) => new()
    {
        Run = SweepOptions.Default.Run with { Symbol = ClusterFixture.EurUsd },
        RankBy = rankBy,
        KeepTop = keepTop,
    };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(100)]
    public void A_sweep_on_two_silos_gives_exactly_the_local_table(int runsPerShard)
    {
        SweepResult<EmaCross.Inputs> local = Sweep.Run(cluster.Bars, Grid(), Options());
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = runsPerShard });

        SweepResult<EmaCross.Inputs> remote = Sweep.Run(cluster.Bars, Grid(), Options() with { Runner = runner });

        AssertSameTable(local, remote);
        Assert.Equal(0, runner.Retries);
    }

    [Fact]
    public void Both_silos_run_shards()
    {
        Dictionary<string, int> before = cluster.ShardsRun();
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 2 });

        Sweep.Run(cluster.Bars, Grid(), Options() with { Runner = runner });

        Dictionary<string, int> after = cluster.ShardsRun();
        Assert.Equal(2, after.Count);
        Assert.All(after, silo => Assert.True(silo.Value > before[silo.Key], $"{silo.Key} ran no shard of the sweep"));
        Assert.Equal(12, after.Sum(silo => silo.Value - before[silo.Key]));
    }

    [Fact]
    public void Shards_on_a_silo_read_the_series_earlier_shards_there_computed()
    {
        // Twelve runs of equal inputs, one per shard, one shard at a time per silo: a shard of one run shares nothing
        // within itself, so every read is of a series an earlier shard left in its silo's pool. On each silo the first
        // shard computes the four series (the two EMAs and the two crosses) alone and the second records them, so at
        // least 8 of the 12 runs read all four.
        EmaCross.Inputs[] same = [.. Enumerable.Repeat(new EmaCross.Inputs { FastLength = 7, SlowLength = 33 }, 12)];
        SweepResult<EmaCross.Inputs> local = Sweep.Run(cluster.Bars, same, Options());
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 1, ShardsPerSilo = 1 });

        SweepResult<EmaCross.Inputs> remote = Sweep.Run(cluster.Bars, same, Options() with { Runner = runner });

        AssertSameTable(local, remote);
        Assert.Equal(4, remote.Sharing.SharedSites);
        Assert.InRange(remote.Sharing.SeriesComputed, 0, 2 * 4);
        Assert.InRange(remote.Sharing.SeriesReads, 8 * 4, 12 * 4);
        // Without the silos' pools (a client that turns sharing off), nothing is shared.
        SweepResult<EmaCross.Inputs> unshared = Sweep.Run(cluster.Bars, same, Options() with { Runner = runner, SharedSeriesMemory = 0 });
        Assert.Equal(SweepSharing.None, unshared.Sharing);
        AssertSameTable(local, unshared);
    }

    [Fact]
    public void Two_symbols_ranked_by_max_drawdown_give_the_local_table()
    {
        var symbols = new BarsSet([new SymbolBars(ClusterFixture.EurUsd, cluster.Bars), new SymbolBars(ClusterFixture.EurUsdLate, cluster.LateBars)]);
        SweepOptions options = Options(SweepMetric.MaxDrawdown, keepTop: 3);
        SweepResult<EmaCross.Inputs> local = Sweep.Run(symbols, Grid(), options);

        SweepResult<EmaCross.Inputs> remote = Sweep.Run(symbols, Grid(), options with { Runner = new ClusterSweepRunner(cluster.Client) });

        AssertSameTable(local, remote);
        Assert.Contains(remote.Runs, run => run.Ticker == "EURUSD_LATE");
        Assert.All(remote.Runs, run => Assert.False(double.IsNaN(run.Summary.MaxDrawdown)));
    }

    [Fact]
    public void A_grid_of_overrides_for_a_script_definition_gives_the_local_table()
    {
        ScriptDefinition rsi = ScriptDefinition.For<RsiStrategy>();
        IReadOnlyDictionary<string, object?>[] grid =
        [
            .. from length in Sweep.Range(7, 21, 7)
               from oversold in new[] { 25.0, 30.0 }
               select new Dictionary<string, object?> { ["Length"] = length, ["Oversold"] = oversold },
        ];
        SweepResult<IReadOnlyDictionary<string, object?>> local = Sweep.Run(rsi, cluster.Bars, grid, Options(SweepMetric.SharpeRatio));

        SweepResult<IReadOnlyDictionary<string, object?>> remote = Sweep.Run(
            rsi, cluster.Bars, grid, Options(SweepMetric.SharpeRatio) with { Runner = new ClusterSweepRunner(cluster.Client) });

        AssertSameTable(local, remote);
    }

    [Fact]
    public void A_run_that_fails_on_a_silo_fails_the_sweep_naming_the_run_and_its_inputs_as_locally()
    {
        EmaCross.Inputs[] grid = [.. Grid().Take(5), new EmaCross.Inputs { FastLength = 0 }, .. Grid().Skip(5).Take(4)];

        var local = Assert.Throws<SweepRunException>(() => Sweep.Run(cluster.Bars, grid, Options()));
        var remote = Assert.Throws<SweepRunException>(() => Sweep.Run(
            cluster.Bars, grid, Options() with { Runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 3 }) }));

        Assert.Equal(5, remote.RunIndex);
        Assert.Equal(local.RunIndex, remote.RunIndex);
        Assert.Equal(local.Inputs, remote.Inputs);
        Assert.StartsWith(local.InnerException!.Message, remote.InnerException!.Message);
        Assert.Contains("InputValidationException", remote.Message);
    }

    [Fact]
    public void Bars_the_silos_do_not_have_stop_the_sweep_naming_the_ticker_and_the_store()
    {
        var options = Options() with { Run = Options().Run with { Symbol = ClusterFixture.EurUsd with { Ticker = "GBPUSD" } }, Runner = new ClusterSweepRunner(cluster.Client) };

        var failure = Assert.Throws<ClusterSweepException>(() => Sweep.Run(cluster.Bars, Grid(), options));

        Assert.Contains("No bars for 'GBPUSD'", failure.Message);
        Assert.Contains("GBPUSD.csv does not exist", failure.Message);
        Assert.Contains("EURUSD", failure.Message);
    }

    [Fact]
    public void Bars_that_differ_from_the_clients_stop_the_sweep_saying_how()
    {
        Bars fewer = cluster.Bars.Slice(0, cluster.Bars.Count - 1);

        var failure = Assert.Throws<ClusterSweepException>(() =>
            Sweep.Run(fewer, Grid(), Options() with { Runner = new ClusterSweepRunner(cluster.Client) }));

        Assert.Contains("The silo's bars for 'EURUSD'", failure.Message);
        Assert.Contains($"the silo has {cluster.Bars.Count:N0} bars", failure.Message);
        Assert.Contains($"the client {fewer.Count:N0} bars", failure.Message);
    }

    [Fact]
    public void Options_that_cannot_travel_are_refused_before_anything_is_sent()
    {
        var options = Options() with
        {
            Run = Options().Run with { SlippageModel = new ScriptGen.Trading.Models.TickSlippageModel(2) },
            Runner = new ClusterSweepRunner(cluster.Client),
        };

        var failure = Assert.Throws<ClusterSweepException>(() => Sweep.Run(cluster.Bars, Grid(), options));

        Assert.Contains("RunOptions.SlippageModel is set", failure.Message);
        Assert.Contains("SweepOptions.Runner = null", failure.Message);
    }

    [Fact]
    public void Progress_counts_every_run_once()
    {
        var reports = new List<SweepProgress>();
        var progress = new SynchronousProgress(reports);

        Sweep.Run(cluster.Bars, Grid(), Options() with
        {
            Runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 4 }),
            Progress = progress,
        });

        // One report per run (a grid this small reports every completion), each count once; reports from different
        // shards' completions may arrive out of order, as a local sweep's from different threads.
        Assert.Equal(Enumerable.Range(1, 24), reports.Select(r => r.Completed).Order());
        Assert.All(reports, report => Assert.Equal(24, report.Total));
    }

    [Fact]
    public async Task Cancellation_reaches_the_silos_and_stops_the_sweep()
    {
        using var cancel = new CancellationTokenSource();
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 1 });
        EmaCross.Inputs[] grid = [.. from fast in Sweep.Range(2, 201) select new EmaCross.Inputs { FastLength = fast, SlowLength = 250 }];
        var started = new TaskCompletionSource();
        var options = Options() with { Runner = runner, Progress = new SynchronousProgress(_ => started.TrySetResult()) };

        Task sweep = Task.Run(() => Sweep.Run(cluster.Bars, grid, options, cancel.Token));
        await started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sweep.WaitAsync(TimeSpan.FromMinutes(1)));
    }

    internal static void AssertSameTable<TInputs>(SweepResult<TInputs> local, SweepResult<TInputs> remote)
    {
        Assert.Equal(local.Runs.Count, remote.Runs.Count);
        for (int i = 0; i < local.Runs.Count; i++)
        {
            SweepRun<TInputs> expected = local.Runs[i], actual = remote.Runs[i];
            Assert.Equal((expected.Index, expected.GridIndex, expected.Ticker, expected.Rank), (actual.Index, actual.GridIndex, actual.Ticker, actual.Rank));
            Assert.Equal(expected.Inputs, actual.Inputs);
            // Record equality: every figure of the three trade statistics and of the equity curve, bit for bit (NaN equal to NaN).
            Assert.Equal(expected.Summary, actual.Summary);
        }

        Assert.Equal(local.Ranked.Select(run => run.Index), remote.Ranked.Select(run => run.Index));
        Assert.Equal(local.Top.Select(run => run.Result!.Summary), remote.Top.Select(run => run.Result!.Summary));
        Assert.Equal(local.BarRuns, remote.BarRuns);
    }

    /// <summary>Reports on the calling thread (<see cref="Progress{T}"/> posts to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public SynchronousProgress(List<SweepProgress> reports)
            : this(value => { lock (reports) { reports.Add(value); } })
        {
        }

        public void Report(SweepProgress value) => report(value);
    }
}
