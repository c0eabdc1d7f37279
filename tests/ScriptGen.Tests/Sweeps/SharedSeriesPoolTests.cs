using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// A <see cref="SharedSeriesPool"/> keeps the series a sweep shared for later sweeps of the same script over the same
/// bars and symbol (the shards a cluster silo runs, a grid walked in batches). Whatever the pool holds, evicts or
/// records, every run's summary equals the same run without sharing (over TradingView's EUR/USD hourly export).
/// </summary>
public sealed class SharedSeriesPoolTests
{
    private static readonly SweepOptions s_options = SweepData.LeanOptions with { KeepTop = 0, MaxDegreeOfParallelism = 1 };

    // EMA Cross has four shareable sites: the fast EMA (key: fast length), the slow EMA (slow length), the crossover and
    // the crossunder (both keyed by the two lengths).
    private static EmaCross.Inputs[] Batch(int fast) =>
        [.. from slow in Sweep.Range(20, 30, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

    private static EmaCross.Inputs[] WholeGrid() => [.. Sweep.Range(5, 9).SelectMany(Batch)];

    private static readonly Lazy<PerformanceSummary[]> s_unshared = new(() =>
        [.. Sweep.Run(SweepData.Bars, WholeGrid(), s_options with { SharedSeriesMemory = 0 }).Runs.Select(run => run.Summary)]);

    [Fact]
    public void Batches_sharing_a_pool_read_what_earlier_batches_computed()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool };

        SweepResult<EmaCross.Inputs>[] batches = [.. Sweep.Range(5, 9).Select(fast => Sweep.Run(SweepData.Bars, Batch(fast), options))];

        // The first batch computes its fast EMA (read by its two other runs), the three slow EMAs and six crosses (each
        // used by one run of the batch: a pool records them, since a later sweep may read them). Each later batch
        // computes its fast EMA and its six crosses, and reads its fast EMA twice and the three slow EMAs.
        int size = SweepData.Bars.Count;
        Assert.Equal(new SweepSharing(SharedSites: 4, SeriesComputed: 10, SeriesReads: 2, SeriesEvicted: 0, PeakBytes: 4L * size * sizeof(double) + 6L * size),
            batches[0].Sharing);
        Assert.All(batches.Skip(1), batch => Assert.Equal((7, 5L, 0), (batch.Sharing.SeriesComputed, batch.Sharing.SeriesReads, batch.Sharing.SeriesEvicted)));
        // As many reads as the whole grid in one sweep makes (SharedWorkTests: 22), and every run as without sharing.
        Assert.Equal(22, batches.Sum(batch => batch.Sharing.SeriesReads));
        Assert.Equal(s_unshared.Value, batches.SelectMany(batch => batch.Runs.Select(run => run.Summary)));
        Assert.Equal(5 + 3 + 30, pool.SeriesCount);
        Assert.Equal(8L * size * sizeof(double) + 30L * size, pool.HeldBytes);
    }

    [Fact]
    public void A_sweep_again_reads_every_site_and_other_bars_or_another_symbol_compute_their_own()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool };
        SweepResult<EmaCross.Inputs> first = Sweep.Run(SweepData.Bars, WholeGrid(), options);

        SweepResult<EmaCross.Inputs> again = Sweep.Run(SweepData.Bars, WholeGrid(), options);
        Bars sameValuesOtherInstance = BarCsv.Read(Reference.ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        SweepResult<EmaCross.Inputs> otherBars = Sweep.Run(sameValuesOtherInstance, WholeGrid(), options);
        var otherSymbol = options with { Run = options.Run with { Symbol = SweepData.EurUsd with { Ticker = "EURUSD2" } } };
        SweepResult<EmaCross.Inputs> otherSymbolRun = Sweep.Run(SweepData.Bars, WholeGrid(), otherSymbol);

        Assert.Equal((38, 22L), (first.Sharing.SeriesComputed, first.Sharing.SeriesReads));
        Assert.Equal((0, 15L * 4), (again.Sharing.SeriesComputed, again.Sharing.SeriesReads));
        // Computed and read as the first (the pool's peak includes what the earlier sweeps left in it).
        Assert.Equal(first.Sharing with { PeakBytes = 0 }, otherBars.Sharing with { PeakBytes = 0 });
        Assert.Equal(first.Sharing with { PeakBytes = 0 }, otherSymbolRun.Sharing with { PeakBytes = 0 });
        foreach (SweepResult<EmaCross.Inputs> sweep in new[] { first, again, otherBars, otherSymbolRun })
        {
            Assert.Equal(s_unshared.Value, sweep.Runs.Select(run => run.Summary));
        }
    }

    [Fact]
    public void A_pool_smaller_than_its_series_stays_within_its_memory_and_changes_no_result()
    {
        long twoSeries = 2L * SweepData.Bars.Count * sizeof(double);
        var pool = new SharedSeriesPool(twoSeries);
        var options = s_options with { SharedSeriesPool = pool };

        SweepResult<EmaCross.Inputs>[] batches = [.. Sweep.Range(5, 9).Select(fast => Sweep.Run(SweepData.Bars, Batch(fast), options))];

        Assert.True(batches.Sum(batch => batch.Sharing.SeriesEvicted) > 0);
        Assert.True(batches.Sum(batch => batch.Sharing.SeriesReads) > 0);
        Assert.All(batches, batch => Assert.True(batch.Sharing.PeakBytes <= twoSeries));
        Assert.True(pool.HeldBytes <= twoSeries);
        Assert.Equal(s_unshared.Value, batches.SelectMany(batch => batch.Runs.Select(run => run.Summary)));
    }

    [Fact]
    public async Task Sweeps_using_one_pool_at_once_each_get_their_unshared_results()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool, MaxDegreeOfParallelism = 2 };

        SweepResult<EmaCross.Inputs>[] sweeps = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Sweep.Run(SweepData.Bars, WholeGrid(), options))));

        Assert.All(sweeps, sweep => Assert.Equal(s_unshared.Value, sweep.Runs.Select(run => run.Summary)));
        Assert.True(sweeps.Sum(sweep => sweep.Sharing.SeriesReads) > 22);
    }

    [Fact]
    public void Clear_drops_every_series_so_the_next_sweep_computes_them_again()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool };
        SweepResult<EmaCross.Inputs> first = Sweep.Run(SweepData.Bars, WholeGrid(), options);

        pool.Clear();
        SweepResult<EmaCross.Inputs> afterClear = Sweep.Run(SweepData.Bars, WholeGrid(), options);

        Assert.Equal(first.Sharing, afterClear.Sharing);
        Assert.Equal(38, pool.SeriesCount);
    }

    [Fact]
    public void Clearing_one_bars_series_leaves_the_others()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool };
        Bars other = BarCsv.Read(Reference.ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        Sweep.Run(SweepData.Bars, WholeGrid(), options);
        Sweep.Run(other, WholeGrid(), options);

        pool.Clear(SweepData.Bars);

        Assert.Equal(38, pool.SeriesCount);
        Assert.Equal(0, Sweep.Run(other, WholeGrid(), options).Sharing.SeriesComputed);
        Assert.Equal(38, Sweep.Run(SweepData.Bars, WholeGrid(), options).Sharing.SeriesComputed);
    }

    [Fact]
    public void A_cancelled_sweep_leaves_no_run_awaited_so_its_series_can_make_room()
    {
        // A pool with room for one EMA series. The first sweep's first run records its fast EMA, which the sweep's two
        // other runs await; the sweep is cancelled once that run finishes, so they never run. The next sweep's only run
        // may record its fast EMA (a key no other run awaits) only by evicting a series no sweep under way awaits: the
        // cancelled sweep must have given back its runs' awaited uses.
        var pool = new SharedSeriesPool(SweepData.Bars.Count * sizeof(double));
        using var cancel = new CancellationTokenSource();
        var cancelling = s_options with { SharedSeriesPool = pool, Progress = new CancelOnFirstRun(cancel) };
        Assert.ThrowsAny<OperationCanceledException>(() => Sweep.Run(SweepData.Bars, Batch(5), cancelling, cancel.Token));
        Assert.Equal(1, pool.SeriesCount);

        SweepResult<EmaCross.Inputs> next = Sweep.Run(SweepData.Bars, [new EmaCross.Inputs { FastLength = 6, SlowLength = 21 }], s_options with { SharedSeriesPool = pool });

        Assert.Equal((1, 1), (next.Sharing.SeriesComputed, next.Sharing.SeriesEvicted));
    }

    [Fact]
    public void A_pool_of_no_memory_is_rejected_naming_the_setting_that_turns_sharing_off()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => new SharedSeriesPool(0));

        Assert.Equal("memoryBytes", failure.ParamName);
        Assert.Contains("SweepOptions.SharedSeriesMemory to 0", failure.Message);
    }

    private sealed class CancelOnFirstRun(CancellationTokenSource cancel) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => cancel.Cancel();
    }
}
