namespace ScriptGen;

/// <summary>
/// The bars of a run's other contexts (<see cref="ImportContexts.All"/> after the chart's), pinned for the length of
/// the run like the chart's (<see cref="PinnedBars"/>), and their scripts marked as waiting for their first bar.
/// Disposing unpins.
/// </summary>
internal sealed class PinnedContexts : IDisposable
{
    private readonly PinnedBars?[] _pins;

    public PinnedContexts(IReadOnlyList<ImportContext> contexts)
    {
        _pins = new PinnedBars?[contexts.Count];
        for (int c = 0; c < contexts.Count; c++)
        {
            ImportContext context = contexts[c];
            if (context.IsChart)
            {
                continue;
            }

            _pins[c] = new PinnedBars(context.Bars);
            context.Done = 0;
            context.AdvancedLast = false;
            foreach (Script script in context.Scripts)
            {
                script.AwaitingFirstBar = true;
            }
        }
    }

    /// <summary>The cursor over context <paramref name="index"/>'s bars.</summary>
    public BarCursor CursorOf(int index) => _pins[index]!.Cursor;

    public void Dispose()
    {
        foreach (PinnedBars? pin in _pins)
        {
            pin?.Dispose();
        }
    }
}
