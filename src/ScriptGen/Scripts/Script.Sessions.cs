using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;

namespace ScriptGen;

public abstract partial class Script
{
    private const int TimeArgumentCacheSize = 8;

    private SessionSchedule? _symbolSchedule;
    private (string Text, Timeframe Timeframe)[]? _timeframes;
    private int _nextTimeframe;
    private (string Session, string? TimeZone, SessionSchedule Schedule)[]? _sessions;
    private int _nextSession;

    /// <summary>Pine's <c>session</c>: where the bar stands in the symbol's session (<c>session.IsMarket</c>, <c>session.IsFirstBar</c>, ...).</summary>
    protected PineSession session => new(this);

    /// <summary>
    /// Pine's <c>time(timeframe)</c>: the open time (Unix ms UTC) of the <paramref name="timeframe"/> bar the current bar
    /// falls in, on the symbol's session grid (a forex <c>"D"</c> bar opens at 17:00 New York the evening before).
    /// </summary>
    /// <param name="timeframe">A Pine timeframe string (<c>"60"</c>, <c>"D"</c>, <c>"W"</c>, ...); empty for the bars' own.</param>
    /// <exception cref="ArgumentException">The timeframe is not a Pine timeframe (the run reports it with the bar and line).</exception>
    protected double TimeIn([TimeframeArgument] string timeframe) => SessionTime(timeframe, null, null, close: false, "TimeIn");

    /// <summary>
    /// Pine's <c>time(timeframe, session, timezone)</c>: na when the current bar does not open inside
    /// <paramref name="session"/>, else the open time (Unix ms UTC) of the <paramref name="timeframe"/> bar it falls in:
    /// for an intraday timeframe a tile counted from that session run's opening, for <c>"D"</c> the run's opening, for
    /// longer ones the period's first session opening. <c>!na(TimeIn(timeframe.Period, "0930-1600"))</c> tells whether a bar is in a session.
    /// </summary>
    /// <param name="timeframe">A Pine timeframe string; empty for the bars' own.</param>
    /// <param name="session">A Pine session string (<c>"0930-1600:23456"</c>); empty or null for the symbol's grid without a test.</param>
    /// <param name="timezone">The zone the session is written in (<c>"America/New_York"</c>, <c>"GMT+2"</c>); null or empty for the symbol's.</param>
    /// <exception cref="ArgumentException">The timeframe, the session or the zone does not read (the run reports it with the bar and line).</exception>
    protected double TimeIn([TimeframeArgument] string timeframe, [SessionArgument] string? session, string? timezone = null) =>
        SessionTime(timeframe, session, timezone, close: false, "TimeIn");

    /// <summary>Pine's <c>time_close(timeframe)</c>: the close time (Unix ms UTC) of the <paramref name="timeframe"/> bar the current bar falls in; a day's last intraday bar closes at the session's close.</summary>
    /// <param name="timeframe">A Pine timeframe string; empty for the bars' own.</param>
    /// <exception cref="ArgumentException">The timeframe is not a Pine timeframe.</exception>
    protected double TimeCloseIn([TimeframeArgument] string timeframe) => SessionTime(timeframe, null, null, close: true, "TimeCloseIn");

    /// <summary>Pine's <c>time_close(timeframe, session, timezone)</c>: na outside <paramref name="session"/>, else the close of the bar <see cref="TimeIn(string, string?, string?)"/> opens.</summary>
    /// <param name="timeframe">A Pine timeframe string; empty for the bars' own.</param>
    /// <param name="session">A Pine session string; empty or null for the symbol's grid without a test.</param>
    /// <param name="timezone">The zone the session is written in; null or empty for the symbol's.</param>
    /// <exception cref="ArgumentException">The timeframe, the session or the zone does not read.</exception>
    protected double TimeCloseIn([TimeframeArgument] string timeframe, [SessionArgument] string? session, string? timezone = null) =>
        SessionTime(timeframe, session, timezone, close: true, "TimeCloseIn");

    /// <summary>The symbol's sessions on the calendar, for this run's bars (built on first use, once per run).</summary>
    /// <exception cref="ScriptEngineException">The symbol's time zone or session does not read.</exception>
    internal SessionSchedule SymbolSchedule => _symbolSchedule ??= SessionSchedule.For(_symbol, _runContext?.Bars.Period);

    /// <summary>The length of a bar in milliseconds.</summary>
    internal long ChartSpanMilliseconds => ChartTimeframe.InSeconds * 1000;

    /// <summary>Pine's <c>timeframe.change(timeframe)</c>: the bar's period differs from the previous bar's (false on the first bar and for a timeframe shorter than the bars').</summary>
    internal bool TimeframeChanged(string timeframe)
    {
        if (Cursor.Index == 0)
        {
            _ = ReadTime(0); // Outside the bar loop this throws, naming the script.
            return false;
        }

        Timeframe chart = ChartTimeframe;
        Timeframe requested = string.IsNullOrEmpty(timeframe) ? chart : ResolveTimeframe(timeframe, "timeframe.Change");
        if (requested.InSeconds < chart.InSeconds)
        {
            return false;
        }

        SessionSchedule schedule = SymbolSchedule;
        return schedule.PeriodOpen(requested, ReadTime(1)) != schedule.PeriodOpen(requested, ReadTime(0));
    }

    /// <summary>Whether the bar contains the opening of its trading day (of its regular session with <paramref name="regular"/>).</summary>
    internal bool IsSessionFirstBar(bool regular)
    {
        long time = ReadTime(0);
        long span = ChartSpanMilliseconds;
        SessionSchedule schedule = SymbolSchedule;
        SessionSchedule.DayBounds day = schedule.Day(schedule.TradingDayAt(time + span - 1));
        long open = regular ? day.RegularOpen : day.Open;
        return time <= open && open < time + span;
    }

    /// <summary>Whether the bar contains the close of its trading day (of its regular session with <paramref name="regular"/>).</summary>
    internal bool IsSessionLastBar(bool regular)
    {
        long time = ReadTime(0);
        long span = ChartSpanMilliseconds;
        SessionSchedule schedule = SymbolSchedule;
        SessionSchedule.DayBounds day = schedule.Day(schedule.TradingDayAt(time));
        long close = regular ? day.RegularClose : day.Close;
        return time < close && close <= time + span;
    }

    /// <summary>A timeframe argument, read once per distinct string (a constant string costs a reference compare per bar).</summary>
    internal Timeframe ResolveTimeframe(string text, string function)
    {
        _timeframes ??= new (string, Timeframe)[TimeArgumentCacheSize];
        for (int i = 0; i < _timeframes.Length; i++)
        {
            if (_timeframes[i].Text is { } known && (ReferenceEquals(known, text) || known == text))
            {
                return _timeframes[i].Timeframe;
            }
        }

        Timeframe timeframe = Timeframe.TryParse(text, out Timeframe parsed, out string? problem)
            ? parsed
            : throw new ArgumentException($"{function}(\"{text}\"): '{text}' is not a Pine timeframe: {problem}.", nameof(text));
        _timeframes[_nextTimeframe] = (text, timeframe);
        _nextTimeframe = (_nextTimeframe + 1) % _timeframes.Length;
        return timeframe;
    }

    private double SessionTime(string timeframe, string? session, string? timezone, bool close, string function)
    {
        ArgumentNullException.ThrowIfNull(timeframe);
        long time = ReadTime(0);
        Timeframe requested = timeframe.Length == 0 ? ChartTimeframe : ResolveTimeframe(timeframe, function);
        if (string.IsNullOrEmpty(session))
        {
            SessionSchedule.PeriodBounds period = SymbolSchedule.Period(requested, time);
            return close ? period.Close : period.Open;
        }

        SessionSchedule custom = ResolveSession(session, timezone, function);
        if (!custom.TryFindRegular(time, out SessionOccurrence run))
        {
            return double.NaN;
        }

        if (requested.IsIntraday)
        {
            long step = requested.InSeconds * 1000;
            long open = run.Open + (time - run.Open) / step * step;
            return close ? Math.Min(open + step, run.Close) : open;
        }

        if (requested is { Unit: TimeframeUnit.Days, Multiplier: 1 })
        {
            return close ? run.Close : run.Open;
        }

        SessionSchedule.PeriodBounds bounds = custom.Period(requested, time);
        return close ? bounds.Close : bounds.Open;
    }

    /// <summary>A session argument on the calendar, built once per distinct (session, zone) pair.</summary>
    private SessionSchedule ResolveSession(string session, string? timezone, string function)
    {
        _sessions ??= new (string, string?, SessionSchedule)[TimeArgumentCacheSize];
        for (int i = 0; i < _sessions.Length; i++)
        {
            (string known, string? knownZone, SessionSchedule schedule) = _sessions[i];
            if (known is not null && (ReferenceEquals(known, session) || known == session) && string.Equals(knownZone, timezone, StringComparison.Ordinal))
            {
                return schedule;
            }
        }

        if (!TradingSession.TryParse(session, out TradingSession? parsed, out SessionFormatException? problem))
        {
            throw new ArgumentException($"{function}: {problem.Message}", nameof(session), problem);
        }

        TimeZoneInfo zone = string.IsNullOrEmpty(timezone) ? ExchangeTimeZone : TimeZoneArgument.Parse(timezone, function);
        var built = new SessionSchedule(parsed, zone, _runContext?.Bars.Period);
        _sessions[_nextSession] = (session, timezone, built);
        _nextSession = (_nextSession + 1) % _sessions.Length;
        return built;
    }
}
