using System.Collections;
using System.Globalization;
using System.Text;

namespace ScriptGen.Namespaces;

/// <summary>
/// <c>str.format</c>'s pattern, read as Java's MessageFormat reads it (TradingView's behaviour, measured by
/// PyneCore): <c>{index}</c>, <c>{index,number}</c> and <c>{index,number,style}</c> placeholders; outside them a
/// single quote starts a literal section (an unclosed one runs to the end), <c>''</c> is a quote, and an unquoted
/// <c>}</c> is literal. The index is read strictly (<c>{0 }</c> is an error) but an index with no argument is
/// printed back as <c>{n}</c>. The type and a style keyword (<c>integer</c>, <c>currency</c>, <c>percent</c>) are
/// matched trimmed and lowercased; a style that is a number pattern keeps its spaces, so <c>{0, number, #.#}</c>
/// prints a leading space.
/// </summary>
internal static class MessagePattern
{
    /// <summary>Formats <paramref name="args"/> into <paramref name="pattern"/>.</summary>
    /// <exception cref="FormatException">The pattern is malformed, names an unsupported type, or formats a non-number as a number.</exception>
    public static string Format(string pattern, object?[] args)
    {
        var output = new StringBuilder(pattern.Length + 16 * args.Length);
        var segments = new StringBuilder[] { new(), new(), new() }; // index, type, style
        int part = -1; // -1: literal text; 0..2: a placeholder's segment
        bool inQuote = false;
        int braceDepth = 0;

        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (part < 0)
            {
                if (c == '\'')
                {
                    if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
                    {
                        output.Append('\'');
                        i++;
                    }
                    else
                    {
                        inQuote = !inQuote;
                    }
                }
                else if (c == '{' && !inQuote)
                {
                    part = 0;
                    foreach (StringBuilder segment in segments)
                    {
                        segment.Clear();
                    }
                }
                else
                {
                    output.Append(c);
                }

                continue;
            }

            // Inside a placeholder: quotes are kept for the number pattern to read.
            if (inQuote)
            {
                segments[part].Append(c);
                inQuote = c != '\'';
                continue;
            }

            switch (c)
            {
                case ',' when part < 2:
                    part++;
                    break;
                case '{':
                    braceDepth++;
                    segments[part].Append(c);
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    segments[part].Append(c);
                    break;
                case '}':
                    AppendArgument(output, pattern, segments, args);
                    part = -1;
                    break;
                case '\'':
                    inQuote = true;
                    segments[part].Append(c);
                    break;
                case ' ' when part == 1 && segments[1].Length == 0:
                    break; // Java skips the spaces before a type.
                default:
                    segments[part].Append(c);
                    break;
            }
        }

        if (part >= 0 && braceDepth == 0)
        {
            throw new FormatException($"The pattern \"{pattern}\" has an unmatched '{{': a placeholder is not closed.");
        }

        return output.ToString();
    }

    private static void AppendArgument(StringBuilder output, string pattern, StringBuilder[] segments, object?[] args)
    {
        string indexText = segments[0].ToString();
        if (!int.TryParse(indexText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int index) || index < 0)
        {
            throw new FormatException($"The pattern \"{pattern}\" has a placeholder whose index \"{indexText}\" is not a number from 0 (write {{0}}, {{1}}, ... without spaces).");
        }

        if (index >= args.Length)
        {
            // Printed back rather than raised: a misnumbered placeholder does not stop the script.
            output.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
            return;
        }

        object? value = PineValue.Unwrap(args[index]);
        string type = segments[1].ToString().Trim().ToLowerInvariant();
        switch (type)
        {
            case "":
                output.Append(FormatPlain(value));
                return;
            case "number":
                break;
            case "date" or "time" or "choice":
                throw new FormatException($"The pattern \"{pattern}\" uses the '{type}' type, which str.Format does not support; format times with str.FormatTime.");
            default:
                throw new FormatException($"The pattern \"{pattern}\" has an unknown type '{segments[1]}' in a placeholder (the type is 'number').");
        }

        if (!PineValue.TryNumber(value, out double number))
        {
            throw new FormatException($"The pattern \"{pattern}\" formats argument {index} as a number, but it is {Describe(value)}.");
        }

        string style = segments[2].ToString();
        DecimalPattern format = style.Trim().ToLowerInvariant() switch
        {
            "" => DecimalPattern.General,
            "integer" => DecimalPattern.Integer,
            "currency" => DecimalPattern.Currency,
            "percent" => DecimalPattern.Percent,
            _ => DecimalPattern.Cached(style),
        };
        output.Append(FormatNumber(number, format));
    }

    /// <summary>A value in a <c>{n}</c> placeholder: numbers with Java's general number format, the rest as Pine prints them.</summary>
    private static string FormatPlain(object? value) => value switch
    {
        null => "NaN",
        string text => text,
        bool flag => flag ? "true" : "false",
        char character => character.ToString(),
        _ when PineValue.TryNumber(value, out double number) => FormatNumber(number, DecimalPattern.General),
        IEnumerable items => PineValue.FormatArray(items),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Java's DecimalFormat prints NaN bare, an infinity inside the pattern's affixes.</summary>
    private static string FormatNumber(double number, DecimalPattern format) =>
        double.IsNaN(number) ? "NaN" : format.Format(number, DigitRounding.HalfEvenOnExact);

    private static string Describe(object? value) => value switch
    {
        string text => $"the string \"{text}\"",
        bool => "a bool",
        _ => $"a {value!.GetType().Name}",
    };
}
