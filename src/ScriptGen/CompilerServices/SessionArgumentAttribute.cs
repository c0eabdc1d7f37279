using System.ComponentModel;

namespace ScriptGen.CompilerServices;

/// <summary>
/// On a parameter that takes a Pine session string (<c>"0930-1600:23456"</c>, <c>"24x7"</c>; empty for the symbol's
/// own): a compile-time constant argument that is not one is reported at build time (SG0065), where it is written,
/// instead of failing the run on its first bar. <see cref="TradingSession.TryParse"/> is the rule both apply.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SessionArgumentAttribute : Attribute
{
}
