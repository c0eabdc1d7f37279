namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.vwap</c> and <c>ta.vwap(source)</c> (and <c>ta.vwap(source, stdev_mult)</c>):
/// the volume-weighted average anchored to the exchange's day, <see cref="VwapState"/> with an anchor
/// on the first call and on each call whose bar opens on a new calendar day of the symbol's time zone.
/// </summary>
/// <remarks>
/// The day is the calendar day of <c>SymbolInfo.TimeZone</c>. That is TradingView's session day for
/// symbols whose session starts at midnight (crypto, most stocks), not for forex, whose TradingView
/// day starts at 17:00 New York: ScriptGen's symbol has no session yet. For another anchor, pass it:
/// <c>ta.Vwap(source, anchor)</c>.
/// </remarks>
public struct SessionVwapState
{
    private ExchangeDay _day;
    private VwapState _vwap;

    /// <summary>Feeds this bar's values and returns the average since the start of the exchange's day.</summary>
    public double Update(double source, double volume, long time, TimeZoneInfo exchangeTimeZone) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, exchangeTimeZone));

    /// <summary>Feeds this bar's values and returns the average since the start of the exchange's day, with its bands.</summary>
    public (double Vwap, double Upper, double Lower) Update(
        double source, double volume, long time, TimeZoneInfo exchangeTimeZone, double stdevMult) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, exchangeTimeZone), stdevMult);
}
