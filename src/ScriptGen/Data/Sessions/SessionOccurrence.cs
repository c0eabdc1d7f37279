namespace ScriptGen;

/// <summary>
/// One run of a session range: it opens at <see cref="Open"/> and closes at <see cref="Close"/> (Unix ms UTC,
/// close exclusive) and belongs to the trading day <see cref="TradingDay"/> (days since 1970-01-01 of the
/// local date its last minute falls on).
/// </summary>
internal readonly record struct SessionOccurrence(long Open, long Close, long TradingDay)
{
    public static SessionOccurrence None => new(long.MaxValue, long.MinValue, long.MinValue);

    public bool Contains(long instant) => Open <= instant && instant < Close;
}
