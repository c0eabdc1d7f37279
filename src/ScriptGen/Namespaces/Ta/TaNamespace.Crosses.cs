using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta crosses, rises and falls: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.cross(source1, source2)</c>.</summary>
    public virtual bool Cross(ref CrossState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.crossover(source1, source2)</c>.</summary>
    public virtual bool Crossover(ref CrossoverState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.crossunder(source1, source2)</c>.</summary>
    public virtual bool Crossunder(ref CrossunderState state, double source1, double source2) => state.Update(source1, source2);

    /// <summary><c>ta.falling(source, length)</c>.</summary>
    public virtual bool Falling(ref FallingState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.rising(source, length)</c>.</summary>
    public virtual bool Rising(ref RisingState state, double source, int length) => state.Update(source, length);
}
