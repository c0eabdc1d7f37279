namespace ScriptGen;

/// <summary>
/// The base of indicator scripts (Pine's <c>indicator()</c>): computes and plots values, places no
/// orders. Declare one with <see cref="IndicatorAttribute"/> on a <c>partial class</c>; the generator
/// derives it from this class.
/// </summary>
public abstract class IndicatorScript : Script
{
}
