using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta volume flow: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.accdist</c>: accumulation/distribution.</summary>
    public virtual double Accdist(ref AccdistState state, double high, double low, double close, double volume) =>
        state.Update(high, low, close, volume);

    /// <summary><c>ta.pvi</c>: positive volume index.</summary>
    public virtual double Pvi(ref PviState state, double close, double volume) => state.Update(close, volume);

    /// <summary><c>ta.pvt</c>: price-volume trend.</summary>
    public virtual double Pvt(ref PvtState state, double close, double volume) => state.Update(close, volume);

    /// <summary><c>ta.wad</c>: Williams accumulation/distribution.</summary>
    public virtual double Wad(ref WadState state, double high, double low, double close) => state.Update(high, low, close);

    /// <summary>
    /// <c>ta.wvad</c>: Williams variable accumulation/distribution of this bar,
    /// <c>(close - open) / (high - low) * volume</c> (stateless; na when high = low).
    /// </summary>
    public virtual double Wvad(double open, double high, double low, double close, double volume) =>
        high == low ? double.NaN : (close - open) / (high - low) * volume;

    /// <summary><c>ta.vwap(source)</c>: volume-weighted average price since the start of the exchange's day.</summary>
    public virtual double Vwap(ref SessionVwapState state, double source, double volume, long time, TimeZoneInfo exchangeTimeZone) =>
        state.Update(source, volume, time, exchangeTimeZone);

    /// <summary><c>ta.vwap(source, anchor)</c>: volume-weighted average price since the last anchor.</summary>
    public virtual double Vwap(ref VwapState state, double source, bool anchor, double volume) => state.Update(source, volume, anchor);

    /// <summary><c>ta.vwap(source, stdev_mult)</c> with the day anchor: the average and its standard deviation bands.</summary>
    public virtual (double Vwap, double Upper, double Lower) Vwap(
        ref SessionVwapState state, double source, double stdevMult, double volume, long time, TimeZoneInfo exchangeTimeZone) =>
        state.Update(source, volume, time, exchangeTimeZone, stdevMult);

    /// <summary><c>ta.vwap(source, anchor, stdev_mult)</c>: the average since the last anchor and its standard deviation bands.</summary>
    public virtual (double Vwap, double Upper, double Lower) Vwap(
        ref VwapState state, double source, bool anchor, double stdevMult, double volume) =>
        state.Update(source, volume, anchor, stdevMult);
}
