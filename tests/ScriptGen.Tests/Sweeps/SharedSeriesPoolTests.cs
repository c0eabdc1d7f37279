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

        // The first batch computes its fast EMA (read by its two other runs); each slow EMA and cross is used by one run of
        // the batch and asked for by no earlier run, so it is computed alone (and remembered as asked for). The second
        // batch computes its fast EMA and records the three slow EMAs the first batch asked for; each later batch
        // computes its fast EMA and reads it twice and the three slow EMAs. The crosses, one run each in the whole grid,
        // are never recorded.
        int size = SweepData.Bars.Count;
        Assert.Equal(new SweepSharing(SharedSites: 4, SeriesComputed: 1, SeriesReads: 2, SeriesEvicted: 0, PeakBytes: 1L * size * sizeof(double)),
            batches[0].Sharing);
        Assert.Equal((4, 2L, 0), (batches[1].Sharing.SeriesComputed, batches[1].Sharing.SeriesReads, batches[1].Sharing.SeriesEvicted));
        Assert.All(batches.Skip(2), batch => Assert.Equal((1, 5L, 0), (batch.Sharing.SeriesComputed, batch.Sharing.SeriesReads, batch.Sharing.SeriesEvicted)));
        Assert.Equal(s_unshared.Value, batches.SelectMany(batch => batch.Runs.Select(run => run.Summary)));
        Assert.Equal(5 + 3, pool.SeriesCount);
        Assert.Equal(8L * size * sizeof(double), pool.HeldBytes);
    }

    [Fact]
    public void Sweeps_again_read_more_each_time_and_other_bars_or_another_symbol_compute_their_own()
    {
        var pool = new SharedSeriesPool(64L << 20);
        var options = s_options with { SharedSeriesPool = pool };
        SweepResult<EmaCross.Inputs> first = Sweep.Run(SweepData.Bars, WholeGrid(), options);

        SweepResult<EmaCross.Inputs> again = Sweep.Run(SweepData.Bars, WholeGrid(), options);
        SweepResult<EmaCross.Inputs> third = Sweep.Run(SweepData.Bars, WholeGrid(), options);
        Bars sameValuesOtherInstance = BarCsv.Read(Reference.ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        SweepResult<EmaCross.Inputs> otherBars = Sweep.Run(sameValuesOtherInstance, WholeGrid(), options);
        var otherSymbol = options with { Run = options.Run with { Symbol = SweepData.EurUsd with { Ticker = "EURUSD2" } } };
        SweepResult<EmaCross.Inputs> otherSymbolRun = Sweep.Run(SweepData.Bars, WholeGrid(), otherSymbol);

        // First as a sweep's own store: 5 fast and 3 slow EMAs computed, 22 reads. Again: the EMAs read by all 15 runs,
        // and the 30 crosses, asked for once before, recorded. The third reads all 60 series.
        Assert.Equal((8, 22L), (first.Sharing.SeriesComputed, first.Sharing.SeriesReads));
        Assert.Equal((30, 15L * 2), (again.Sharing.SeriesComputed, again.Sharing.SeriesReads));
        Assert.Equal((0, 15L * 4), (third.Sharing.SeriesComputed, third.Sharing.SeriesReads));
        // Computed and read as the first (the pool's peak includes what the earlier sweeps left in it).
        Assert.Equal(first.Sharing with { PeakBytes = 0 }, otherBars.Sharing with { PeakBytes = 0 });
        Assert.Equal(first.Sharing with { PeakBytes = 0 }, otherSymbolRun.Sharing with { PeakBytes = 0 });
        foreach (SweepResult<EmaCross.Inputs> sweep in new[] { first, again, third, otherBars, otherSymbolRun })
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

        Assert.Equal(first.Sharing, afterClear.Sharing); // Nothing kept, and no key remembered as asked for.
        Assert.Equal(8, pool.SeriesCount);
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

        Assert.Equal(8, pool.SeriesCount);
        Assert.Equal(30, Sweep.Run(other, WholeGrid(), options).Sharing.SeriesReads); // its EMAs still there
        SweepSharing again = Sweep.Run(SweepData.Bars, WholeGrid(), options).Sharing; // as a first sweep: nothing kept or remembered
        Assert.Equal((8, 22L), (again.SeriesComputed, again.SeriesReads));
    }

    [Fact]
    public void A_cancelled_sweep_leaves_no_run_awaited_so_its_series_can_make_room()
    {
        // A pool with room for one EMA series. The first sweep's first run records its fast EMA, which the sweep's two
        // other runs await, and asks for the slow EMA of length 20; the sweep is cancelled once that run finishes, so the
        // others never run. The next sweep's only run may record that slow EMA (asked for before, awaited by no other
        // run) only by evicting a series no sweep under way awaits: the cancelled sweep must have given back its runs'
        // awaited uses.
        var pool = new SharedSeriesPool(SweepData.Bars.Count * sizeof(double));
        using var cancel = new CancellationTokenSource();
        var cancelling = s_options with { SharedSeriesPool = pool, Progress = new CancelOnFirstRun(cancel) };
        Assert.ThrowsAny<OperationCanceledException>(() => Sweep.Run(SweepData.Bars, Batch(5), cancelling, cancel.Token));
        Assert.Equal(1, pool.SeriesCount);

        SweepResult<EmaCross.Inputs> next = Sweep.Run(SweepData.Bars, [new EmaCross.Inputs { FastLength = 6, SlowLength = 20 }], s_options with { SharedSeriesPool = pool });

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
