using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta volume flow: what scripts call (see PineTa.cs). Pine's variables (ta.accdist, ...) are methods here.
public readonly partial struct PineTa
{
    /// <summary>Accumulation/distribution line. Pine: <c>ta.accdist</c>.</summary>
    public double Accdist() => throw CallSites.NotIntercepted("ta.Accdist");

    /// <summary>Positive volume index (starts at 1). Pine: <c>ta.pvi</c>.</summary>
    public double Pvi() => throw CallSites.NotIntercepted("ta.Pvi");

    /// <summary>Price-volume trend. Pine: <c>ta.pvt</c>.</summary>
    public double Pvt() => throw CallSites.NotIntercepted("ta.Pvt");

    /// <summary>Williams accumulation/distribution. Pine: <c>ta.wad</c>.</summary>
    public double Wad() => throw CallSites.NotIntercepted("ta.Wad");

    /// <summary>Williams variable accumulation/distribution of this bar. Pine: <c>ta.wvad</c>.</summary>
    public double Wvad() => throw CallSites.NotIntercepted("ta.Wvad");

    /// <summary>
    /// Volume-weighted average of <c>hlc3</c> since the start of the exchange's day (the calendar day of
    /// the symbol's time zone; the first bar starts one too). Pine: <c>ta.vwap</c>.
    /// </summary>
    [ImplicitArgument("source", "hlc3")]
    public double Vwap() => throw CallSites.NotIntercepted("ta.Vwap");

    /// <summary>
    /// Volume-weighted average of <paramref name="source"/> since the start of the exchange's day (the
    /// calendar day of the symbol's time zone; the first bar starts one too). Pine: <c>ta.vwap(source)</c>.
    /// </summary>
    public double Vwap(double source) => throw CallSites.NotIntercepted("ta.Vwap");

    /// <summary>
    /// Volume-weighted average of <paramref name="source"/> since the last bar where <paramref name="anchor"/>
    /// was true (na before the first). Pine: <c>ta.vwap(source, anchor)</c>.
    /// </summary>
    public double Vwap(double source, bool anchor) => throw CallSites.NotIntercepted("ta.Vwap");

    /// <summary>
    /// The exchange-day volume-weighted average of <paramref name="source"/> and bands
    /// <paramref name="stdevMult"/> volume-weighted standard deviations away. Pine:
    /// <c>[vwap, upper, lower] = ta.vwap(source, stdev_mult = stdevMult)</c>.
    /// </summary>
    public (double Vwap, double Upper, double Lower) Vwap(double source, double stdevMult) => throw CallSites.NotIntercepted("ta.Vwap");

    /// <summary>
    /// The volume-weighted average of <paramref name="source"/> since the last anchor and bands
    /// <paramref name="stdevMult"/> volume-weighted standard deviations away. Pine:
    /// <c>[vwap, upper, lower] = ta.vwap(source, anchor, stdev_mult)</c>.
    /// </summary>
    public (double Vwap, double Upper, double Lower) Vwap(double source, bool anchor, double stdevMult) =>
        throw CallSites.NotIntercepted("ta.Vwap");
}
