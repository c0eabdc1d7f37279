using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks.Sweeps;

/// <summary>
/// The sweep of issue #21's target: the EMA Cross strategy over fast = 5..24, slow = 25, 30, ..., 70 (200 runs) on the
/// 1,000,000 synthetic bars, with <see cref="Sweep.Run{TInputs}(Bars, IEnumerable{TInputs}, SweepOptions?, CancellationToken)"/>
/// (lean runs: no plots, no equity curve, no full result kept; each distinct EMA computed once and shared; drawdown and run-up
/// followed or not, <see cref="Drawdown"/>) against the
/// baseline, a hand-written sweep that shares the EMAs the same way (each of the 30 lengths' EMA computed once, then
/// the 200 hand-written strategy loops reading them), on the same number of threads. The hand-written sweep without
/// sharing (every run computing its own EMAs) is there for scale.
/// </summary>
/// <remarks>
/// An operation is the whole sweep (200 million bar-runs, seconds), so the job is short: one warm-up, five iterations.
/// Setup checks every run's net profit, trade count, max drawdown and run-up against the hand loop's.
/// </remarks>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    /// <summary>Runs in the grid.</summary>
    public const int RunCount = 200;

    private static readonly SweepOptions s_options = new() { KeepTop = 0 };
    private static readonly StrategySettings s_settings = EmaCross.Metadata.Strategy ?? StrategySettings.Default;
    private SyntheticBars _data = null!;
    private EmaCross.Inputs[] _grid = null!;

    /// <summary>Threads the runs are spread over.</summary>
    [Params(1, 2)]
    public int Threads { get; set; }

    /// <summary>
    /// Whether the runs follow each held bar's path for drawdown and run-up (<see cref="RunOptions.RecordDrawdown"/>; a sweep's
    /// default is false, the hand loops then skip the same work).
    /// </summary>
    [Params(false, true)]
    public bool Drawdown { get; set; }

    [GlobalSetup(Target = nameof(HandLoops))]
    public void SetupHandLoops()
    {
        _data = SyntheticBars.ForBenchmarks();
        _grid = [.. from fast in Sweep.Range(5, 24) from slow in Sweep.Range(25, 70, 5) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
    }

    [GlobalSetup(Target = nameof(ScriptGenSweep))]
    public void SetupSweep()
    {
        SetupHandLoops();
        Verification.SameSweep(ScriptGenSweep(), HandLoops());
    }

    /// <summary>
    /// Runs the three sweeps over <paramref name="data"/> and <paramref name="grid"/> and throws unless they agree run for
    /// run (the checks setup does, for tests on fewer bars).
    /// </summary>
    internal SweepResult<EmaCross.Inputs> Verify(SyntheticBars data, EmaCross.Inputs[] grid, int threads, bool drawdown)
    {
        (_data, _grid, Threads, Drawdown) = (data, grid, threads, drawdown);
        HandStrategyResult[] unshared = HandLoops();
        Verification.SameSweep(SharedHandLoops(), unshared);
        SweepResult<EmaCross.Inputs> sweep = ScriptGenSweep();
        Verification.SameSweep(sweep, unshared);
        return sweep;
    }

    [GlobalSetup(Target = nameof(SharedHandLoops))]
    public void SetupSharedHandLoops()
    {
        SetupHandLoops();
        Verification.SameSweep(SharedHandLoops(), HandLoops());
    }

    [Benchmark(Baseline = true, Description = "Hand loops, EMAs shared")]
    public HandStrategyResult[] SharedHandLoops() => SharedEmaSweep.Run(_data, _grid, Threads, Drawdown);

    [Benchmark(Description = "Hand loops, unshared")]
    public HandStrategyResult[] HandLoops()
    {
        var results = new HandStrategyResult[_grid.Length];
        Parallel.For(0, _grid.Length, new ParallelOptions { MaxDegreeOfParallelism = Threads }, i => results[i] = EmaCrossStrategyHandLoop.Run(
            _data.Time, _data.Open, _data.High, _data.Low, _data.Close, RunOptions.Default.Symbol.MinTick,
            _grid[i].FastLength, _grid[i].SlowLength, s_settings.InitialCapital, s_settings.DefaultQuantity, RunOptions.Default.Symbol.PointValue, Drawdown));
        return results;
    }

    [Benchmark(Description = "Sweep.Run")]
    public SweepResult<EmaCross.Inputs> ScriptGenSweep() =>
        Sweep.Run(_data.Bars, _grid, s_options with { MaxDegreeOfParallelism = Threads, Run = s_options.Run with { RecordDrawdown = Drawdown } });
}
