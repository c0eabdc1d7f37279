using System.Diagnostics;
using System.Globalization;
using ScriptGen.CompilerServices;

namespace ScriptGen;

/// <summary>
/// One run's bounds as counters: installed on the running thread for the run's length
/// (<see cref="ScriptBudget.Current"/>), told when each bar starts, and asked by untrusted scripts'
/// steps every <see cref="CheckInterval"/> steps. Once a bound is exceeded the failure sticks: every
/// later step throws it again, so a script that catches it cannot carry on.
/// </summary>
internal sealed class RunBudget
{
    /// <summary>Steps between two looks at the clock, the token and the allocation counter.</summary>
    internal const long CheckInterval = 4096;

    private readonly RunLimits _limits;
    private readonly CancellationToken _cancellation;
    private readonly string _scriptTitle;
    private readonly long _deadline;
    private long _barStepsBeforeCountdown;
    private long _countdownStart;
    private long _barAllocationStart;
    private int? _bar;
    private Exception? _failure;

    /// <summary>Steps left before the next <see cref="Checkpoint"/> (decremented by <see cref="ScriptBudget.Step"/>).</summary>
    internal long Countdown;

    public RunBudget(RunLimits? limits, string scriptTitle, CancellationToken cancellation)
    {
        HasLimits = limits is not null;
        _limits = limits ?? new RunLimits();
        _cancellation = cancellation;
        _scriptTitle = scriptTitle;
        _deadline = _limits.Timeout is { } timeout ? DeadlineAfter(timeout) : long.MaxValue;
        StartPeriod(null);
    }

    /// <summary>Whether the run has limits (counted per bar), not only a cancellation token.</summary>
    public bool HasLimits { get; }

    /// <summary>Whether a run with these settings needs a budget at all.</summary>
    public static bool IsNeeded(RunLimits? limits, CancellationToken cancellation) =>
        limits is not null || cancellation.CanBeCanceled;

    /// <summary>
    /// A new bar starts: what the previous bar (or the setup) allocated is checked, the new bar's step
    /// and allocation counts start from zero, and time and cancellation are checked.
    /// </summary>
    public void BeginBar(int bar)
    {
        ThrowIfFailed();
        CheckAllocation();
        StartPeriod(bar);
        CheckClockAndToken();
    }

    /// <summary>The last bar has run: what it allocated is checked.</summary>
    public void EndRun()
    {
        ThrowIfFailed();
        CheckAllocation();
    }

    /// <summary>Called by <see cref="ScriptBudget.Step"/> when <see cref="Countdown"/> runs out.</summary>
    public void Checkpoint()
    {
        ThrowIfFailed();
        long used = _barStepsBeforeCountdown + _countdownStart - Countdown;
        if (_limits.MaxStepsPerBar is { } maxSteps && used > maxSteps)
        {
            Fail(new ScriptLimitExceededException(
                ScriptLimit.StepsPerBar,
                $"Script '{_scriptTitle}' made more than {maxSteps.ToString("N0", CultureInfo.InvariantCulture)} loop iterations and calls {Where()} " +
                "(RunLimits.MaxStepsPerBar): a loop that does not end, or far more work than a bar needs.",
                _scriptTitle,
                _bar));
        }

        CheckClockAndToken();
        _barStepsBeforeCountdown = used;
        Countdown = _countdownStart = NextCountdown(used);
    }

    /// <summary>The failure for a stack about to overflow (unbounded recursion).</summary>
    public static ScriptLimitExceededException StackExhausted(RunBudget? budget)
    {
        string title = budget?._scriptTitle ?? "(script)";
        var failure = new ScriptLimitExceededException(
            ScriptLimit.CallDepth,
            $"Script '{title}' nested its calls so deep that the stack would overflow {budget?.Where() ?? "while it ran"}: " +
            "a recursion without an end. Stopped before the stack ran out.",
            budget?._scriptTitle,
            budget?._bar);
        budget?.Stick(failure);
        return failure;
    }

    private void StartPeriod(int? bar)
    {
        _bar = bar;
        _barStepsBeforeCountdown = 0;
        Countdown = _countdownStart = NextCountdown(0);
        if (_limits.MaxAllocatedBytesPerBar is not null)
        {
            _barAllocationStart = GC.GetAllocatedBytesForCurrentThread();
        }
    }

    // maxSteps - used cannot overflow (used is at most maxSteps here); maxSteps + 1 - used could, for long.MaxValue.
    private long NextCountdown(long used) =>
        _limits.MaxStepsPerBar is { } maxSteps ? Math.Clamp(maxSteps - used, 0, CheckInterval - 1) + 1 : CheckInterval;

    /// <summary>
    /// The clock reading after <paramref name="timeout"/>, saturated: a timeout beyond the clock's range
    /// (TimeSpan.MaxValue, say) is no limit, rather than a sum that wraps round to a deadline already past.
    /// </summary>
    private static long DeadlineAfter(TimeSpan timeout)
    {
        long now = Stopwatch.GetTimestamp();
        double ticks = timeout.TotalSeconds * Stopwatch.Frequency;
        return ticks >= long.MaxValue - now ? long.MaxValue : now + (long)ticks;
    }

    private void CheckClockAndToken()
    {
        if (_cancellation.IsCancellationRequested)
        {
            Fail(new OperationCanceledException($"The run of script '{_scriptTitle}' was cancelled; stopped {Where()}.", _cancellation));
        }

        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() > _deadline)
        {
            Fail(new ScriptLimitExceededException(
                ScriptLimit.Timeout,
                $"Script '{_scriptTitle}' ran longer than its time budget of {_limits.Timeout!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s " +
                $"(RunLimits.Timeout); stopped {Where()}.",
                _scriptTitle,
                _bar));
        }

        CheckAllocation();
    }

    private void CheckAllocation()
    {
        if (_limits.MaxAllocatedBytesPerBar is { } maxBytes)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread() - _barAllocationStart;
            if (allocated > maxBytes)
            {
                Fail(new ScriptLimitExceededException(
                    ScriptLimit.AllocatedBytesPerBar,
                    $"Script '{_scriptTitle}' allocated {allocated.ToString("N0", CultureInfo.InvariantCulture)} bytes {Where()}, more than " +
                    $"RunLimits.MaxAllocatedBytesPerBar ({maxBytes.ToString("N0", CultureInfo.InvariantCulture)}).",
                    _scriptTitle,
                    _bar));
            }
        }
    }

    private string Where() => _bar is { } bar ? $"on bar {bar.ToString(CultureInfo.InvariantCulture)}" : "in Setup()";

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            Countdown = 0;
            throw _failure;
        }
    }

    private void Stick(Exception failure)
    {
        _failure ??= failure;
        Countdown = 0; // Every later step comes back here and throws again.
    }

    private void Fail(Exception failure)
    {
        Stick(failure);
        throw failure;
    }
}
