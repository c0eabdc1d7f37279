using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta trend indicators: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// The directional movement index: +DI, -DI and ADX. Pine: <c>[diplus, diminus, adx] = ta.dmi(diLength, adxSmoothing)</c>.
    /// </summary>
    public (double Plus, double Minus, double Adx) Dmi(int diLength, int adxSmoothing) => throw CallSites.NotIntercepted("ta.Dmi");

    /// <summary>
    /// Parabolic SAR with acceleration factor <paramref name="start"/>, raised by <paramref name="inc"/> on
    /// each new extreme up to <paramref name="max"/>. Pine: <c>ta.sar(start, inc, max)</c>.
    /// </summary>
    public double Sar(double start, double inc, double max) => throw CallSites.NotIntercepted("ta.Sar");

    /// <summary>
    /// The supertrend line (<c>hl2 ± factor * atr(atrPeriod)</c>, trailing) and its direction: 1 while it is
    /// the upper band (down trend), -1 while the lower band. Pine:
    /// <c>[supertrend, direction] = ta.supertrend(factor, atrPeriod)</c>.
    /// </summary>
    public (double Value, int Direction) Supertrend(double factor, int atrPeriod) => throw CallSites.NotIntercepted("ta.Supertrend");

    /// <summary>True strength index, in -1..1. Pine: <c>ta.tsi(source, short_length, long_length)</c>.</summary>
    public double Tsi(double source, int shortLength, int longLength) => throw CallSites.NotIntercepted("ta.Tsi");
}
