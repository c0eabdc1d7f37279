namespace ScriptGen;

/// <summary>
/// One alert a run fired: where a live alert on the script would have fired on that bar, with its message.
/// </summary>
/// <param name="Bar">The index of the bar it fired on.</param>
/// <param name="Time">That bar's open time, Unix milliseconds UTC.</param>
/// <param name="Source">Whether an <c>Alert(...)</c> call or an <c>AlertCondition(...)</c> fired.</param>
/// <param name="Title">The condition's title for <see cref="AlertSource.AlertCondition"/>; <c>null</c> for an <c>Alert(...)</c> call.</param>
/// <param name="Message">
/// The message: an <c>Alert(...)</c> call's text as given; an <c>AlertCondition(...)</c>'s with its placeholders
/// (<c>{{close}}</c>, <c>{{ticker}}</c>, ...) replaced by the bar's values.
/// </param>
/// <param name="Frequency">The call's frequency; <see cref="AlertFrequency.OncePerBar"/> for a condition, which fires at most once a bar.</param>
public sealed record AlertEvent(int Bar, long Time, AlertSource Source, string? Title, string Message, AlertFrequency Frequency);

/// <summary>What fired an <see cref="AlertEvent"/>.</summary>
public enum AlertSource
{
    /// <summary>An <c>Alert(message, frequency)</c> call: Pine's <c>alert()</c>.</summary>
    Alert,

    /// <summary>An <c>AlertCondition(condition, title, message)</c> whose condition held: Pine's <c>alertcondition()</c>.</summary>
    AlertCondition,
}
