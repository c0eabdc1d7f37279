using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Sweeps;

/// <summary>
/// <see cref="SweepOptions.Runner"/>: a runner other than the local one sees each run's inputs by name, the table is
/// the local one whatever order the summaries come back in, a repeated summary is ignored, and a runner that leaves a
/// run without a result is named instead of a silently short table.
/// </summary>
public sealed class SweepRunnerTests
{
    private static EmaCross.Inputs[] Grid() =>
        [.. from fast in Sweep.Range(5, 8) from slow in Sweep.Range(20, 30, 10) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];

    [Fact]
    public void A_runner_that_completes_runs_backwards_and_twice_gives_the_local_table()
    {
        SweepResult<EmaCross.Inputs> local = Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { KeepTop = 2 });
        var runner = new ByNameRunner(reverse: true, repeat: true);

        SweepResult<EmaCross.Inputs> other = Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { KeepTop = 2, Runner = runner });

        Assert.Equal(local.Runs.Select(run => run.Summary), other.Runs.Select(run => run.Summary));
        Assert.Equal(local.Ranked.Select(run => run.Index), other.Ranked.Select(run => run.Index));
        Assert.Equal(local.Best.Result!.Summary, other.Best.Result!.Summary);
        Assert.Equal(Grid().Length, runner.Repeats); // Every second Complete returned false.
    }

    [Fact]
    public void The_runner_sees_the_script_and_every_runs_inputs_by_name()
    {
        var runner = new ByNameRunner(reverse: false, repeat: false);

        Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { Runner = runner });

        SweepWork work = runner.Work!;
        Assert.Equal("ScriptGen.Samples.Scripts.EmaCross", work.Script.TypeName);
        Assert.Equal(8, work.RunCount);
        Assert.Equal(new Dictionary<string, object?> { ["FastLength"] = 6, ["SlowLength"] = 30 }, work.InputsOf(3));
        Assert.Equal(SweepData.EurUsd, work.RunOptionsFor(0).Symbol);
    }

    [Fact]
    public void Inputs_records_round_trip_through_their_overrides()
    {
        var inputs = new RsiStrategy.Inputs { Length = 9, Oversold = 22.5, Overbought = 81 };

        IReadOnlyDictionary<string, object?> overrides = inputs.ToOverrides();

        Assert.Equal(new Dictionary<string, object?> { ["Length"] = 9, ["Oversold"] = 22.5, ["Overbought"] = 81.0 }, overrides);
        Assert.Equal(inputs, RsiStrategy.Inputs.FromOverrides(overrides));
    }

    [Fact]
    public void A_runner_that_leaves_a_run_without_a_result_is_named()
    {
        var failure = Assert.Throws<InvalidOperationException>(() =>
            Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { Runner = new ByNameRunner(reverse: false, repeat: false, skip: 5) }));

        Assert.Contains("without a result for run 5 (grid entry 5, EURUSD)", failure.Message);
    }

    [Fact]
    public void A_failure_a_runner_reports_is_the_sweeps_run_exception()
    {
        var failure = Assert.Throws<SweepRunException>(() =>
            Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { Runner = new FailingRunner() }));

        Assert.Equal(2, failure.RunIndex);
        Assert.Equal(Grid()[2], failure.Inputs);
        Assert.Contains("Run 2 of the sweep (grid entry 2, EURUSD, ", failure.Message);
        Assert.EndsWith("failed: out of memory on node 7", failure.Message);
    }

    [Fact]
    public void What_a_runner_reports_sharing_adds_up_in_the_sweeps_result()
    {
        var runner = new ByNameRunner(reverse: false, repeat: false)
        {
            Shards = [new SweepSharing(4, 3, 10, 1, 4_000), new SweepSharing(4, 5, 7, 0, 6_000), new SweepSharing(2, 1, 1, 2, 1_000)],
        };

        SweepResult<EmaCross.Inputs> sweep = Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { Runner = runner });

        // Counts add up; the sites and the peak memory are the largest any shard reported.
        Assert.Equal(new SweepSharing(SharedSites: 4, SeriesComputed: 9, SeriesReads: 18, SeriesEvicted: 3, PeakBytes: 6_000), sweep.Sharing);
        Assert.Equal(SweepSharing.None, Sweep.Run(SweepData.Bars, Grid(), SweepData.LeanOptions with { Runner = new ByNameRunner(false, false) }).Sharing);
    }

    /// <summary>Creates each run's script by name from its inputs, as a runner in another process would.</summary>
    private sealed class ByNameRunner(bool reverse, bool repeat, int skip = -1) : ISweepRunner
    {
        public SweepWork? Work { get; private set; }

        public int Repeats { get; private set; }

        /// <summary>What the runner reports its "shards" shared.</summary>
        public SweepSharing[] Shards { get; init; } = [];

        public void Run(SweepWork work)
        {
            Work = work;
            foreach (SweepSharing shard in Shards)
            {
                work.ReportSharing(shard);
            }

            ScriptDefinition script = ScriptCatalog.Find(work.Script.TypeName);
            IEnumerable<int> order = Enumerable.Range(0, work.RunCount);
            foreach (int run in reverse ? order.Reverse() : order)
            {
                if (run == skip)
                {
                    continue;
                }

                var strategy = (StrategyScript)script.Create(work.InputsOf(work.GridEntryOf(run)));
                PerformanceSummary summary = new RuntimeEnvironment().RunStrategy(strategy, work.Symbols[work.SymbolOf(run)].Bars, work.RunOptionsFor(work.SymbolOf(run))).Summary;
                Assert.True(work.Complete(run, summary));
                if (repeat && !work.Complete(run, summary))
                {
                    Repeats++;
                }
            }
        }
    }

    private sealed class FailingRunner : ISweepRunner
    {
        public void Run(SweepWork work)
        {
            work.Fail(4, new ScriptEngineException("disk full"));
            work.Fail(2, new ScriptEngineException("out of memory on node 7"));
        }
    }
}
