namespace ScriptGen;

/// <summary>
/// Counts finished runs and tells <see cref="IProgress{T}"/> at most about a thousand times a sweep (and always at the
/// end): a report per run of a million-run grid would flood a UI thread that <see cref="Progress{T}"/> posts to.
/// </summary>
internal sealed class SweepProgressReporter(IProgress<SweepProgress>? progress, int total)
{
    private readonly int _every = Math.Max(1, total / 1000);
    private int _completed;

    public void RunFinished()
    {
        int completed = Interlocked.Increment(ref _completed);
        if (progress is not null && (completed % _every == 0 || completed == total))
        {
            progress.Report(new SweepProgress(completed, total));
        }
    }
}
