using ScriptGen;
using ScriptGen.CompilerServices;

namespace ScriptGen.Tests.Scripts;

/// <summary>
/// Does on chosen bars what a run's limits must stop: steps as an instrumented (untrusted) loop would,
/// sleeps, allocates, cancels its own run, and catches the limit's exception to try to carry on.
/// </summary>
[Indicator("budget probe")]
public partial class BudgetProbe
{
    public int StepsPerBar { get; set; }

    public int SleepOnBar { get; set; } = -1;

    public int SleepMilliseconds { get; set; }

    public int AllocateOnBar { get; set; } = -1;

    public int CancelOnBar { get; set; } = -1;

    public CancellationTokenSource? Cancellation { get; set; }

    /// <summary>Catch the limit's exception inside the loop and keep stepping, as a hostile script would.</summary>
    public bool CatchAndCarryOn { get; set; }

    public int BarsRun { get; private set; }

    public int CaughtTimes { get; private set; }

    public object? Allocated { get; private set; }

    protected override void Process()
    {
        BarsRun++;
        for (int i = 0; i < StepsPerBar; i++)
        {
            if (CatchAndCarryOn)
            {
                try
                {
                    ScriptBudget.Step();
                }
                catch (ScriptLimitExceededException)
                {
                    CaughtTimes++;
                }
            }
            else
            {
                ScriptBudget.Step();
            }
        }

        if (bar_index == SleepOnBar)
        {
            Thread.Sleep(SleepMilliseconds);
        }

        if (bar_index == AllocateOnBar)
        {
            Allocated = new double[1_000_000];
        }

        if (bar_index == CancelOnBar)
        {
            Cancellation!.Cancel();
        }
    }

    /// <summary>Recursion without end, each call entering as instrumented code does.</summary>
    public int Recurse(int depth)
    {
        ScriptBudget.Enter();
        return Recurse(depth + 1) + 1;
    }
}

/// <summary>Recurses without end on bar 1.</summary>
[Indicator("recursion probe")]
public partial class RecursionProbe
{
    protected override void Process()
    {
        if (bar_index == 1)
        {
            Recurse(0);
        }
    }

    private static int Recurse(int depth)
    {
        ScriptBudget.Enter();
        return Recurse(depth + 1) + 1;
    }
}
