using ScriptGen.CompilerServices;
using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta pivots and levels: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// On the bar <paramref name="rightbars"/> after a pivot high of <paramref name="source"/> (at least the
    /// <paramref name="leftbars"/> bars before it, above the <paramref name="rightbars"/> after it), its value;
    /// na otherwise. Pine: <c>ta.pivothigh(source, leftbars, rightbars)</c>.
    /// </summary>
    public double Pivothigh(double source, int leftbars, int rightbars) => throw CallSites.NotIntercepted("ta.Pivothigh");

    /// <summary>The same for the bar's <c>high</c>. Pine: <c>ta.pivothigh(leftbars, rightbars)</c>.</summary>
    [ImplicitArgument("source", "high")]
    public double Pivothigh(int leftbars, int rightbars) => throw CallSites.NotIntercepted("ta.Pivothigh");

    /// <summary>
    /// On the bar <paramref name="rightbars"/> after a pivot low of <paramref name="source"/> (at most the
    /// <paramref name="leftbars"/> bars before it, below the <paramref name="rightbars"/> after it), its value;
    /// na otherwise. Pine: <c>ta.pivotlow(source, leftbars, rightbars)</c>.
    /// </summary>
    public double Pivotlow(double source, int leftbars, int rightbars) => throw CallSites.NotIntercepted("ta.Pivotlow");

    /// <summary>The same for the bar's <c>low</c>. Pine: <c>ta.pivotlow(leftbars, rightbars)</c>.</summary>
    [ImplicitArgument("source", "low")]
    public double Pivotlow(int leftbars, int rightbars) => throw CallSites.NotIntercepted("ta.Pivotlow");

    /// <summary>
    /// Pivot point levels of the period that ended at the last bar where <paramref name="anchor"/> was true
    /// (of the current period with <paramref name="developing"/>): P, R1-R5, S1-S5, na where the type
    /// defines none. Pine: <c>ta.pivot_point_levels(type, anchor, developing)</c>, whose array is
    /// <see cref="PivotLevels"/> (indexable in the same order).
    /// </summary>
    public PivotLevels PivotPointLevels(PivotPointType type, bool anchor, bool developing = false) =>
        throw CallSites.NotIntercepted("ta.PivotPointLevels");
}
