namespace ScriptGen;

/// <summary>
/// One <c>HHMM-HHMM</c> range of a <see cref="TradingSession"/>, as minutes of the exchange's wall clock.
/// An end at or before the start closes on the next day (<c>1700-1600</c>); equal ends are a whole day
/// (<c>1700-1700</c> runs 24 hours from 17:00).
/// </summary>
/// <param name="StartMinute">The opening minute of the day, 0 to 1439.</param>
/// <param name="EndMinute">The closing minute, 0 to 1440 (<c>2400</c> is the end of the day).</param>
public readonly record struct SessionRange(int StartMinute, int EndMinute)
{
    /// <summary>Whether the range closes on the day after it opens (its end is at or before its start).</summary>
    public bool EndsNextDay => EndMinute <= StartMinute;

    /// <summary>The range's length in minutes (1440 for a whole day).</summary>
    public int LengthMinutes => EndsNextDay ? EndMinute + 1440 - StartMinute : EndMinute - StartMinute;
}
