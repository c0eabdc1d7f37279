using System.Collections.Concurrent;
using System.Text;

namespace ScriptGen.Namespaces;

/// <summary>
/// A number pattern as Java's DecimalFormat reads it, which both of TradingView's formatters accept
/// (<c>str.tostring(x, "#.##")</c>, <c>str.format("{0,number,#.##}", x)</c>): optional digits <c>#</c>,
/// required digits <c>0</c>, grouping <c>,</c>, the decimal point <c>.</c>, literal prefix and suffix text
/// (quoted with <c>'</c> to use a special character, <c>''</c> for a quote), <c>%</c> and <c>‰</c> multiplying
/// by 100 and 1000, <c>¤</c> for the dollar sign, and a negative subpattern after <c>;</c> whose prefix and
/// suffix replace the minus sign. Scientific notation (<c>0.###E0</c>) is not supported.
/// </summary>
internal sealed class DecimalPattern
{
    private const string Special = "#0,.";

    /// <summary>How many parsed patterns <see cref="Cached"/> keeps before starting over.</summary>
    private const int CacheLimit = 256;

    /// <summary>Parsed patterns: a script formats with the same few patterns on every bar. Shared by parallel runs.</summary>
    private static readonly ConcurrentDictionary<string, DecimalPattern> s_cache = new(StringComparer.Ordinal);

    private string _positivePrefix = string.Empty;
    private string _positiveSuffix = string.Empty;
    private string? _negativePrefix;
    private string? _negativeSuffix;
    private int _multiplier = 1;
    private int _minimumIntegerDigits;
    private int _minimumFractionDigits;
    private int _maximumFractionDigits;
    private int _groupingSize;
    private bool _decimalPointAlwaysShown;

    private DecimalPattern()
    {
    }

    /// <summary>Java's <c>NumberFormat.getInstance()</c>: what <c>{0}</c> prints a number with.</summary>
    public static DecimalPattern General { get; } = Parse("#,##0.###");

    /// <summary>Java's <c>NumberFormat.getIntegerInstance()</c>: <c>{0,number,integer}</c>.</summary>
    public static DecimalPattern Integer { get; } = Parse("#,##0");

    /// <summary>Java's US <c>NumberFormat.getCurrencyInstance()</c>: <c>{0,number,currency}</c>.</summary>
    public static DecimalPattern Currency { get; } = Parse("¤#,##0.00");

    /// <summary>Java's <c>NumberFormat.getPercentInstance()</c>: <c>{0,number,percent}</c>.</summary>
    public static DecimalPattern Percent { get; } = Parse("#,##0%");

    /// <summary><see cref="Parse"/>, remembered: parsing on every bar would allocate on every bar.</summary>
    /// <exception cref="FormatException">The pattern is malformed; the message says where.</exception>
    public static DecimalPattern Cached(string pattern)
    {
        if (s_cache.TryGetValue(pattern, out DecimalPattern? known))
        {
            return known;
        }

        DecimalPattern parsed = Parse(pattern);
        if (s_cache.Count >= CacheLimit)
        {
            s_cache.Clear(); // A script generating patterns must not grow the cache without bound.
        }

        s_cache[pattern] = parsed;
        return parsed;
    }

    /// <summary>Reads <paramref name="pattern"/>.</summary>
    /// <exception cref="FormatException">The pattern is malformed; the message says where.</exception>
    public static DecimalPattern Parse(string pattern)
    {
        var result = new DecimalPattern();
        int index = 0;
        var (prefix, suffix) = result.ReadSubpattern(pattern, ref index, positive: true);
        result._positivePrefix = prefix;
        result._positiveSuffix = suffix;
        if (index < pattern.Length)
        {
            index++; // The ';' before the negative subpattern.
            (result._negativePrefix, result._negativeSuffix) = result.ReadSubpattern(pattern, ref index, positive: false);
        }

        return result;
    }

    /// <summary>
    /// <paramref name="value"/> by the pattern. An infinity prints as ∞ inside the pattern's prefix and suffix, as
    /// Java does; NaN is left to the caller (each formatter prints it its own way).
    /// </summary>
    public string Format(double value, DigitRounding rounding)
    {
        bool negative = value < 0 || (rounding == DigitRounding.HalfEvenOnExact && double.IsNegative(value) && !double.IsNaN(value));
        string prefix = negative ? _negativePrefix ?? "-" + _positivePrefix : _positivePrefix;
        string suffix = negative ? _negativeSuffix ?? _positiveSuffix : _positiveSuffix;
        double magnitude = Math.Abs(value) * _multiplier;
        if (double.IsInfinity(magnitude))
        {
            return prefix + "∞" + suffix;
        }

        RoundedDigits digits = NumberDigits.Round(magnitude, _maximumFractionDigits, rounding);
        // Required decimals beyond the 16 the digits carry print as zeros.
        string fraction = digits.Fraction.PadRight(_minimumFractionDigits, '0');
        int fractionLength = fraction.Length;
        while (fractionLength > _minimumFractionDigits && fraction[fractionLength - 1] == '0')
        {
            fractionLength--;
        }

        string integer = digits.Integer.PadLeft(_minimumIntegerDigits, '0');
        if (integer.Length == 0 && fractionLength == 0)
        {
            integer = "0"; // Java prints a zero rather than nothing at all.
        }

        var text = new StringBuilder(prefix.Length + integer.Length + fractionLength + suffix.Length + 8);
        text.Append(prefix);
        AppendGrouped(text, integer);
        if (fractionLength > 0 || _decimalPointAlwaysShown)
        {
            text.Append('.');
        }

        text.Append(fraction, 0, fractionLength);
        text.Append(suffix);
        return text.ToString();
    }

    private void AppendGrouped(StringBuilder text, string integer)
    {
        if (_groupingSize <= 0)
        {
            text.Append(integer);
            return;
        }

        for (int i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % _groupingSize == 0)
            {
                text.Append(',');
            }

            text.Append(integer[i]);
        }
    }

    /// <summary>
    /// One subpattern from <paramref name="index"/> to the next unquoted <c>;</c> (or the end): its prefix and
    /// suffix, and, for the positive one, the digit layout (the negative one's digits are read and ignored, as in Java).
    /// </summary>
    private (string Prefix, string Suffix) ReadSubpattern(string pattern, ref int index, bool positive)
    {
        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        int phase = 0; // 0 prefix, 1 digits, 2 suffix
        bool inQuote = false;
        int leftOptional = 0, zeros = 0, rightOptional = 0, decimalAt = -1, grouping = -1;

        for (; index < pattern.Length; index++)
        {
            char c = pattern[index];
            if (phase == 1)
            {
                if (c == '#')
                {
                    if (zeros == 0)
                    {
                        leftOptional++;
                    }
                    else
                    {
                        rightOptional++;
                    }

                    if (grouping >= 0 && decimalAt < 0)
                    {
                        grouping++;
                    }

                    continue;
                }

                if (c == '0')
                {
                    if (rightOptional > 0)
                    {
                        throw Malformed(pattern, $"a '0' follows a '#' on the right of the number");
                    }

                    zeros++;
                    if (grouping >= 0 && decimalAt < 0)
                    {
                        grouping++;
                    }

                    continue;
                }

                if (c == ',')
                {
                    grouping = 0;
                    continue;
                }

                if (c == '.')
                {
                    if (decimalAt >= 0)
                    {
                        throw Malformed(pattern, "it has two decimal points");
                    }

                    decimalAt = leftOptional + zeros + rightOptional;
                    continue;
                }

                if (c == 'E')
                {
                    throw Malformed(pattern, "scientific notation (E) is not supported");
                }

                phase = 2;
            }

            StringBuilder affix = phase == 0 ? prefix : suffix;
            if (c == '\'')
            {
                if (index + 1 < pattern.Length && pattern[index + 1] == '\'')
                {
                    affix.Append('\'');
                    index++;
                }
                else
                {
                    inQuote = !inQuote;
                }

                continue;
            }

            if (inQuote)
            {
                affix.Append(c);
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                if (phase == 0)
                {
                    phase = 1;
                    index--; // Read it again as a digit character.
                    continue;
                }

                throw Malformed(pattern, $"'{c}' after the number must be quoted");
            }

            if (c == ';')
            {
                if (phase == 0 || !positive)
                {
                    throw Malformed(pattern, "';' must follow the number, once");
                }

                break;
            }

            AppendSpecial(affix, pattern, ref index, positive);
        }

        if (inQuote)
        {
            throw Malformed(pattern, "a quote is not closed");
        }

        if (positive)
        {
            ApplyDigits(pattern, leftOptional, zeros, rightOptional, decimalAt, grouping);
        }

        return (prefix.ToString(), suffix.ToString());
    }

    private void AppendSpecial(StringBuilder affix, string pattern, ref int index, bool positive)
    {
        char c = pattern[index];
        switch (c)
        {
            case '%':
            case '‰':
                if (positive)
                {
                    if (_multiplier != 1)
                    {
                        throw Malformed(pattern, "it has more than one percent or per-mille sign");
                    }

                    _multiplier = c == '%' ? 100 : 1000;
                }

                affix.Append(c);
                break;
            case '¤':
                if (index + 1 < pattern.Length && pattern[index + 1] == '¤')
                {
                    affix.Append("USD");
                    index++;
                }
                else
                {
                    affix.Append('$');
                }

                break;
            default:
                affix.Append(c);
                break;
        }
    }

    /// <summary>The digit counts as Java's DecimalFormat turns them into minimum and maximum digits.</summary>
    private void ApplyDigits(string pattern, int leftOptional, int zeros, int rightOptional, int decimalAt, int grouping)
    {
        if (zeros == 0 && leftOptional > 0 && decimalAt >= 0)
        {
            // "#.##" has no required digit: the '#' before the point becomes one ("0.##"), so 0.5 prints "0.5".
            int position = decimalAt == 0 ? 1 : decimalAt;
            rightOptional = leftOptional - position;
            leftOptional = position - 1;
            zeros = 1;
        }

        if ((decimalAt < 0 && rightOptional > 0)
            || (decimalAt >= 0 && (decimalAt < leftOptional || decimalAt > leftOptional + zeros))
            || grouping == 0)
        {
            throw Malformed(pattern, "its digits, grouping and decimal point are out of order");
        }

        int total = leftOptional + zeros + rightOptional;
        int integerEnd = decimalAt >= 0 ? decimalAt : total;
        _minimumIntegerDigits = integerEnd - leftOptional;
        _maximumFractionDigits = decimalAt >= 0 ? total - decimalAt : 0;
        _minimumFractionDigits = decimalAt >= 0 ? leftOptional + zeros - decimalAt : 0;
        _groupingSize = grouping > 0 ? grouping : 0;
        _decimalPointAlwaysShown = decimalAt == 0 || decimalAt == total;
    }

    private static FormatException Malformed(string pattern, string reason) =>
        new($"The number pattern \"{pattern}\" is malformed: {reason}.");
}
