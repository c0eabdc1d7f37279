namespace ScriptGen.Cli.Sweeps;

/// <summary>The sweep's latest progress, read by the progress bar's refresh loop (reports come from the threads running the sweep).</summary>
internal sealed class LatestProgress : IProgress<SweepProgress>
{
    private int _completed;

    public int Completed => Volatile.Read(ref _completed);

    public void Report(SweepProgress value)
    {
        // Reports from several threads may arrive out of order: keep the largest.
        int seen;
        do
        {
            seen = Volatile.Read(ref _completed);
        }
        while (value.Completed > seen && Interlocked.CompareExchange(ref _completed, value.Completed, seen) != seen);
    }
}
