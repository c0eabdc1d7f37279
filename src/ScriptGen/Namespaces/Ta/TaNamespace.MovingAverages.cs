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
}
