namespace ScriptGen.CompilerServices.Declarations;

/// <summary>
/// On a parameter of a <see cref="PineFunctionAttribute"/> declaration: the bar value the generated call
/// passes (a script does not write it), and the array the batch form takes for it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
internal sealed class BarAttribute : Attribute
{
    /// <summary>Marks the parameter as <paramref name="value"/>.</summary>
    public BarAttribute(BarValue value) => Value = value;

    /// <summary>The bar value.</summary>
    public BarValue Value { get; }
}
