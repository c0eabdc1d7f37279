namespace ScriptGen;

/// <summary>How <see cref="Sweep"/> runs a grid: the run options, the ranking, how many full results to keep, threads and progress.</summary>
public sealed record SweepOptions
{
    /// <summary>Default options: lean runs, ranked by net profit, the best run's full result kept, every core.</summary>
    public static SweepOptions Default { get; } = new();

    /// <summary>
    /// The options of every run (symbol, trading settings, broker models, limits). The default records neither plots nor
    /// equity curves (<see cref="RunOptions.RecordPlots"/>, <see cref="RunOptions.RecordEquity"/>), which the summary does
    /// not need, nor drawdown and run-up along the bars' paths (<see cref="RunOptions.RecordDrawdown"/>: the summaries' drawdown
    /// and run-up figures are na, every other figure is a full run's), unless <see cref="RankBy"/> is one of them; set
    /// <c>Run = SweepOptions.Default.Run with { RecordDrawdown = true }</c> to see them in every run; nor does it keep closed trades
    /// (<see cref="RunOptions.RecordTrades"/>: the summary is tallied as they close). The runs kept in full
    /// (<see cref="KeepTop"/>) record everything. A sweep over a <see cref="BarsSet"/> takes each run's symbol from the set.
    /// </summary>
    public RunOptions Run { get; init; } = new() { RecordPlots = false, RecordEquity = false, RecordDrawdown = false, RecordTrades = false };

    /// <summary>The figure runs are ranked by. Default <see cref="SweepMetric.NetProfit"/>.</summary>
    public SweepMetric RankBy { get; init; } = SweepMetric.NetProfit;

    /// <summary>
    /// How many of the best runs to keep as full results (<see cref="SweepRun{TInputs}.Result"/>, with plots and the
    /// equity curve): they run again once the ranking is known, so a sweep holds only summaries while it runs.
    /// Default 1; 0 keeps none.
    /// </summary>
    public int KeepTop { get; init; } = 1;

    /// <summary>How many runs at once; -1 (the default) for one per core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Told as runs finish (from the threads running them; <see cref="Progress{T}"/> posts to the caller's context).</summary>
    public IProgress<SweepProgress>? Progress { get; init; }

    /// <summary>
    /// The most memory, in bytes, the series shared between runs may hold at once (work shared across runs: a call
    /// site whose arguments read only bars and inputs is computed once for all runs with equal values of those inputs;
    /// see <see cref="SweepResult{TInputs}.Sharing"/>). Default 512 MiB; 0 turns sharing off. Results are the same
    /// either way; a smaller budget only means more is computed again.
    /// </summary>
    public long SharedSeriesMemory { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// A pool that keeps shared series beyond this sweep, for later sweeps of the same script over the same bars
    /// (<see cref="SharedSeriesPool"/>); null (the default) gives the sweep its own store of
    /// <see cref="SharedSeriesMemory"/> bytes, emptied as its runs finish. With a pool, the pool's size bounds the
    /// memory and <see cref="SharedSeriesMemory"/> only turns sharing off (0) or on.
    /// </summary>
    public SharedSeriesPool? SharedSeriesPool { get; init; }

    /// <summary>The environment whose namespaces the runs use; a new <see cref="RuntimeEnvironment"/> when <c>null</c>.</summary>
    public RuntimeEnvironment? Environment { get; init; }

    /// <summary>
    /// Where the runs run: null (the default) for this machine's cores (<see cref="LocalSweepRunner"/>), or another
    /// runner such as <c>ScriptGen.Orleans</c>' <c>ClusterSweepRunner</c>. The ranking and the full results of the kept
    /// runs are computed here either way, so the table is the same.
    /// </summary>
    public ISweepRunner? Runner { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count out of range or an unknown metric; the message says what is valid.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Run, nameof(Run));
        if (!Enum.IsDefined(RankBy))
        {
            throw new ArgumentOutOfRangeException(nameof(RankBy), RankBy, $"Not a {nameof(SweepMetric)}; use one of {string.Join(", ", Enum.GetNames<SweepMetric>())}.");
        }

        if (KeepTop < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(KeepTop), KeepTop, "KeepTop is how many full results to keep: 0 or more.");
        }

        if (SharedSeriesMemory < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SharedSeriesMemory), SharedSeriesMemory, "SharedSeriesMemory is a number of bytes: 0 (no sharing) or more.");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism is 1 or more, or -1 for one run per core.");
        }
    }
}
