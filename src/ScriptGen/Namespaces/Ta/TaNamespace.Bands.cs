using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta bands: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.bb(series, length, mult)</c>: Bollinger Bands.</summary>
    public virtual (double Middle, double Upper, double Lower) Bb(ref BbState state, double series, int length, double mult) =>
        state.Update(series, length, mult);

    /// <summary><c>ta.bbw(series, length, mult)</c>: Bollinger Bands width.</summary>
    public virtual double Bbw(ref BbwState state, double series, int length, double mult) => state.Update(series, length, mult);
}
