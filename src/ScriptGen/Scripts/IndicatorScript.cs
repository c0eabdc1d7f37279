using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// The base of indicator scripts (Pine's <c>indicator()</c>): computes and plots values, places no
/// orders. Declare one with <see cref="IndicatorAttribute"/> on a <c>partial class</c>; the generator
/// derives it from this class.
/// </summary>
public abstract class IndicatorScript : Script
{
    /// <summary>
    /// Declares an alert condition: on each bar where <paramref name="condition"/> holds, the run's result lists an
    /// alert titled <paramref name="title"/> with <paramref name="message"/>, its placeholders (<c>{{close}}</c>,
    /// <c>{{ticker}}</c>, <c>{{plot_0}}</c>, <c>{{plot("title")}}</c>, ...) replaced by the bar's values, as a live
    /// alert created on the condition would have fired. Fires at most once a bar. Pine: <c>alertcondition(condition,
    /// title, message)</c>, which strategies do not have.
    /// </summary>
    /// <param name="condition">When the alert fires.</param>
    /// <param name="title">The condition's name (Pine's <c>title</c>).</param>
    /// <param name="message">The alert's text, with placeholders.</param>
    /// <param name="callerMember">Filled in by the compiler: with <paramref name="callerLine"/>, which call site this is.</param>
    /// <param name="callerLine">Filled in by the compiler.</param>
    /// <exception cref="ScriptRuntimeException">Called outside the bar loop (in <c>Setup()</c>).</exception>
    protected void AlertCondition(
        bool condition,
        string title = "",
        string message = "",
        [CallerMemberName] string callerMember = "",
        [CallerLineNumber] int callerLine = 0)
    {
        long time = ReadTime(0); // Throws outside the bar loop, naming where bar values are available.
        if (condition)
        {
            Alerts.Fire(
                new AlertCallSite(callerMember, callerLine), Cursor.Index, time, AlertSource.AlertCondition, title ?? string.Empty,
                message ?? string.Empty, AlertFrequency.OncePerBar, closingExecution: true);
        }
    }
}
