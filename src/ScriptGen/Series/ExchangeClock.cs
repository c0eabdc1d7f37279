namespace ScriptGen;

/// <summary>
/// The exchange time zone's UTC offset at bar times, without a time zone conversion per read: the
/// offset is looked up at the start and end of each UTC day a bar falls in and cached; a day whose
/// two offsets differ holds a transition, found once by bisection to the millisecond.
/// </summary>
/// <remarks>
/// Assumes a zone changes its offset at most once within a UTC day, which holds for every zone of
/// the IANA database in the years markets have data for (transitions are months apart). A zone
/// without adjustment rules has one offset, read once.
/// </remarks>
internal sealed class ExchangeClock
{
    private readonly TimeZoneInfo _zone;
    private readonly bool _fixed;
    private readonly long _fixedOffset;
    private Day _recent = Day.None;
    private Day _older = Day.None;

    public ExchangeClock(TimeZoneInfo zone)
    {
        _zone = zone;
        _fixed = zone.GetAdjustmentRules().Length == 0;
        _fixedOffset = (long)zone.BaseUtcOffset.TotalMilliseconds;
    }

    /// <summary>The zone's clock for <paramref name="symbol"/>.</summary>
    /// <exception cref="ScriptEngineException">The symbol's time zone is not a known IANA (or Windows) id.</exception>
    public static ExchangeClock For(SymbolInfo symbol) => new(symbol.GetTimeZone());

    /// <summary>The offset from UTC, in milliseconds, at the instant <paramref name="utcMilliseconds"/>.</summary>
    public long OffsetAt(long utcMilliseconds)
    {
        if (_fixed)
        {
            return _fixedOffset;
        }

        long day = CivilCalendar.DaysOf(utcMilliseconds);
        if (day != _recent.Index)
        {
            if (day == _older.Index)
            {
                (_recent, _older) = (_older, _recent);
            }
            else
            {
                _older = _recent;
                _recent = Measure(day);
            }
        }

        return utcMilliseconds < _recent.Transition ? _recent.Before : _recent.After;
    }

    private Day Measure(long day)
    {
        long start = day * CivilCalendar.MillisecondsPerDay;
        long end = start + CivilCalendar.MillisecondsPerDay - 1;
        long before = Offset(start);
        long after = Offset(end);
        if (before == after)
        {
            return new Day(day, before, after, end + 1);
        }

        // The first millisecond with the new offset.
        long low = start, high = end;
        while (low < high)
        {
            long middle = low + (high - low) / 2;
            if (Offset(middle) == before)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return new Day(day, before, after, low);
    }

    private long Offset(long utcMilliseconds) =>
        (long)_zone.GetUtcOffset(DateTimeOffset.FromUnixTimeMilliseconds(utcMilliseconds)).TotalMilliseconds;

    /// <summary>One UTC day's offsets: <see cref="Before"/> until <see cref="Transition"/>, <see cref="After"/> from it.</summary>
    private readonly record struct Day(long Index, long Before, long After, long Transition)
    {
        public static Day None => new(long.MinValue, 0, 0, 0);
    }
}
