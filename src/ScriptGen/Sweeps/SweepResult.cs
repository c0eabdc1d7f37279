namespace ScriptGen;

/// <summary>What a sweep produced: every run's summary, in run order and ranked, and the best runs' full results.</summary>
/// <typeparam name="TInputs">The script's generated inputs record.</typeparam>
public sealed class SweepResult<TInputs>
{
    internal SweepResult(
        SweepRun<TInputs>[] runs, SweepRun<TInputs>[] ranked, SweepMetric rankedBy, long barRuns, TimeSpan elapsed, SweepSharing sharing)
    {
        Sharing = sharing;
        Runs = runs;
        Ranked = ranked;
        RankedBy = rankedBy;
        BarRuns = barRuns;
        Elapsed = elapsed;
    }

    /// <summary>Every run in run order (symbol by symbol, each in grid order).</summary>
    public IReadOnlyList<SweepRun<TInputs>> Runs { get; }

    /// <summary>Every run, best first (<see cref="RankedBy"/>; na last; ties in run order).</summary>
    public IReadOnlyList<SweepRun<TInputs>> Ranked { get; }

    /// <summary>The figure the runs are ranked by.</summary>
    public SweepMetric RankedBy { get; }

    /// <summary>The best run.</summary>
    public SweepRun<TInputs> Best => Ranked[0];

    /// <summary>The runs with a full result kept (<see cref="SweepOptions.KeepTop"/>), best first.</summary>
    public IEnumerable<SweepRun<TInputs>> Top => Ranked.TakeWhile(run => run.Result is not null);

    /// <summary>Bars times runs: the bars each run went over, summed (the full re-runs of the top runs not counted).</summary>
    public long BarRuns { get; }

    /// <summary>Wall time of the sweep, the top runs' full re-runs included.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>What the runs shared: series computed once and read by other runs (<see cref="SweepOptions.SharedSeriesMemory"/>).</summary>
    public SweepSharing Sharing { get; }

    /// <summary>Bar-runs per second of wall time.</summary>
    public double BarRunsPerSecond => BarRuns / Elapsed.TotalSeconds;
}
