namespace ScriptGen;

/// <summary>
/// A session on the calendar: a <see cref="TradingSession"/> (and a symbol's pre- and post-market ones) in a
/// time zone, turned into trading days and the periods of higher timeframes. The one definition of a
/// trading ("session") day that <c>timeframe.change</c>, <c>time(timeframe)</c>, <c>ta.vwap</c>'s anchor and
/// <c>session.isfirstbar</c> share.
/// </summary>
/// <remarks>
/// <para>A bar belongs to the trading day of the session run it falls in, which is the local date that
/// run's last minute falls on (a forex bar at Sunday 17:00 New York is Monday's); a bar outside every
/// run belongs to its own local date. On an intraday chart a bar is placed by its last instant, so the
/// bar that contains a session's opening starts the new day even when it opens a little before it.</para>
/// <para>An instance keeps small caches of the days it looked at last, so a run reads a bar's day in
/// constant time without allocating. It is not thread-safe: use one per run (the runtime does).</para>
/// </remarks>
public sealed class SessionSchedule
{
    private const long MillisecondsPerMinute = 60_000;
    private const long MillisecondsPerDay = CivilCalendar.MillisecondsPerDay;
    private const int DayCacheSize = 4;
    private const int PeriodCacheSize = 8;

    private readonly TradingSession?[] _parts; // regular, pre-market, post-market
    private readonly ExchangeClock _clock;
    private readonly long _lastInstantOffset;
    private readonly int _scheduledPerWeek;
    private readonly DayBounds[] _days = new DayBounds[DayCacheSize];
    private readonly PeriodBounds[] _periods = new PeriodBounds[PeriodCacheSize];
    private int _nextDay;
    private int _nextPeriod;
    private SessionOccurrence _recent = SessionOccurrence.None;

    /// <summary>A schedule of <paramref name="session"/> in <paramref name="timeZone"/> for bars <paramref name="chart"/> long (null: bars placed by their open time).</summary>
    public SessionSchedule(TradingSession session, TimeZoneInfo timeZone, Timeframe? chart = null)
        : this(session, null, null, timeZone, chart)
    {
    }

    private SessionSchedule(TradingSession regular, TradingSession? preMarket, TradingSession? postMarket, TimeZoneInfo timeZone, Timeframe? chart)
    {
        ArgumentNullException.ThrowIfNull(regular);
        ArgumentNullException.ThrowIfNull(timeZone);
        Session = regular;
        PreMarket = preMarket;
        PostMarket = postMarket;
        TimeZone = timeZone;
        _parts = [regular, preMarket, postMarket];
        _clock = new ExchangeClock(timeZone);
        _lastInstantOffset = chart is { IsIntraday: true } c ? c.InSeconds * 1000 - 1 : 0;
        _scheduledPerWeek = System.Numerics.BitOperations.PopCount((uint)regular.DayMask);
        Array.Fill(_days, DayBounds.Empty);
        Array.Fill(_periods, PeriodBounds.Empty);
    }

    /// <summary>The schedule of <paramref name="symbol"/>'s sessions in its time zone, for bars <paramref name="chart"/> long.</summary>
    /// <exception cref="ScriptEngineException">The symbol's time zone is unknown, or a session string does not read (<see cref="SessionFormatException"/>).</exception>
    public static SessionSchedule For(SymbolInfo symbol, Timeframe? chart = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return new SessionSchedule(symbol.GetSession(), symbol.GetPreMarket(), symbol.GetPostMarket(), symbol.GetTimeZone(), chart);
    }

    /// <summary>The regular session.</summary>
    public TradingSession Session { get; }

    /// <summary>The pre-market session, if any.</summary>
    public TradingSession? PreMarket { get; }

    /// <summary>The post-market session, if any.</summary>
    public TradingSession? PostMarket { get; }

    /// <summary>The time zone the sessions are written in.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>The trading day a bar opening at <paramref name="barTime"/> (Unix ms UTC) belongs to, as days since 1970-01-01.</summary>
    public long TradingDayOf(long barTime) => TradingDayAt(barTime + _lastInstantOffset);

    /// <summary>The trading day a bar opening at <paramref name="barTime"/> belongs to, as a date.</summary>
    public DateOnly TradingDateOf(long barTime) => DateOnly.FromDayNumber((int)(TradingDayOf(barTime) + DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber));

    /// <summary>The open time (Unix ms UTC) of the <paramref name="timeframe"/> period the bar opening at <paramref name="barTime"/> falls in, on this schedule's grid.</summary>
    public long PeriodOpen(Timeframe timeframe, long barTime) => Period(timeframe, barTime).Open;

    /// <summary>The close time (Unix ms UTC, exclusive) of the <paramref name="timeframe"/> period the bar opening at <paramref name="barTime"/> falls in.</summary>
    public long PeriodClose(Timeframe timeframe, long barTime) => Period(timeframe, barTime).Close;

    /// <summary>The offset from a bar's open to its last instant (intraday charts), which places it in a day.</summary>
    internal long LastInstantOffset => _lastInstantOffset;

    /// <summary>The trading day of the instant <paramref name="instant"/>: its session run's, else its local date.</summary>
    internal long TradingDayAt(long instant)
    {
        if (_recent.Contains(instant))
        {
            return _recent.TradingDay;
        }

        for (int part = 0; part < _parts.Length; part++)
        {
            if (_parts[part] is { } session && TryFind(session, instant, out SessionOccurrence found))
            {
                _recent = found;
                return found.TradingDay;
            }
        }

        return LocalDay(instant);
    }

    /// <summary>The run of <paramref name="session"/> containing <paramref name="instant"/> (the latest opened when runs overlap).</summary>
    internal bool TryFind(TradingSession session, long instant, out SessionOccurrence occurrence)
    {
        occurrence = SessionOccurrence.None;
        long localDay = LocalDay(instant);
        bool found = false;
        for (long day = localDay - 1; day <= localDay; day++)
        {
            foreach (SessionRange range in session.RangeSpan)
            {
                if (TryOccurrence(session, range, day, out SessionOccurrence run) && run.Contains(instant) && (!found || run.Open > occurrence.Open))
                {
                    occurrence = run;
                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>The regular session's run containing the bar's open, if any.</summary>
    internal bool TryFindRegular(long barTime, out SessionOccurrence occurrence) => TryFind(Session, barTime, out occurrence);

    /// <summary>Whether the bar's open falls in a run of the pre-market (and not the regular) session.</summary>
    internal bool IsIn(TradingSession? session, long barTime) => session is not null && TryFind(session, barTime, out _);

    /// <summary>The first opening and last closing of every session on a trading day, and of the regular session alone.</summary>
    internal DayBounds Day(long tradingDay)
    {
        for (int i = 0; i < _days.Length; i++)
        {
            if (_days[i].TradingDay == tradingDay)
            {
                return _days[i];
            }
        }

        DayBounds bounds = MeasureDay(tradingDay);
        _days[_nextDay] = bounds;
        _nextDay = (_nextDay + 1) % _days.Length;
        return bounds;
    }

    /// <summary>The <paramref name="timeframe"/> period the bar opening at <paramref name="barTime"/> falls in.</summary>
    internal PeriodBounds Period(Timeframe timeframe, long barTime)
    {
        if (timeframe.IsIntraday)
        {
            return IntradayPeriod(timeframe, barTime);
        }

        long tradingDay = TradingDayOf(barTime);
        for (int i = 0; i < _periods.Length; i++)
        {
            ref readonly PeriodBounds cached = ref _periods[i];
            if (cached.TradingDay == tradingDay && cached.Timeframe == timeframe)
            {
                return cached;
            }
        }

        PeriodBounds bounds = CalendarPeriod(timeframe, tradingDay);
        _periods[_nextPeriod] = bounds;
        _nextPeriod = (_nextPeriod + 1) % _periods.Length;
        return bounds;
    }

    /// <summary>An intraday period: tiles of the timeframe counted from the opening of the session run the bar opens in (cut at its close), else from its day's opening.</summary>
    private PeriodBounds IntradayPeriod(Timeframe timeframe, long barTime)
    {
        long step = timeframe.InSeconds * 1000;
        long anchor;
        long limit = long.MaxValue;
        if (_recent.Contains(barTime) || TryFindAny(barTime, out _recent))
        {
            anchor = _recent.Open;
            limit = _recent.Close;
        }
        else
        {
            anchor = DayOpen(LocalDay(barTime));
        }

        long open = anchor + FloorDivide(barTime - anchor, step) * step;
        return new PeriodBounds(timeframe, long.MinValue, open, Math.Min(open + step, Math.Max(limit, open + 1)));
    }

    private bool TryFindAny(long instant, out SessionOccurrence occurrence)
    {
        for (int part = 0; part < _parts.Length; part++)
        {
            if (_parts[part] is { } session && TryFind(session, instant, out occurrence))
            {
                return true;
            }
        }

        occurrence = SessionOccurrence.None;
        return false;
    }

    /// <summary>
    /// A period of days, weeks or months holding <paramref name="tradingDay"/>. Days: the trading day, or for
    /// <c>nD</c> every n scheduled days counted from the year's first. Weeks start on Monday (the trading day
    /// that is Monday's), <c>nW</c> every n weeks counted from the year's first Monday. Months: calendar
    /// months of trading days, <c>nM</c> counted from January. Each opens at its first scheduled day's opening.
    /// </summary>
    private PeriodBounds CalendarPeriod(Timeframe timeframe, long tradingDay)
    {
        int n = timeframe.Multiplier;
        switch (timeframe.Unit)
        {
            case TimeframeUnit.Days when n == 1:
                return new PeriodBounds(timeframe, tradingDay, DayOpen(tradingDay), DayClose(tradingDay));
            case TimeframeUnit.Days:
            {
                (int year, _, _) = CivilCalendar.CivilFromDays(tradingDay);
                long januaryFirst = CivilCalendar.DaysFromCivil(year, 1, 1);
                long ordinal = Math.Max(0, ScheduledBetween(januaryFirst, tradingDay) - (IsScheduled(tradingDay) ? 0 : 1));
                long bucket = ordinal / n;
                long first = NthScheduled(januaryFirst, bucket * n);
                long next = NthScheduled(januaryFirst, (bucket + 1) * n);
                long nextYear = CivilCalendar.DaysFromCivil(year + 1, 1, 1);
                return new PeriodBounds(timeframe, tradingDay, DayOpen(first), DayOpen(next < nextYear ? next : FirstScheduledFrom(nextYear)));
            }

            case TimeframeUnit.Weeks:
            {
                long monday = tradingDay - Modulo(tradingDay + 3, 7); // 1970-01-01 was a Thursday
                (int year, _, _) = CivilCalendar.CivilFromDays(monday);
                long firstMonday = FirstMonday(year);
                long bucketMonday = firstMonday + (monday - firstMonday) / 7 / n * n * 7;
                long nextMonday = Math.Min(bucketMonday + 7L * n, FirstMonday(year + 1));
                return new PeriodBounds(timeframe, tradingDay, DayOpen(FirstScheduledFrom(bucketMonday)), DayOpen(FirstScheduledFrom(nextMonday)));
            }

            default:
            {
                (int year, int month, _) = CivilCalendar.CivilFromDays(tradingDay);
                int firstMonth = (month - 1) / n * n + 1;
                int nextMonth = firstMonth + n;
                long first = CivilCalendar.DaysFromCivil(year, firstMonth, 1);
                long next = nextMonth > 12 ? CivilCalendar.DaysFromCivil(year + 1, 1, 1) : CivilCalendar.DaysFromCivil(year, nextMonth, 1);
                return new PeriodBounds(timeframe, tradingDay, DayOpen(FirstScheduledFrom(first)), DayOpen(FirstScheduledFrom(next)));
            }
        }
    }

    /// <summary>The opening of a trading day: its first session run's, or local midnight when no session runs that day.</summary>
    internal long DayOpen(long tradingDay)
    {
        DayBounds day = Day(tradingDay);
        return day.HasSessions ? day.Open : ToUtc(tradingDay * MillisecondsPerDay);
    }

    /// <summary>The close of a trading day: its last session run's, or the next local midnight when no session runs that day.</summary>
    internal long DayClose(long tradingDay)
    {
        DayBounds day = Day(tradingDay);
        return day.HasSessions ? day.Close : ToUtc((tradingDay + 1) * MillisecondsPerDay);
    }

    private DayBounds MeasureDay(long tradingDay)
    {
        var bounds = DayBounds.Empty with { TradingDay = tradingDay };
        for (int part = 0; part < _parts.Length; part++)
        {
            if (_parts[part] is not { } session)
            {
                continue;
            }

            for (long day = tradingDay - 1; day <= tradingDay; day++)
            {
                foreach (SessionRange range in session.RangeSpan)
                {
                    if (TryOccurrence(session, range, day, out SessionOccurrence run) && run.TradingDay == tradingDay)
                    {
                        bounds = bounds.Including(run, regular: part == 0);
                    }
                }
            }
        }

        return bounds;
    }

    /// <summary>The run of <paramref name="range"/> opening on local day <paramref name="day"/>, when the session trades on the day it belongs to.</summary>
    private bool TryOccurrence(TradingSession session, SessionRange range, long day, out SessionOccurrence occurrence)
    {
        long openLocal = day * MillisecondsPerDay + range.StartMinute * MillisecondsPerMinute;
        long closeLocal = (range.EndsNextDay ? day + 1 : day) * MillisecondsPerDay + range.EndMinute * MillisecondsPerMinute;
        long lastMinute = closeLocal - MillisecondsPerMinute;
        long tradingDay = CivilCalendar.DaysOf(lastMinute);
        if ((session.DayMask & (1 << PineDayOfWeek(tradingDay))) == 0)
        {
            occurrence = SessionOccurrence.None;
            return false;
        }

        // The close is the end of the last minute: a run closing at a daylight-saving change keeps its last minute.
        occurrence = new SessionOccurrence(ToUtc(openLocal), ToUtc(lastMinute) + MillisecondsPerMinute, tradingDay);
        return true;
    }

    private bool IsScheduled(long tradingDay) => (Session.DayMask & (1 << PineDayOfWeek(tradingDay))) != 0;

    /// <summary>The number of scheduled days in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    private long ScheduledBetween(long from, long to)
    {
        long days = to - from;
        long count = days / 7 * _scheduledPerWeek;
        for (long day = from + days / 7 * 7; day < to; day++)
        {
            count += IsScheduled(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The <paramref name="n"/>-th (0-based) scheduled day from <paramref name="from"/>.</summary>
    private long NthScheduled(long from, long n)
    {
        if (_scheduledPerWeek == 0)
        {
            return from + n;
        }

        long day = from + n / _scheduledPerWeek * 7;
        long left = n % _scheduledPerWeek;
        day = FirstScheduledFrom(day);
        while (left > 0)
        {
            day = FirstScheduledFrom(day + 1);
            left--;
        }

        return day;
    }

    private long FirstScheduledFrom(long day)
    {
        for (int i = 0; i < 7; i++)
        {
            if (IsScheduled(day + i))
            {
                return day + i;
            }
        }

        return day; // A session with no days: the calendar day itself.
    }

    private static long FirstMonday(int year)
    {
        long januaryFirst = CivilCalendar.DaysFromCivil(year, 1, 1);
        return januaryFirst + Modulo(7 - Modulo(januaryFirst + 3, 7), 7);
    }

    /// <summary>Pine's day of the week, 1 = Sunday ... 7 = Saturday.</summary>
    private static int PineDayOfWeek(long day) => (int)Modulo(day + 4, 7) + 1;

    private long LocalDay(long instant) => CivilCalendar.DaysOf(instant + _clock.OffsetAt(instant));

    /// <summary>The UTC instant of a wall-clock time of the zone (in a skipped hour, the instant the offset before it would give).</summary>
    private long ToUtc(long local) => local - _clock.OffsetAt(local - _clock.OffsetAt(local));

    private static long Modulo(long value, long divisor)
    {
        long remainder = value % divisor;
        return remainder < 0 ? remainder + divisor : remainder;
    }

    private static long FloorDivide(long value, long divisor) => value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    /// <summary>A trading day's first opening and last closing, of all sessions and of the regular one.</summary>
    internal readonly record struct DayBounds(long TradingDay, long Open, long Close, long RegularOpen, long RegularClose)
    {
        public static DayBounds Empty => new(long.MinValue, long.MaxValue, long.MinValue, long.MaxValue, long.MinValue);

        public bool HasSessions => Open != long.MaxValue;

        public bool HasRegular => RegularOpen != long.MaxValue;

        public DayBounds Including(SessionOccurrence run, bool regular) => this with
        {
            Open = Math.Min(Open, run.Open),
            Close = Math.Max(Close, run.Close),
            RegularOpen = regular ? Math.Min(RegularOpen, run.Open) : RegularOpen,
            RegularClose = regular ? Math.Max(RegularClose, run.Close) : RegularClose,
        };
    }

    /// <summary>A period's open and close (Unix ms UTC, close exclusive), cached by the trading day it was asked for.</summary>
    internal readonly record struct PeriodBounds(Timeframe Timeframe, long TradingDay, long Open, long Close)
    {
        public static PeriodBounds Empty => new(default, long.MinValue, 0, 0);
    }
}
