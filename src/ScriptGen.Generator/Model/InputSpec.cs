namespace ScriptGen.Generator.Model;

/// <summary>The value type of an input.</summary>
internal enum InputTypeSpec
{
    Int,
    Float,
    Bool,
    String,
}

/// <summary>
/// One input of a script. Values are kept as C# literals ready to emit (invariant culture); the
/// numeric bounds also as numbers for compile-time checks.
/// </summary>
/// <param name="Index">Position in the script's inputs (metadata order).</param>
/// <param name="Name">The override key and typed-record property: the member's name.</param>
/// <param name="Title">The title shown to users.</param>
/// <param name="Type">The value type.</param>
/// <param name="DefaultLiteral">The default as a C# literal of the input's type.</param>
/// <param name="MinLiteral">The lower bound as a double literal, or null.</param>
/// <param name="MaxLiteral">The upper bound as a double literal, or null.</param>
/// <param name="StepLiteral">The step as a double literal, or null.</param>
/// <param name="TooltipLiteral">The tooltip as a string literal, or null.</param>
/// <param name="GroupLiteral">The group as a string literal, or null.</param>
/// <param name="IsSetupCall">Declared by an <c>input.*</c> call in <c>Setup()</c> rather than an [Input] member.</param>
/// <param name="Min">The lower bound, or null (for checks of imports' constants).</param>
/// <param name="Max">The upper bound, or null.</param>
internal sealed record InputSpec(
    int Index,
    string Name,
    string Title,
    InputTypeSpec Type,
    string DefaultLiteral,
    string? MinLiteral,
    string? MaxLiteral,
    string? StepLiteral,
    string? TooltipLiteral,
    string? GroupLiteral,
    bool IsSetupCall,
    double? Min,
    double? Max)
{
    public string ClrType => Type switch
    {
        InputTypeSpec.Int => "int",
        InputTypeSpec.Float => "double",
        InputTypeSpec.Bool => "bool",
        _ => "string",
    };

    public bool HasBounds => MinLiteral is not null || MaxLiteral is not null;
}
