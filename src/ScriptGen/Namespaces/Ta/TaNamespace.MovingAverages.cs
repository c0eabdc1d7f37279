using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta moving averages: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.sma(source, length)</c>: simple moving average.</summary>
    public virtual double Sma(ref SmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.ema(source, length)</c>: exponential moving average.</summary>
    public virtual double Ema(ref EmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.rma(source, length)</c>: Wilder's moving average.</summary>
    public virtual double Rma(ref RmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.alma(series, length, offset, sigma, floor)</c>: Arnaud Legoux moving average.</summary>
    public virtual double Alma(ref AlmaState state, double series, int length, double offset, double sigma, bool floor) =>
        state.Update(series, length, offset, sigma, floor);

    /// <summary><c>ta.wma(source, length)</c>: linearly weighted moving average.</summary>
    public virtual double Wma(ref WmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.hma(source, length)</c>: Hull moving average.</summary>
    public virtual double Hma(ref HmaState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.swma(source)</c>: symmetrically weighted moving average of four values.</summary>
    public virtual double Swma(ref SwmaState state, double source) => state.Update(source);

    /// <summary><c>ta.vwma(source, length)</c>: volume-weighted moving average.</summary>
    public virtual double Vwma(ref VwmaState state, double source, int length, double volume) =>
        state.Update(source, volume, length);
}
