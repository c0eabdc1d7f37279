namespace ScriptGen.Ta;

/// <summary>
/// Tells when a call falls on a new day of the exchange's time zone (the calendar date there changes,
/// or it is the first call). O(1): the time zone is consulted once per day, not once per bar.
/// </summary>
internal struct ExchangeDay
{
    private const long MillisecondsPerDay = 86_400_000;

    private long _day;
    private long _nextDayStart;
    private bool _started;

    /// <summary>Whether <paramref name="time"/> (Unix ms UTC, not earlier than the last call's) starts a new day in <paramref name="zone"/>.</summary>
    public bool IsNewDay(long time, TimeZoneInfo zone)
    {
        if (_started && time < _nextDayStart)
        {
            return false;
        }

        long offset = Offset(time, zone);
        long day = Math.DivRem(time + offset, MillisecondsPerDay, out long remainder) - (remainder < 0 ? 1 : 0);
        bool isNew = !_started || day != _day;
        _day = day;
        _started = true;

        // The next local midnight in UTC, at the offset in force then (a DST change may fall in the day).
        // The earlier of the two candidates is kept: a boundary too early only costs one more lookup.
        long guess = (day + 1) * MillisecondsPerDay - offset;
        _nextDayStart = Math.Min(guess, (day + 1) * MillisecondsPerDay - Offset(guess, zone));
        return isNew;
    }

    private static long Offset(long time, TimeZoneInfo zone) =>
        (long)zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(time)).TotalMilliseconds;
}
