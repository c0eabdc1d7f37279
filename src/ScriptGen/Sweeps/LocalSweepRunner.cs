using ScriptGen.CompilerServices;

namespace ScriptGen;

/// <summary>
/// Runs a sweep on this machine's cores (<see cref="SweepOptions.MaxDegreeOfParallelism"/>), every run reading the one
/// shared copy of the bars, with <c>ta</c> series shared across runs where the grid allows
/// (<see cref="SweepOptions.SharedSeriesMemory"/>). The runner used when <see cref="SweepOptions.Runner"/> is null.
/// </summary>
public sealed class LocalSweepRunner : ISweepRunner
{
    /// <summary>The runner; it holds no state, so one serves every sweep.</summary>
    public static LocalSweepRunner Instance { get; } = new();

    private LocalSweepRunner()
    {
    }

    /// <inheritdoc/>
    public void Run(SweepWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        CancellationToken cancellationToken = work.Cancellation;
        SweepGrid grid = work.Grid;
        RuntimeEnvironment environment = work.Environment;
        using SharedSeriesSession? shared = grid.StartSharing(work, environment.Namespaces);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = work.Options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        try
        {
            Parallel.For(0, work.RunCount, parallel, (index, loop) =>
            {
                int symbol = work.SymbolOf(index);
                SharedCallPlan? plan = null;
                bool succeeded = false;
                try
                {
                    StrategyScript script = grid.Create(work.GridEntryOf(index));
                    Bars bars = work.Symbols[symbol].Bars;
                    if (shared is not null)
                    {
                        plan = shared.PlanFor(script, symbol, bars.Count);
                        script.Attach(plan);
                    }

                    PerformanceSummary summary = environment.RunStrategy(script, bars, work.RunOptionsFor(symbol)).Summary;
                    succeeded = true;
                    work.Complete(index, summary);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    loop.Stop();
                }
                catch (ScriptEngineException failure)
                {
                    work.Fail(index, failure);
                    loop.Stop();
                }
                finally
                {
                    plan?.Complete(succeeded);
                }
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Rethrown below with the caller's token.
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (shared is not null)
        {
            work.ReportSharing(shared.ToSharing());
        }
    }
}
