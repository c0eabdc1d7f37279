using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen;

// Work shared across the runs of a sweep: the generator finds the call sites whose value on every bar depends only
// on the bars and on some inputs, and emits these members so that runs with equal values of those inputs compute
// each such series once (docs/sweeps.md, "Work shared across runs").
public abstract partial class Script
{
    /// <summary>How many call sites a sweep may share between runs (emitted by the generator; 0 when none).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual int SharedCallCount => 0;

    /// <summary>The key of shareable call site <paramref name="site"/>: the values of the inputs its arguments read (emitted by the generator).</summary>
    /// <param name="site">The site's number, 0 to <see cref="SharedCallCount"/> - 1.</param>
    /// <returns>A value equal for two runs exactly when the site computes the same series in both.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual object GetSharedCallKey(int site) =>
        throw new ArgumentOutOfRangeException(nameof(site), site, $"{GetType().Name} has no shared call sites.");

    /// <summary>Takes each shareable site's series for this run from <paramref name="plan"/> (emitted by the generator).</summary>
    /// <param name="plan">The run's plan.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected virtual void AttachSharedCalls(SharedCallPlan plan) { }

    internal int SharedCallSites => SharedCallCount;

    internal object SharedCallKeyOf(int site) => GetSharedCallKey(site);

    internal void Attach(SharedCallPlan plan) => AttachSharedCalls(plan);
}
