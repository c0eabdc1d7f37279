using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta trend indicators: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.dmi(diLength, adxSmoothing)</c>: +DI, -DI and ADX.</summary>
    public virtual (double Plus, double Minus, double Adx) Dmi(
        ref DmiState state, int diLength, int adxSmoothing, double high, double low, double previousClose) =>
        state.Update(high, low, previousClose, diLength, adxSmoothing);

    /// <summary><c>ta.sar(start, inc, max)</c>: parabolic SAR.</summary>
    public virtual double Sar(ref SarState state, double start, double inc, double max, double high, double low) =>
        state.Update(high, low, start, inc, max);

    /// <summary><c>ta.supertrend(factor, atrPeriod)</c>: supertrend line and direction.</summary>
    public virtual (double Value, int Direction) Supertrend(
        ref SupertrendState state, double factor, int atrPeriod, double high, double low, double close, double previousClose, double hl2) =>
        state.Update(high, low, close, previousClose, hl2, factor, atrPeriod);

    /// <summary><c>ta.tsi(source, short_length, long_length)</c>: true strength index.</summary>
    public virtual double Tsi(ref TsiState state, double source, int shortLength, int longLength) =>
        state.Update(source, shortLength, longLength);
}
