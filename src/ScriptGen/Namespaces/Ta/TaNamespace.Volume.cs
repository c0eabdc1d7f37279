using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta volume variables: the overridable core of each (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.iii</c>: intraday intensity index (stateless).</summary>
    public virtual double Iii(double high, double low, double close, double volume) => IntradayIntensity.Compute(high, low, close, volume);

    /// <summary><c>ta.nvi</c>: negative volume index.</summary>
    public virtual double Nvi(ref NviState state, double close, double volume) => state.Update(close, volume);

    /// <summary><c>ta.obv</c>: on-balance volume.</summary>
    public virtual double Obv(ref ObvState state, double close, double previousClose, double volume) =>
        state.Update(close, previousClose, volume);
}
