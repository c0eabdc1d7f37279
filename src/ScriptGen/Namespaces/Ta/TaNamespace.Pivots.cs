using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta pivots and levels: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.pivothigh(source, leftbars, rightbars)</c>: the pivot high confirmed on this bar.</summary>
    public virtual double Pivothigh(ref PivotHighState state, double source, int leftbars, int rightbars, int barIndex) =>
        state.Update(source, leftbars, rightbars, barIndex);

    /// <summary><c>ta.pivotlow(source, leftbars, rightbars)</c>: the pivot low confirmed on this bar.</summary>
    public virtual double Pivotlow(ref PivotLowState state, double source, int leftbars, int rightbars, int barIndex) =>
        state.Update(source, leftbars, rightbars, barIndex);

    /// <summary><c>ta.pivot_point_levels(type, anchor, developing)</c>: support and resistance levels.</summary>
    public virtual PivotLevels PivotPointLevels(
        ref PivotPointLevelsState state, PivotPointType type, bool anchor, bool developing,
        double open, double high, double low, double close, double previousClose) =>
        state.Update(type, anchor, developing, open, high, low, close, previousClose);
}
