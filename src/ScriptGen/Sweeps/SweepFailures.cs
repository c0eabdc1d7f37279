namespace ScriptGen;

/// <summary>The runs of a sweep that failed: the one with the lowest run index is thrown, so a grid that fails reports the same run whichever thread got there first, as far as the runs that started allow.</summary>
internal sealed class SweepFailures
{
    private readonly Lock _lock = new();
    private SweepRunException? _first;

    public void Add(SweepRunException failure)
    {
        lock (_lock)
        {
            if (_first is null || failure.RunIndex < _first.RunIndex)
            {
                _first = failure;
            }
        }
    }

    /// <exception cref="SweepRunException">A run failed.</exception>
    public void ThrowFirst()
    {
        if (_first is not null)
        {
            throw _first;
        }
    }
}
