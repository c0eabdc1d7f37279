namespace ScriptGen;

/// <summary>
/// The runs of one sweep as an <see cref="ISweepRunner"/> sees them: run <c>i</c> is grid entry
/// <c>i % GridCount</c> on symbol <c>i / GridCount</c>. A runner reports each run's summary through
/// <see cref="Complete"/>, which keeps the first and ignores repeats, so a runner may retry runs whose results it lost.
/// </summary>
public sealed class SweepWork
{
    private readonly SweepGrid _grid;
    private readonly RunOptions[] _runOptions;
    private readonly PerformanceSummary?[] _summaries;
    private readonly SweepFailures _failures = new();
    private readonly object _sharingLock = new();
    private readonly SweepProgressReporter _progress;
    private ScriptMetadata? _script;

    internal SweepWork(SweepGrid grid, SymbolBars[] symbols, RunOptions[] runOptions, SweepOptions options, CancellationToken cancellation)
    {
        _grid = grid;
        Symbols = symbols;
        _runOptions = runOptions;
        Options = options;
        Cancellation = cancellation;
        Environment = options.Environment ?? new RuntimeEnvironment();
        RunCount = grid.Count * symbols.Length;
        _summaries = new PerformanceSummary?[RunCount];
        _progress = new SweepProgressReporter(options.Progress, RunCount);
    }

    /// <summary>The strategy every run runs (created once from the first grid entry when first read).</summary>
    /// <exception cref="SweepRunException">The first grid entry's inputs are invalid, so the strategy cannot be created.</exception>
    public ScriptMetadata Script => _script ??= _grid.Metadata(this);

    /// <summary>The symbols, in the order of the sweep's runs.</summary>
    public IReadOnlyList<SymbolBars> Symbols { get; }

    /// <summary>How many grid entries each symbol runs.</summary>
    public int GridCount => _grid.Count;

    /// <summary>How many runs: <see cref="GridCount"/> × the number of symbols.</summary>
    public int RunCount { get; }

    /// <summary>The sweep's options (threads, ranking, memory for shared series).</summary>
    public SweepOptions Options { get; }

    /// <summary>Stops the sweep; a runner stops its runs and throws <see cref="OperationCanceledException"/>.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The symbol index of run <paramref name="runIndex"/>.</summary>
    public int SymbolOf(int runIndex) => runIndex / GridCount;

    /// <summary>The grid entry of run <paramref name="runIndex"/>.</summary>
    public int GridEntryOf(int runIndex) => runIndex % GridCount;

    /// <summary>
    /// The options of every run on symbol <paramref name="symbolIndex"/>: the sweep's run options with the symbol's
    /// <see cref="SymbolInfo"/>, lean recording, and drawdown followed when the ranking needs it.
    /// </summary>
    public RunOptions RunOptionsFor(int symbolIndex) => _runOptions[symbolIndex];

    /// <summary>Grid entry <paramref name="gridIndex"/>'s inputs by name, as <see cref="ScriptDefinition.Create"/> takes them.</summary>
    public IReadOnlyDictionary<string, object?> InputsOf(int gridIndex) => _grid.Overrides(gridIndex);

    /// <summary>Whether run <paramref name="runIndex"/> has its summary.</summary>
    public bool IsComplete(int runIndex) => Volatile.Read(ref _summaries[runIndex]) is not null;

    /// <summary>
    /// Records run <paramref name="runIndex"/>'s summary and reports progress; false (and nothing recorded) when the run
    /// already had one, as when a runner retried it. Safe to call from several threads.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a run of this sweep.</exception>
    public bool Complete(int runIndex, PerformanceSummary summary)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(runIndex, RunCount);
        ArgumentNullException.ThrowIfNull(summary);
        if (Interlocked.CompareExchange(ref _summaries[runIndex], summary, null) is not null)
        {
            return false;
        }

        _progress.RunFinished();
        return true;
    }

    /// <summary>
    /// Records that run <paramref name="runIndex"/> failed; the sweep throws the failure of the lowest run index as a
    /// <see cref="SweepRunException"/> naming the run, its symbol and its inputs.
    /// </summary>
    public void Fail(int runIndex, ScriptEngineException failure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(runIndex, RunCount);
        ArgumentNullException.ThrowIfNull(failure);
        _failures.Add(Failure(runIndex, failure));
    }

    internal SweepRunException Failure(int runIndex, ScriptEngineException failure)
    {
        int gridIndex = GridEntryOf(runIndex);
        return failure as SweepRunException ?? new SweepRunException(runIndex, gridIndex, Symbols[SymbolOf(runIndex)].Ticker, _grid.Entry(gridIndex), failure);
    }

    internal SweepGrid Grid => _grid;

    /// <summary>The environment every local run uses (<see cref="SweepOptions.Environment"/> or a new one).</summary>
    internal RuntimeEnvironment Environment { get; } = null!;

    /// <summary>What the runs shared, as the runner reported it (<see cref="ReportSharing"/>); none when it reported nothing.</summary>
    internal SweepSharing Sharing { get; private set; } = SweepSharing.None;

    /// <summary>
    /// Adds what a group of runs shared (a shard's, or all runs') to the sweep's <see cref="SweepResult{TInputs}.Sharing"/>:
    /// series computed, reads and evictions add up; the sites and the peak memory are the largest reported. Safe to
    /// call from several threads.
    /// </summary>
    public void ReportSharing(SweepSharing sharing)
    {
        ArgumentNullException.ThrowIfNull(sharing);
        lock (_sharingLock)
        {
            SweepSharing sum = Sharing;
            Sharing = new SweepSharing(
                Math.Max(sum.SharedSites, sharing.SharedSites), sum.SeriesComputed + sharing.SeriesComputed, sum.SeriesReads + sharing.SeriesReads,
                sum.SeriesEvicted + sharing.SeriesEvicted, Math.Max(sum.PeakBytes, sharing.PeakBytes));
        }
    }

    /// <summary>Every summary, once the runner has returned without a failure.</summary>
    internal PerformanceSummary[] Summaries()
    {
        _failures.ThrowFirst();
        int missing = Array.FindIndex(_summaries, summary => summary is null);
        if (missing >= 0)
        {
            throw new InvalidOperationException(
                $"The sweep runner returned without a result for run {missing} (grid entry {GridEntryOf(missing)}, {Symbols[SymbolOf(missing)].Ticker}); " +
                "a runner completes or fails every run before it returns.");
        }

        return _summaries!;
    }
}
