using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.vwap</c> and <c>ta.vwap(source)</c> (and <c>ta.vwap(source, stdev_mult)</c>):
/// the volume-weighted average anchored to the symbol's trading day, <see cref="VwapState"/> with an anchor
/// on the first call and on each call whose bar starts a new trading day of the symbol's session.
/// </summary>
/// <remarks>
/// The trading day is the session's (<see cref="SymbolInfo.Session"/>, <see cref="SessionSchedule"/>), as
/// TradingView's: a forex symbol's day starts at 17:00 New York, a 24x7 symbol's at midnight of its time
/// zone, a stock's at the opening (its pre-market's when it has one). For another anchor, pass it:
/// <c>ta.Vwap(source, anchor)</c>.
/// </remarks>
public struct SessionVwapState
{
    private TradingDayChange _day;
    private VwapState _vwap;

    /// <summary>Volume-weighted average of <paramref name="source"/> since the start of the symbol's trading day (the first bar starts one too).</summary>
    [PineFunction("ta.vwap")]
    [PineFunction("ta.vwap", Implicit = new[] { "source", "Hlc3" }, EveryBar = true, Batch = false, Summary = "Volume-weighted average of <c>hlc3</c> since the start of the symbol's trading day (the first bar starts one too).")]
    public double Update(
        [Series] double source,
        [Bar(BarValue.Volume)] double volume,
        [Bar(BarValue.Time)] long time,
        [Bar(BarValue.SymbolSession)] SessionSchedule symbolSession) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, symbolSession));

    /// <summary>The trading-day volume-weighted average of <paramref name="source"/> and bands <paramref name="stdevMult"/> volume-weighted standard deviations away.</summary>
    [PineFunction("ta.vwap", Signature = "[vwap, upper, lower] = ta.vwap(source, stdev_mult = stdevMult)")]
    public (double Vwap, double Upper, double Lower) Update(
        [Series] double source,
        [Bar(BarValue.Volume)] double volume,
        [Bar(BarValue.Time)] long time,
        [Bar(BarValue.SymbolSession)] SessionSchedule symbolSession,
        double stdevMult) =>
        _vwap.Update(source, volume, _day.IsNewDay(time, symbolSession), stdevMult);
}
