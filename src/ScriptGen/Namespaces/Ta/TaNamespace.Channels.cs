using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta channels: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.kc(series, length, mult, useTrueRange)</c>: Keltner channels.</summary>
    public virtual (double Middle, double Upper, double Lower) Kc(
        ref KcState state, double series, int length, double mult, bool useTrueRange, double high, double low, double previousClose) =>
        state.Update(series, high, low, previousClose, length, mult, useTrueRange);

    /// <summary><c>ta.kcw(series, length, mult, useTrueRange)</c>: Keltner channels width.</summary>
    public virtual double Kcw(
        ref KcwState state, double series, int length, double mult, bool useTrueRange, double high, double low, double previousClose) =>
        state.Update(series, high, low, previousClose, length, mult, useTrueRange);
}
