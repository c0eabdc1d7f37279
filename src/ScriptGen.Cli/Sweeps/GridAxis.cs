using System.Globalization;

namespace ScriptGen.Cli.Sweeps;

/// <summary>
/// One <c>--grid</c> axis: an input and the values it takes. <c>Name=1..50:1</c> is a range with a step (the
/// step defaults to 1; decimal steps such as <c>1.5..3:0.25</c> are exact), <c>Name=a,b,c</c> a list,
/// <c>Name=5</c> a single value. Values stay text: the script's input binder converts them to the input's type.
/// </summary>
internal sealed record GridAxis(string Name, IReadOnlyList<string> Values)
{
    /// <summary>The most values one axis may have.</summary>
    public const int MaxValues = 100_000;

    /// <exception cref="UsageException">The text is not one of the forms above, or the range is empty or too long.</exception>
    public static GridAxis Parse(string text)
    {
        int equals = text.IndexOf('=');
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw Invalid(text, "expected Name=from..to[:step] or Name=a,b,c");
        }

        string name = text[..equals].Trim();
        string values = text[(equals + 1)..].Trim();
        int dots = values.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            string[] list = values.Split(',', StringSplitOptions.TrimEntries);
            if (list.Any(v => v.Length == 0))
            {
                throw Invalid(text, "a list has an empty value");
            }

            if (list.Distinct(StringComparer.Ordinal).Count() != list.Length)
            {
                throw Invalid(text, "a list names a value twice");
            }

            return new GridAxis(name, list);
        }

        string rest = values[(dots + 2)..];
        int colon = rest.IndexOf(':');
        string fromText = values[..dots].Trim();
        string toText = (colon < 0 ? rest : rest[..colon]).Trim();
        string stepText = colon < 0 ? "1" : rest[(colon + 1)..].Trim();
        if (!TryDecimal(fromText, out decimal from) || !TryDecimal(toText, out decimal to) || !TryDecimal(stepText, out decimal step))
        {
            throw Invalid(text, "a range's bounds and step are numbers (a '.' before decimals)");
        }

        if (step <= 0)
        {
            throw Invalid(text, "the step must be positive");
        }

        if (from > to)
        {
            throw Invalid(text, $"the range runs from {fromText} down to {toText}; give the smaller bound first");
        }

        decimal count = decimal.Floor((to - from) / step) + 1;
        if (count > MaxValues)
        {
            throw Invalid(text, $"the range has {count:N0} values, more than {MaxValues:N0}; use a larger step");
        }

        var range = new string[(int)count];
        for (int i = 0; i < range.Length; i++)
        {
            range[i] = (from + (step * i)).ToString(CultureInfo.InvariantCulture);
        }

        return new GridAxis(name, range);
    }

    private static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static UsageException Invalid(string text, string why) => new($"--grid {text}: {why}.");
}
