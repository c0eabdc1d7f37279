using ScriptGen.Namespaces;
using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// Work shared across the runs of a sweep: call sites whose arguments read only bars and inputs are computed once per
/// distinct key and read by the other runs. Whatever is shared, evicted or computed again, every run's summary and the
/// kept runs' trades equal those of the same sweep without sharing (over TradingView's EUR/USD hourly export).
/// </summary>
public sealed class SharedWorkTests
{
    private static readonly SweepOptions s_options = SweepData.LeanOptions with { KeepTop = 4 };

    private static readonly SweepOptions s_unshared = s_options with { SharedSeriesMemory = 0 };

    private static SharedWorkProbe.Inputs[] ProbeGrid() =>
        [.. from fast in Sweep.Range(5, 8) from slow in Sweep.Range(20, 30, 10) from width in new[] { 1.5, 2.0 }
            select new SharedWorkProbe.Inputs { Fast = fast, Slow = slow, Width = width }];

    private static EmaCross.Inputs[] EmaGrid() =>
        [.. from fast in Sweep.Range(5, 9) from slow in Sweep.Range(20, 30, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_run_with_shared_work_equals_the_same_run_without(int threads)
    {
        SweepResult<SharedWorkProbe.Inputs> shared = Sweep.Run(SweepData.Bars, ProbeGrid(), s_options with { MaxDegreeOfParallelism = threads });
        SweepResult<SharedWorkProbe.Inputs> alone = Sweep.Run(SweepData.Bars, ProbeGrid(), s_unshared with { MaxDegreeOfParallelism = threads });

        // The probe's five shareable sites, by the rules (docs/sweeps.md): two EMAs, the bands, the ATR and the cross;
        // the average of the position and the EMA under a condition are computed by every run.
        Assert.Equal(5, shared.Sharing.SharedSites);
        Assert.True(shared.Sharing.SeriesReads > 0);
        Assert.Equal(SweepSharing.None, alone.Sharing);
        Assert.True(alone.Runs.All(run => run.Summary.TotalClosedTrades > 20));
        for (int i = 0; i < alone.Runs.Count; i++)
        {
            Assert.Equal(alone.Runs[i].Summary, shared.Runs[i].Summary);
        }

        Assert.Equal(alone.Ranked.Select(run => run.Index), shared.Ranked.Select(run => run.Index));
        foreach ((SweepRun<SharedWorkProbe.Inputs> expected, SweepRun<SharedWorkProbe.Inputs> actual) in alone.Top.Zip(shared.Top))
        {
            Assert.Equal(expected.Result!.ClosedTrades.Select(View), actual.Result!.ClosedTrades.Select(View));
            Assert.Equal(expected.Result.Equity.ToArray(), actual.Result.Equity.ToArray());
        }
    }

    [Fact]
    public void Each_key_used_by_several_runs_is_computed_once_and_read_by_the_others()
    {
        // 5 fast lengths x 3 slow lengths: each fast EMA serves 3 runs, each slow EMA 5; the crosses' keys (fast, slow)
        // are all distinct, so they are never recorded. On one thread: 5 + 3 series computed, 15 x 2 - 8 reads. Runs go
        // fast length by fast length, and a series is dropped after its last run, so at most one fast and the three slow
        // EMAs are held at once.
        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, EmaGrid(), s_options with { MaxDegreeOfParallelism = 1 });

        Assert.Equal(new SweepSharing(SharedSites: 4, SeriesComputed: 8, SeriesReads: 22, SeriesEvicted: 0, PeakBytes: 4L * SweepData.Bars.Count * sizeof(double)),
            sweep.Sharing);
    }

    [Fact]
    public void A_strategy_known_only_at_run_time_shares_the_same_way()
    {
        IReadOnlyDictionary<string, object?>[] overrides =
            [.. EmaGrid().Select(inputs => new Dictionary<string, object?> { ["FastLength"] = inputs.FastLength, ["SlowLength"] = inputs.SlowLength })];

        SweepResult<IReadOnlyDictionary<string, object?>> byDefinition =
            Sweep.Run(ScriptDefinition.For<EmaCross>(), SweepData.Bars, overrides, s_options with { MaxDegreeOfParallelism = 1 });
        SweepResult<EmaCross.Inputs> alone = Sweep.Run(SweepData.Bars, EmaGrid(), s_unshared with { MaxDegreeOfParallelism = 1 });

        Assert.Equal(22, byDefinition.Sharing.SeriesReads);
        Assert.Equal(alone.Runs.Select(run => run.Summary), byDefinition.Runs.Select(run => run.Summary));
    }

    [Fact]
    public void A_budget_smaller_than_the_grid_needs_evicts_and_changes_no_result()
    {
        long twoSeries = 2L * SweepData.Bars.Count * sizeof(double);
        SweepResult<EmaCross.Inputs> tight = Sweep.Run(SweepData.Bars, EmaGrid(), s_options with { MaxDegreeOfParallelism = 1, SharedSeriesMemory = twoSeries });
        SweepResult<EmaCross.Inputs> alone = Sweep.Run(SweepData.Bars, EmaGrid(), s_unshared with { MaxDegreeOfParallelism = 1 });

        Assert.True(tight.Sharing.SeriesEvicted > 0);
        Assert.True(tight.Sharing.SeriesReads > 0);
        Assert.True(tight.Sharing.PeakBytes <= twoSeries);
        Assert.Equal(alone.Runs.Select(run => run.Summary), tight.Runs.Select(run => run.Summary));
    }

    /// <summary>
    /// The Bollinger Bands sample's average and deviation share one window in a run (the average feeds the deviation's
    /// state) and are each a shared site of the sweep. With room for one series only, a run may read the average's series
    /// (the first site) and compute the deviation, whose call then feeds the window itself: every run still equals its
    /// unshared self.
    /// </summary>
    [Fact]
    public void Paired_average_and_deviation_sites_read_or_compute_apart_and_change_no_result()
    {
        BollingerStrategy.Inputs[] grid =
            [.. from length in new[] { 15, 20 } from multiplier in new[] { 1.5, 2.0, 2.5 }
                select BollingerStrategy.Inputs.Default with { Length = length, Multiplier = multiplier }];
        long oneSeries = SweepData.Bars.Count * sizeof(double);

        SweepResult<BollingerStrategy.Inputs> tight = Sweep.Run(SweepData.Bars, grid, s_options with { MaxDegreeOfParallelism = 1, SharedSeriesMemory = oneSeries });
        SweepResult<BollingerStrategy.Inputs> roomy = Sweep.Run(SweepData.Bars, grid, s_options with { MaxDegreeOfParallelism = 1 });
        SweepResult<BollingerStrategy.Inputs> alone = Sweep.Run(SweepData.Bars, grid, s_unshared with { MaxDegreeOfParallelism = 1 });

        // Room for one series: one of the pair's two sites is shared per length (recorded by its first run, read by the two
        // others), the other computed by every run; with room for all, both are.
        Assert.Equal((2, 4L), (tight.Sharing.SeriesComputed, tight.Sharing.SeriesReads));
        Assert.Equal((4, 8L), (roomy.Sharing.SeriesComputed, roomy.Sharing.SeriesReads));
        Assert.True(alone.Runs.All(run => run.Summary.TotalClosedTrades > 20));
        Assert.Equal(alone.Runs.Select(run => run.Summary), tight.Runs.Select(run => run.Summary));
        Assert.Equal(alone.Runs.Select(run => run.Summary), roomy.Runs.Select(run => run.Summary));
    }

    [Fact]
    public void Keys_no_two_runs_share_are_never_recorded()
    {
        EmaCross.Inputs[] distinct = [new() { FastLength = 5, SlowLength = 20 }, new() { FastLength = 6, SlowLength = 21 }];

        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, distinct, s_options);

        Assert.Equal(SweepSharing.None, sweep.Sharing);
    }

    [Fact]
    public void A_registered_ta_turns_sharing_off_since_an_override_may_compute_differently_per_call()
    {
        var environment = new RuntimeEnvironment().RegisterNamespace("ta", new CountingTa());

        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, EmaGrid(), s_options with { Environment = environment });

        Assert.Equal(SweepSharing.None, sweep.Sharing);
    }

    [Fact]
    public void A_negative_memory_budget_is_rejected_naming_the_option()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => Sweep.Run(SweepData.Bars, EmaGrid(), s_options with { SharedSeriesMemory = -1 }));

        Assert.Equal(nameof(SweepOptions.SharedSeriesMemory), failure.ParamName);
        Assert.Contains("0 (no sharing) or more", failure.Message);
    }

    private static (Direction, double, string, int, double, string?, int, double, double) View(Trade trade) =>
        (trade.Direction, trade.Quantity, trade.EntryId, trade.EntryBar, trade.EntryPrice, trade.ExitId, trade.ExitBar, trade.ExitPrice, trade.Profit);

    private sealed class CountingTa : TaNamespace;
}
