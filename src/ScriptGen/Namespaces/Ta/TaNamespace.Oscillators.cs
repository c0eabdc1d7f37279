using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta oscillators: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.rsi(source, length)</c>: relative strength index.</summary>
    public virtual double Rsi(ref RsiState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.mfi(series, length)</c>: money flow index.</summary>
    public virtual double Mfi(ref MfiState state, double series, int length, double volume) =>
        state.Update(series, volume, length);

    /// <summary><c>ta.stoch(source, high, low, length)</c>: stochastic.</summary>
    public virtual double Stoch(ref StochState state, double source, double high, double low, int length, int barIndex) =>
        state.Update(source, high, low, length, barIndex);

    /// <summary><c>ta.cmo(series, length)</c>: Chande momentum oscillator.</summary>
    public virtual double Cmo(ref CmoState state, double series, int length) => state.Update(series, length);

    /// <summary><c>ta.cci(source, length)</c>: commodity channel index.</summary>
    public virtual double Cci(ref CciState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.cog(source, length)</c>: center of gravity.</summary>
    public virtual double Cog(ref CogState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.wpr(length)</c>: Williams %R.</summary>
    public virtual double Wpr(ref WprState state, int length, double high, double low, double close, int barIndex) =>
        state.Update(high, low, close, length, barIndex);

    /// <summary><c>ta.macd(source, fastlen, slowlen, siglen)</c>: MACD line, signal line and histogram.</summary>
    public virtual (double Macd, double Signal, double Histogram) Macd(
        ref MacdState state, double source, int fastLength, int slowLength, int signalLength) =>
        state.Update(source, fastLength, slowLength, signalLength);
}
