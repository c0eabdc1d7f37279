using System.ComponentModel;
using System.Globalization;

namespace ScriptGen.CompilerServices;

/// <summary>
/// Binds input overrides (input name → value) to a script's typed inputs record, checking names,
/// types and bounds against its <see cref="ScriptMetadata"/>. Called by generated code; no reflection.
/// </summary>
/// <remarks>
/// A value may be given as its own type, as a wider numeric type that holds it exactly (a
/// <see cref="long"/> or integral <see cref="double"/> for an int input), or as invariant-culture
/// text (what command lines and configuration files produce). Anything else is rejected.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InputBinder
{
    /// <summary>Rejects any override whose name is not an input of the script.</summary>
    /// <exception cref="InputValidationException">An unknown name; the message lists the inputs there are.</exception>
    public static void CheckNames(ScriptMetadata script, IReadOnlyDictionary<string, object?> overrides)
    {
        foreach (string name in overrides.Keys)
        {
            if (script.FindInput(name) is null)
            {
                string valid = script.Inputs.Count == 0
                    ? "it has no inputs"
                    : "valid inputs: " + string.Join("; ", script.Inputs.Select(i => i.Describe()));
                string hint = FindByTitle(script, name) is { } byTitle ? $" ('{name}' is the title of input '{byTitle.Name}'; use the name.)" : string.Empty;
                throw new InputValidationException(
                    script.Title, name, overrides[name], $"Script '{script.Title}' has no input '{name}'; {valid}.{hint}");
            }
        }
    }

    /// <summary>The override of input <paramref name="index"/> as an <see cref="int"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(ScriptMetadata script, int index, IReadOnlyDictionary<string, object?> overrides, int fallback)
    {
        InputMetadata input = script.Inputs[index];
        if (!overrides.TryGetValue(input.Name, out object? value))
        {
            return fallback;
        }

        int result = value switch
        {
            int i => i,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            short s => s,
            byte b => b,
            double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed) => parsed,
            _ => throw WrongType(script, input, value, "a whole number (int)"),
        };
        CheckRange(script, index, result);
        return result;
    }

    /// <summary>The override of input <paramref name="index"/> as a <see cref="double"/>, or <paramref name="fallback"/>.</summary>
    public static double Float(ScriptMetadata script, int index, IReadOnlyDictionary<string, object?> overrides, double fallback)
    {
        InputMetadata input = script.Inputs[index];
        if (!overrides.TryGetValue(input.Name, out object? value))
        {
            return fallback;
        }

        double result = value switch
        {
            double d => d,
            float f => f,
            int i => i,
            long l => l,
            decimal m => (double)m,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
            _ => throw WrongType(script, input, value, "a number (float)"),
        };
        if (!double.IsFinite(result))
        {
            throw WrongType(script, input, value, "a finite number (float)");
        }

        CheckRange(script, index, result);
        return result;
    }

    /// <summary>The override of input <paramref name="index"/> as a <see cref="bool"/>, or <paramref name="fallback"/>.</summary>
    public static bool Bool(ScriptMetadata script, int index, IReadOnlyDictionary<string, object?> overrides, bool fallback)
    {
        InputMetadata input = script.Inputs[index];
        if (!overrides.TryGetValue(input.Name, out object? value))
        {
            return fallback;
        }

        return value switch
        {
            bool b => b,
            string text when bool.TryParse(text, out bool parsed) => parsed,
            _ => throw WrongType(script, input, value, "true or false (bool)"),
        };
    }

    /// <summary>The override of input <paramref name="index"/> as a <see cref="string"/>, or <paramref name="fallback"/>.</summary>
    public static string String(ScriptMetadata script, int index, IReadOnlyDictionary<string, object?> overrides, string fallback)
    {
        InputMetadata input = script.Inputs[index];
        if (!overrides.TryGetValue(input.Name, out object? value))
        {
            return fallback;
        }

        return value as string ?? throw WrongType(script, input, value, "text (string)");
    }

    /// <summary>Checks a numeric value against input <paramref name="index"/>'s bounds.</summary>
    /// <exception cref="InputValidationException">The value is outside the bounds; the message gives them.</exception>
    public static void CheckRange(ScriptMetadata script, int index, double value)
    {
        InputMetadata input = script.Inputs[index];
        bool tooLow = input.MinValue is { } min && value < min;
        bool tooHigh = input.MaxValue is { } max && value > max;
        if (tooLow || tooHigh || double.IsNaN(value))
        {
            throw new InputValidationException(
                script.Title,
                input.Name,
                value,
                $"Input '{input.Name}' of script '{script.Title}' is {InputMetadata.FormatValue(value)}, outside its bounds; valid: {input.Describe()}.");
        }
    }

    /// <summary>Checks that a text input is not null.</summary>
    public static void CheckNotNull(ScriptMetadata script, int index, string? value)
    {
        if (value is null)
        {
            InputMetadata input = script.Inputs[index];
            throw new InputValidationException(
                script.Title, input.Name, null, $"Input '{input.Name}' of script '{script.Title}' is null; valid: {input.Describe()}.");
        }
    }

    private static InputValidationException WrongType(ScriptMetadata script, InputMetadata input, object? value, string expected) =>
        new(
            script.Title,
            input.Name,
            value,
            $"Input '{input.Name}' of script '{script.Title}' expects {expected}; got {InputMetadata.FormatValue(value)}" +
            $"{(value is null ? string.Empty : $" ({value.GetType().Name})")}. Valid: {input.Describe()}.");

    private static InputMetadata? FindByTitle(ScriptMetadata script, string title) =>
        script.Inputs.FirstOrDefault(i => string.Equals(i.Title, title, StringComparison.OrdinalIgnoreCase));
}
