using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta statistics: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.stdev(source, length, biased)</c>: standard deviation.</summary>
    public virtual double Stdev(ref StdevState state, double source, int length, bool biased) =>
        state.Update(source, length, biased);
}
