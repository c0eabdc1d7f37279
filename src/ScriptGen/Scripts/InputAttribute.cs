namespace ScriptGen;

/// <summary>
/// Marks a settable field or property of a script as an input. Its initializer is the default (a
/// compile-time constant); the generator checks it against the bounds and records it in the
/// script's <see cref="ScriptMetadata"/>. Supported types: <see cref="int"/>, <see cref="double"/>,
/// <see cref="bool"/>, <see cref="string"/>.
/// </summary>
/// <example>
/// <code>
/// [Input("Fast length", MinValue = 1)] public int FastLength { get; init; } = 9;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false, AllowMultiple = false)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Declares an input titled with the member's name.</summary>
    public InputAttribute() { }

    /// <summary>Declares an input with the given title.</summary>
    public InputAttribute(string title) => Title = title;

    /// <summary>The title shown to users; the member's name when omitted.</summary>
    public string? Title { get; }

    /// <summary>The inclusive lower bound (numeric inputs). Pine's <c>minval</c>.</summary>
    public double MinValue { get; set; } = double.NaN;

    /// <summary>The inclusive upper bound (numeric inputs). Pine's <c>maxval</c>.</summary>
    public double MaxValue { get; set; } = double.NaN;

    /// <summary>The step a UI or a sweep would use (numeric inputs). Pine's <c>step</c>.</summary>
    public double Step { get; set; } = double.NaN;

    /// <summary>Help text. Pine's <c>tooltip</c>.</summary>
    public string? Tooltip { get; set; }

    /// <summary>The group the input is shown in. Pine's <c>group</c>.</summary>
    public string? Group { get; set; }
}
