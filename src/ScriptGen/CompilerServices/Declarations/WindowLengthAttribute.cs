namespace ScriptGen.CompilerServices.Declarations;

/// <summary>
/// On an <see cref="int"/> parameter of a <see cref="PineFunctionAttribute"/> declaration: a window length,
/// which the batch form checks is at least 1 before it starts (the state checks it on its first call too).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class WindowLengthAttribute : Attribute
{
}
