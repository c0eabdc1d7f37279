using ScriptGen.CompilerServices.Declarations;

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

    /// <summary>Volume-weighted average of <paramref name="source"/> since the start of the exchange's day (the calendar day of the symbol's time zone; the first bar starts one too).</summary>
    [PineFunction("ta.vwap")]
    [PineFunction("ta.vwap", Implicit = new[] { "source", "Hlc3" }, EveryBar = true, Batch = false, Summary = "Volume-weighted average of <c>hlc3</c> since the start of the exchange's day (the calendar day of the symbol's time zone; the first bar starts one too).")]
    public double Update(
        [Series] double source,
        [Bar(BarValue.Volume)] double volume,
        [Bar(BarValue.Time)] long time,
        [Bar(BarValue.ExchangeTimeZone)] TimeZoneInfo exchangeTimeZone) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, exchangeTimeZone));

    /// <summary>The exchange-day volume-weighted average of <paramref name="source"/> and bands <paramref name="stdevMult"/> volume-weighted standard deviations away.</summary>
    [PineFunction("ta.vwap", Signature = "[vwap, upper, lower] = ta.vwap(source, stdev_mult = stdevMult)")]
    public (double Vwap, double Upper, double Lower) Update(
        [Series] double source,
        [Bar(BarValue.Volume)] double volume,
        [Bar(BarValue.Time)] long time,
        [Bar(BarValue.ExchangeTimeZone)] TimeZoneInfo exchangeTimeZone,
        double stdevMult) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, exchangeTimeZone), stdevMult);
}
