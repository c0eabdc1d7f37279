namespace ScriptGen.Ta;

/// <summary>Tells when a call falls on a new trading day of the symbol's session (or is the first call).</summary>
internal struct TradingDayChange
{
    private long _day;
    private bool _started;

    /// <summary>Whether the bar opening at <paramref name="time"/> starts a trading day of <paramref name="session"/> other than the last call's.</summary>
    public bool IsNewDay(long time, SessionSchedule session)
    {
        long day = session.TradingDayOf(time);
        bool isNew = !_started || day != _day;
        _day = day;
        _started = true;
        return isNew;
    }
}
