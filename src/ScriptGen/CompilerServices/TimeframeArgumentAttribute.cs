using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// On a parameter that takes a Pine timeframe string (<c>"60"</c>, <c>"D"</c>, <c>"W"</c>; empty for the bars' own):
/// a compile-time constant argument that is not one is reported at build time (SG0064), where it is written,
/// instead of failing the run on its first bar. <see cref="Timeframe.Parse"/> is the rule both apply.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TimeframeArgumentAttribute : Attribute
{
}
