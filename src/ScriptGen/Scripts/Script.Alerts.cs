using System.Runtime.CompilerServices;

namespace ScriptGen;

public abstract partial class Script
{
    private AlertLog _alerts = AlertLog.Off;

    /// <summary>Whether the body is running again after a fill within the bar (calc_on_order_fills), not at the bar's close.</summary>
    private protected bool InIntrabarRun { get; set; }

    /// <summary>The alerts this run fired (none recorded for an imported indicator, whose alerts a live chart would not fire).</summary>
    internal AlertLog Alerts => _alerts;

    /// <summary>
    /// Fires an alert with <paramref name="message"/> on the current bar: the run's result lists it
    /// (<see cref="IndicatorResult.Alerts"/>) with the bar and its time, where a live "any alert() function call"
    /// alert on the script would have fired. <paramref name="frequency"/> limits how often this call site fires:
    /// once a bar (the default), once a bar from the bar's closing execution only, or on every call (in a loop,
    /// every iteration). Pine: <c>alert(message, freq)</c>.
    /// </summary>
    /// <param name="message">The alert's text (a null message is recorded as an empty one).</param>
    /// <param name="frequency">Pine's <c>alert.freq_once_per_bar</c>, <c>alert.freq_once_per_bar_close</c> or <c>alert.freq_all</c>.</param>
    /// <param name="callerMember">Filled in by the compiler: with <paramref name="callerLine"/>, which call site this is.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    /// <exception cref="ScriptRuntimeException">Called outside the bar loop (in <c>Setup()</c>).</exception>
    protected void Alert(
        string? message,
        AlertFrequency frequency = AlertFrequency.OncePerBar,
        [CallerMemberName] string callerMember = "",
        [CallerLineNumber] int callerLine = 0)
    {
        long time = ReadTime(0); // Throws outside the bar loop, naming where bar values are available.
        _alerts.Fire(new AlertCallSite(callerMember, callerLine), Cursor.Index, time, AlertSource.Alert, title: null, message ?? string.Empty, frequency, closingExecution: !InIntrabarRun);
    }

    /// <summary>Starts recording alerts for a run the result reports (not for an imported indicator).</summary>
    private void StartAlerts(bool imported) => _alerts = imported ? AlertLog.Off : new AlertLog();
}
