namespace ScriptGen.CompilerServices.Declarations;

/// <summary>
/// On a parameter of a <see cref="PineFunctionAttribute"/> declaration: a series (a new value every bar,
/// Pine's <c>series</c>), so the batch form takes an array for it. Unmarked parameters are the call's
/// settings (a length, a multiplier), one value for the whole array.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class SeriesAttribute : Attribute
{
}
