using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ScriptGen.CompilerServices;

/// <summary>
/// The calls the script engine inserts into untrusted scripts: <see cref="Step"/> at the top of every
/// loop body, <see cref="Enter"/> at the entry of every method, accessor, lambda and local function.
/// They count against the running thread's budget (<see cref="RunLimits"/>), so a script that loops
/// forever inside one bar, or recurses without end, is stopped with
/// <see cref="ScriptLimitExceededException"/> instead of hanging or crashing the host.
/// </summary>
/// <remarks>
/// A run with no limits and no cancellation installs no budget: <see cref="Step"/> is then a
/// thread-static read and a test. <see cref="Enter"/> always checks the stack, because a stack
/// overflow ends the process and cannot be caught.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptBudget
{
    // t_ marks thread-static fields (naming rules cannot tell them from other static fields).
#pragma warning disable IDE1006
    [ThreadStatic]
    private static RunBudget? t_current;
#pragma warning restore IDE1006

    /// <summary>The budget of the run on this thread, or null (set by the run for its duration).</summary>
    internal static RunBudget? Current
    {
        get => t_current;
        set => t_current = value;
    }

    /// <summary>
    /// Runs <paramref name="action"/> with a budget of <paramref name="limits"/> on this thread, counted as a
    /// script's setup: for hosts that run an untrusted script's code outside a run, such as its static
    /// initializers (when its metadata is first read) and its constructor (when an instance is created). A
    /// run installs its own budget from <see cref="RunOptions.Limits"/>.
    /// </summary>
    /// <exception cref="ScriptLimitExceededException">The code exceeded a bound.</exception>
    public static T Enforce<T>(RunLimits limits, string scriptTitle, Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(action);
        limits.Validate();
        RunBudget? outer = t_current;
        t_current = new RunBudget(limits, scriptTitle, CancellationToken.None);
        try
        {
            return action();
        }
        finally
        {
            t_current = outer;
        }
    }

    /// <summary>One loop iteration of an untrusted script.</summary>
    /// <exception cref="ScriptLimitExceededException">The run exceeded a bound.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Step()
    {
        RunBudget? budget = t_current;
        if (budget is not null && --budget.Countdown <= 0)
        {
            budget.Checkpoint();
        }
    }

    /// <summary>The entry of a method, accessor, lambda or local function of an untrusted script.</summary>
    /// <exception cref="ScriptLimitExceededException">The stack is nearly exhausted, or the run exceeded a bound.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Enter()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RunBudget.StackExhausted(t_current);
        }

        Step();
    }
}
