using System.Globalization;

namespace ScriptGen;

/// <summary>
/// One input of a script, extracted at compile time by the generator: its name (the key of an
/// override dictionary and the property of the script's typed inputs record), the title shown to
/// users, its type, default and bounds.
/// </summary>
/// <param name="Name">The override key: the member's name (for <c>input.*</c> calls, the member the result is assigned to).</param>
/// <param name="Title">The title shown to users (Pine's <c>title</c>); the name when none is given.</param>
/// <param name="Type">The value type.</param>
/// <param name="DefaultValue">The declared default, of the CLR type matching <paramref name="Type"/>.</param>
/// <param name="MinValue">The inclusive lower bound, when declared.</param>
/// <param name="MaxValue">The inclusive upper bound, when declared.</param>
/// <param name="Step">The step a UI or a sweep would use, when declared.</param>
/// <param name="Tooltip">Help text, when declared.</param>
/// <param name="Group">The group it is shown in, when declared.</param>
/// <param name="Origin">Where it was declared.</param>
public sealed record InputMetadata(
    string Name,
    string Title,
    InputType Type,
    object DefaultValue,
    double? MinValue = null,
    double? MaxValue = null,
    double? Step = null,
    string? Tooltip = null,
    string? Group = null,
    InputOrigin Origin = InputOrigin.Member)
{
    /// <summary>The CLR type of the input's values.</summary>
    public Type ClrType => Type switch
    {
        InputType.Int => typeof(int),
        InputType.Float => typeof(double),
        InputType.Bool => typeof(bool),
        _ => typeof(string),
    };

    /// <summary>
    /// A one-line description of what the input accepts, e.g. <c>FastLength (int, default 9, 1..500)</c>;
    /// used by error messages and the CLI.
    /// </summary>
    public string Describe()
    {
        string type = Type switch
        {
            InputType.Int => "int",
            InputType.Float => "float",
            InputType.Bool => "bool",
            _ => "string",
        };
        string bounds = (MinValue, MaxValue) switch
        {
            (null, null) => string.Empty,
            ({ } min, null) => $", >= {Format(min)}",
            (null, { } max) => $", <= {Format(max)}",
            ({ } min, { } max) => $", {Format(min)}..{Format(max)}",
        };
        return $"{Name} ({type}, default {FormatValue(DefaultValue)}{bounds})";
    }

    internal static string FormatValue(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
