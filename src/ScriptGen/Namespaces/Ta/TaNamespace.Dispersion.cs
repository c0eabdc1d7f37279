using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta dispersion: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.dev(source, length)</c>: mean absolute deviation.</summary>
    public virtual double Dev(ref DevState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.variance(source, length, biased)</c>: variance.</summary>
    public virtual double Variance(ref VarianceState state, double source, int length, bool biased) =>
        state.Update(source, length, biased);
}
