namespace ScriptGen;

/// <summary>The unit of integer bar times counted from 1970-01-01 UTC (<see cref="BarDataOptions.EpochUnit"/>).</summary>
public enum EpochUnit
{
    /// <summary>
    /// Chosen from the first row's magnitude: below 10^11 seconds (to the year 5138), below 10^14
    /// milliseconds (from 1973), below 10^17 microseconds, else nanoseconds. Every other row must be
    /// of the same magnitude, so a column cannot mix units unnoticed.
    /// </summary>
    Auto,

    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Milliseconds (Pine's <c>time</c>).</summary>
    Milliseconds,

    /// <summary>Microseconds (truncated to milliseconds, toward the past).</summary>
    Microseconds,

    /// <summary>Nanoseconds (truncated to milliseconds, toward the past).</summary>
    Nanoseconds,
}
