namespace ScriptGen;

/// <summary>
/// Where a sweep's runs run: on this machine's cores (the default, when <see cref="SweepOptions.Runner"/> is null) or
/// elsewhere, for example on an Orleans cluster (<c>ScriptGen.Orleans</c>' <c>ClusterSweepRunner</c>). A runner only
/// computes each run's summary; the sweep ranks them and runs the kept best runs again in full on this machine, so
/// every runner gives the same table.
/// </summary>
public interface ISweepRunner
{
    /// <summary>
    /// Runs every run of <paramref name="work"/>, handing each summary to <see cref="SweepWork.Complete"/> and each
    /// failure to <see cref="SweepWork.Fail"/>; returns when every run has one or the other, or after a failure.
    /// </summary>
    /// <param name="work">The runs: the script, the symbols, each run's inputs and options.</param>
    /// <exception cref="OperationCanceledException"><see cref="SweepWork.Cancellation"/> was cancelled.</exception>
    void Run(SweepWork work);
}
