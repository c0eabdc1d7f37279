using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta crosses: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.crossover(source1, source2)</c>.</summary>
    public virtual bool Crossover(ref CrossoverState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.crossunder(source1, source2)</c>.</summary>
    public virtual bool Crossunder(ref CrossunderState state, double source1, double source2) => state.Update(source1, source2);
}
