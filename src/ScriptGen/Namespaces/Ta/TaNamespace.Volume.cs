using ScriptGen.CompilerServices;
using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta volume variables: the overridable core of each (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.iii</c>: intraday intensity index (stateless).</summary>
    public virtual double Iii(double high, double low, double close, double volume) => IntradayIntensity.Compute(high, low, close, volume);

    /// <summary><c>ta.nvi</c>: negative volume index, over every bar up to this one (a Pine variable).</summary>
    public virtual double Nvi(ref NviState state, BarHistory history) => state.Update(history);

    /// <summary><c>ta.obv</c>: on-balance volume, over every bar up to this one (a Pine variable).</summary>
    public virtual double Obv(ref ObvState state, BarHistory history) => state.Update(history);
}
