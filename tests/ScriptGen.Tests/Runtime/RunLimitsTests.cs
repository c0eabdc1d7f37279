using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// RunOptions.Cancellation and RunLimits stop a run: every 1,024 bars for a token alone, as each bar starts with limits, and inside a
/// bar wherever the script counts steps (the engine instruments untrusted scripts' loops and method
/// entries with ScriptBudget.Step/Enter; the probe calls them itself). A limit's failure sticks.
/// </summary>
public sealed class RunLimitsTests
{
    private static readonly Bars s_bars = TestBars.Closes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);

    [Fact]
    public void A_loop_past_the_step_limit_stops_on_the_bar_it_happens()
    {
        var probe = BudgetProbe.Create();
        probe.StepsPerBar = 1_001;

        var failure = Assert.Throws<ScriptLimitExceededException>(() => Run(probe, new RunLimits { MaxStepsPerBar = 1_000 }));

        Assert.Equal((ScriptLimit.StepsPerBar, 0, "budget probe"), (failure.Limit, failure.BarIndex, failure.ScriptTitle));
        Assert.Contains("more than 1,000 loop iterations and calls on bar 0 (RunLimits.MaxStepsPerBar)", failure.Message);
    }

    [Fact]
    public void Steps_within_the_limit_on_every_bar_run_to_the_end()
    {
        var probe = BudgetProbe.Create();
        probe.StepsPerBar = 1_000;

        Run(probe, new RunLimits { MaxStepsPerBar = 1_000 });

        Assert.Equal(s_bars.Count, probe.BarsRun);
    }

    [Fact]
    public void A_script_that_catches_the_limit_cannot_carry_on()
    {
        var probe = BudgetProbe.Create();
        probe.StepsPerBar = 5_000;
        probe.CatchAndCarryOn = true;

        var failure = Assert.Throws<ScriptLimitExceededException>(() => Run(probe, new RunLimits { MaxStepsPerBar = 100 }));

        Assert.Equal(0, failure.BarIndex);
        Assert.Equal(1, probe.BarsRun); // the next bar never starts
        Assert.Equal(5_000 - 100, probe.CaughtTimes); // every step after the limit threw again
    }

    [Fact]
    public void Unbounded_recursion_is_stopped_before_the_stack_overflows()
    {
        var failure = Assert.Throws<ScriptLimitExceededException>(() => new RuntimeEnvironment().RunIndicator(RecursionProbe.Create(), s_bars));

        Assert.Equal(ScriptLimit.CallDepth, failure.Limit);
        Assert.Contains("stack would overflow", failure.Message);
    }

    [Fact]
    public void A_run_past_its_time_budget_stops_at_the_next_bar()
    {
        var probe = BudgetProbe.Create();
        probe.SleepOnBar = 2;
        probe.SleepMilliseconds = 600;

        var failure = Assert.Throws<ScriptLimitExceededException>(() => Run(probe, new RunLimits { Timeout = TimeSpan.FromMilliseconds(200) }));

        Assert.Equal((ScriptLimit.Timeout, 3), (failure.Limit, failure.BarIndex));
        Assert.Equal(3, probe.BarsRun);
    }

    [Fact]
    public void A_bar_allocating_past_the_bound_is_named()
    {
        var probe = BudgetProbe.Create();
        probe.AllocateOnBar = 4;

        var failure = Assert.Throws<ScriptLimitExceededException>(() => Run(probe, new RunLimits { MaxAllocatedBytesPerBar = 1_000_000 }));

        Assert.Equal((ScriptLimit.AllocatedBytesPerBar, 4), (failure.Limit, failure.BarIndex));
        Assert.Contains("RunLimits.MaxAllocatedBytesPerBar (1,000,000)", failure.Message);
    }

    [Fact]
    public void Cancelling_a_run_without_limits_stops_it_at_the_next_stride_of_1024_bars()
    {
        using var cancellation = new CancellationTokenSource();
        var probe = BudgetProbe.Create();
        probe.CancelOnBar = 6;
        probe.Cancellation = cancellation;
        Bars bars = TestBars.Closes([.. Enumerable.Range(1, 3000).Select(i => (double)i)]);

        var failure = Assert.Throws<OperationCanceledException>(() =>
            new RuntimeEnvironment().RunIndicator(probe, bars, new RunOptions { Cancellation = cancellation.Token }));

        Assert.Equal(cancellation.Token, failure.CancellationToken);
        Assert.Equal(1024, probe.BarsRun); // Bars 0..1023 ran in one call; the token is looked at before bar 1024.
        Assert.Contains("stopped on bar 1024", failure.Message);
    }

    [Fact]
    public void Cancelling_a_run_with_limits_stops_it_as_the_next_bar_starts()
    {
        using var cancellation = new CancellationTokenSource();
        var probe = BudgetProbe.Create();
        probe.CancelOnBar = 6;
        probe.Cancellation = cancellation;

        var failure = Assert.Throws<OperationCanceledException>(() => new RuntimeEnvironment().RunIndicator(
            probe, s_bars, new RunOptions { Cancellation = cancellation.Token, Limits = new RunLimits { Timeout = TimeSpan.FromHours(1) } }));

        Assert.Equal(cancellation.Token, failure.CancellationToken);
        Assert.Equal(7, probe.BarsRun);
        Assert.Contains("stopped on bar 7", failure.Message);
    }

    [Fact]
    public void A_token_cancelled_before_the_run_runs_no_bar()
    {
        var probe = BudgetProbe.Create();

        Assert.Throws<OperationCanceledException>(() =>
            new RuntimeEnvironment().RunIndicator(probe, s_bars, new RunOptions { Cancellation = new CancellationToken(canceled: true) }));

        Assert.Equal(0, probe.BarsRun);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(null, 0L, null)]
    [InlineData(null, null, -1L)]
    public void Bounds_must_be_positive(int? timeoutMs, long? steps, long? bytes)
    {
        var limits = new RunLimits
        {
            Timeout = timeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
            MaxStepsPerBar = steps,
            MaxAllocatedBytesPerBar = bytes,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => Run(BudgetProbe.Create(), limits));
    }

    private static void Run(BudgetProbe probe, RunLimits limits) =>
        new RuntimeEnvironment().RunIndicator(probe, s_bars, new RunOptions { Limits = limits });
}
