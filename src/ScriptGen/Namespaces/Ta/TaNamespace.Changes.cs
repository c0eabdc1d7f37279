using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta changes and counts: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.change(source, length)</c>: <c>source - source[length]</c>.</summary>
    public virtual double Change(ref ChangeState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.mom(source, length)</c>: momentum, <c>source - source[length]</c>.</summary>
    public virtual double Mom(ref MomState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.roc(source, length)</c>: rate of change in percent.</summary>
    public virtual double Roc(ref RocState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.cum(source)</c>: running total.</summary>
    public virtual double Cum(ref CumState state, double source) => state.Update(source);

    /// <summary><c>ta.barssince(condition)</c>: bars since the condition was last true.</summary>
    public virtual double Barssince(ref BarssinceState state, bool condition) => state.Update(condition);

    /// <summary><c>ta.valuewhen(condition, source, occurrence)</c>: the source at an earlier occurrence of the condition.</summary>
    public virtual double Valuewhen(ref ValuewhenState state, bool condition, double source, int occurrence) =>
        state.Update(condition, source, occurrence);
}
