using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta oscillators: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.rsi(source, length)</c>: relative strength index.</summary>
    public virtual double Rsi(ref RsiState state, double source, int length) => state.Update(source, length);
}
