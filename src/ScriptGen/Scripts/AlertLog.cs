namespace ScriptGen;

/// <summary>A call site of <c>Alert</c> or <c>AlertCondition</c>: its member and line, as the compiler gives them.</summary>
internal readonly record struct AlertCallSite(string Member, int Line);

/// <summary>
/// The alerts a run fired, in order, with each call site's once-a-bar rule applied. Messages of conditions
/// keep their placeholders here; the result replaces them once the run's plots are complete (TradingView reads
/// them when the bar's execution has ended, so a plot drawn after the condition counts).
/// </summary>
internal sealed class AlertLog
{
    private readonly bool _enabled;
    private readonly List<AlertEvent> _fired = [];
    private readonly List<AlertCallSite> _firedOnBar = [];
    private int _bar = -1;

    public AlertLog()
        : this(enabled: true)
    {
    }

    private AlertLog(bool enabled) => _enabled = enabled;

    /// <summary>Records nothing: the log of an imported indicator.</summary>
    public static AlertLog Off { get; } = new(enabled: false);

    /// <summary>The alerts fired, in the order they fired.</summary>
    public IReadOnlyList<AlertEvent> Fired => _fired;

    public void Fire(
        AlertCallSite site, int bar, long time, AlertSource source, string? title, string message, AlertFrequency frequency, bool closingExecution)
    {
        if (!_enabled || (frequency == AlertFrequency.OncePerBarClose && !closingExecution))
        {
            return;
        }

        if (frequency != AlertFrequency.All)
        {
            if (bar != _bar)
            {
                _firedOnBar.Clear();
                _bar = bar;
            }

            // Once a bar means once for each call site: two calls on the same bar from different sites both fire.
            if (_firedOnBar.Contains(site))
            {
                return;
            }

            _firedOnBar.Add(site);
        }

        _fired.Add(new AlertEvent(bar, time, source, title, message, frequency));
    }
}
