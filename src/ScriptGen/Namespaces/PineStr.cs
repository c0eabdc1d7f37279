using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>str</c> namespace: converting numbers to text (<c>str.ToString</c>,
/// <c>str.Format</c>, <c>str.FormatTime</c>) and back (<c>str.ToNumber</c>), and working on strings. Plain
/// functions: callable anywhere, no state per call site.
/// </summary>
/// <remarks>
/// <para>Pine's na string is <see langword="null"/> here. Functions returning a string return na for an na
/// source; <c>Contains</c>, <c>StartsWith</c> and <c>EndsWith</c> return false for one, <c>Length</c> 0.
/// Pine's int results that can be na (<c>str.pos</c>) are whole <see cref="double"/> values, na being
/// <see cref="double.NaN"/>, as in <c>math</c>.</para>
/// <para>Positions count UTF-16 characters, as Pine's do.</para>
/// </remarks>
public readonly struct PineStr
{
    /// <summary>How long <see cref="Match"/> may search before the run fails: a pattern that backtracks without end must not hang a run.</summary>
    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(2);

    private readonly Script _owner;

    internal PineStr(Script owner) => _owner = owner;

    /// <summary>
    /// <paramref name="value"/> as text with up to ten decimals, as Pine prints it: <c>12.3</c>, <c>123</c>,
    /// <c>NaN</c> for na. Pine: <c>str.tostring(value)</c>.
    /// </summary>
    public string ToString(double value) => ToString(value, NumberText.DefaultPattern);

    /// <summary>
    /// <paramref name="value"/> by <paramref name="format"/>: a number pattern (<c>"#.##"</c>, <c>"0.00"</c>,
    /// <c>"#,###"</c>, <c>"+#.##;-#.##"</c>; ties round up) or a <c>format</c> constant (<c>format.MinTick</c>,
    /// <c>format.Percent</c>, <c>format.Volume</c>, <c>format.Price</c>, <c>format.Inherit</c>).
    /// Pine: <c>str.tostring(value, format)</c>.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid number pattern; the message says why.</exception>
    public string ToString(double value, string format) =>
        NumberText.ToString(value, format ?? NumberText.DefaultPattern, _owner.Symbol);

    /// <summary><c>"true"</c> or <c>"false"</c>. Pine: <c>str.tostring(value)</c> of a bool.</summary>
    public string ToString(bool value) => value ? "true" : "false";

    /// <summary>The string itself (na stays na). Pine: <c>str.tostring(value)</c> of a string.</summary>
    [return: NotNullIfNotNull(nameof(value))]
    public string? ToString(string? value) => value;

    /// <summary>
    /// <paramref name="format"/> with its placeholders replaced, as Java's MessageFormat does it:
    /// <c>{0}</c> (numbers as <c>#,##0.###</c>), <c>{0,number,#.##}</c>, <c>{0,number,integer}</c>,
    /// <c>{0,number,currency}</c>, <c>{0,number,percent}</c>; <c>'{'</c> is a literal brace, <c>''</c> a quote.
    /// Ties round half even on the exact value. Pine: <c>str.format(formatString, arg0, arg1, ...)</c>.
    /// </summary>
    /// <returns>The text; na for an na pattern.</returns>
    /// <exception cref="FormatException">The pattern is malformed (an unclosed <c>{</c>, an index that is not a number, a bad number pattern) or formats a non-number as a number; the run reports it as a <see cref="ScriptRuntimeException"/> with the bar and line.</exception>
    [return: NotNullIfNotNull(nameof(format))]
    public string? Format(string? format, params object?[] args) =>
        format is null ? null : MessagePattern.Format(format, AsArguments(args));

    /// <summary>
    /// The time <paramref name="time"/> (Unix milliseconds) as text, in <paramref name="timezone"/> (the exchange
    /// time zone, <c>syminfo.TimeZone</c>, when not given), by a Java date pattern (<c>"yyyy-MM-dd HH:mm"</c>);
    /// the default is <c>yyyy-MM-dd'T'HH:mm:ssZ</c>. Pine: <c>str.format_time(time, format, timezone)</c>.
    /// </summary>
    /// <exception cref="FormatException">The pattern has a letter that is not a field.</exception>
    /// <exception cref="ArgumentException"><paramref name="timezone"/> is not a time zone.</exception>
    public string FormatTime(long time, string? format = null, string? timezone = null)
    {
        TimeZoneInfo zone = string.IsNullOrEmpty(timezone) ? _owner.ExchangeTimeZone : TimeZoneArgument.Parse(timezone, "str.FormatTime");
        return TimePattern.Format(time, string.IsNullOrEmpty(format) ? TimePattern.Default : format, zone);
    }

    /// <summary>As <see cref="FormatTime(long, string?, string?)"/> for a time held in a float; na for na. Pine: <c>str.format_time(time, format, timezone)</c>.</summary>
    public string? FormatTime(double time, string? format = null, string? timezone = null) =>
        double.IsFinite(time) ? FormatTime((long)Math.Round(time), format, timezone) : null;

    /// <summary>Whether <paramref name="source"/> holds <paramref name="str"/>. Pine: <c>str.contains(source, str)</c>.</summary>
    public bool Contains(string? source, string? str) => source is not null && str is not null && source.Contains(str, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="source"/> starts with <paramref name="str"/>. Pine: <c>str.startswith(source, str)</c>.</summary>
    public bool StartsWith(string? source, string? str) => source is not null && str is not null && source.StartsWith(str, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="source"/> ends with <paramref name="str"/>. Pine: <c>str.endswith(source, str)</c>.</summary>
    public bool EndsWith(string? source, string? str) => source is not null && str is not null && source.EndsWith(str, StringComparison.Ordinal);

    /// <summary>The number of characters (0 for na). Pine: <c>str.length(string)</c>.</summary>
    public int Length(string? @string) => @string?.Length ?? 0;

    /// <summary>The position of the first <paramref name="str"/> in <paramref name="source"/>, from 0; na when absent. Pine: <c>str.pos(source, str)</c>.</summary>
    public double Pos(string? source, string? str)
    {
        int at = source is null || str is null ? -1 : source.IndexOf(str, StringComparison.Ordinal);
        return at < 0 ? double.NaN : at;
    }

    /// <summary>Lowercase. Pine: <c>str.lower(source)</c>.</summary>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Lower(string? source) => source?.ToLowerInvariant();

    /// <summary>Uppercase. Pine: <c>str.upper(source)</c>.</summary>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Upper(string? source) => source?.ToUpperInvariant();

    /// <summary>Without the whitespace and control characters at either end. Pine: <c>str.trim(source)</c>.</summary>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Trim(string? source)
    {
        if (source is null)
        {
            return null;
        }

        int start = 0, end = source.Length;
        while (start < end && IsTrimmed(source[start]))
        {
            start++;
        }

        while (end > start && IsTrimmed(source[end - 1]))
        {
            end--;
        }

        return source[start..end];
    }

    /// <summary>
    /// The first part of <paramref name="source"/> that <paramref name="regex"/> matches (anywhere in it); empty
    /// when none does. Pine: <c>str.match(source, regex)</c>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="regex"/> is not a regular expression.</exception>
    /// <exception cref="RegexMatchTimeoutException">The search ran longer than two seconds.</exception>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Match(string? source, string regex)
    {
        if (source is null)
        {
            return null;
        }

        try
        {
            System.Text.RegularExpressions.Match found = Regex.Match(source, regex, RegexOptions.CultureInvariant, s_matchTimeout);
            return found.Success ? found.Value : string.Empty;
        }
        catch (ArgumentException failure)
        {
            throw new ArgumentException($"str.Match: \"{regex}\" is not a regular expression: {failure.Message}", nameof(regex), failure);
        }
    }

    /// <summary>
    /// <paramref name="source"/> <paramref name="repeat"/> times, <paramref name="separator"/> between; na for a
    /// count of 0. Pine: <c>str.repeat(source, repeat, separator)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeat"/> is negative.</exception>
    public string? Repeat(string? source, int repeat, string? separator = "")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(repeat);
        if (source is null || repeat == 0)
        {
            return null;
        }

        var text = new StringBuilder(repeat * (source.Length + (separator?.Length ?? 0)));
        for (int i = 0; i < repeat; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            text.Append(source);
        }

        return text.ToString();
    }

    /// <summary>
    /// <paramref name="source"/> with occurrence number <paramref name="occurrence"/> (from 0; occurrences may
    /// overlap) of <paramref name="target"/> replaced; unchanged when there is no such occurrence. An empty target
    /// inserts at that character position. Pine: <c>str.replace(source, target, replacement, occurrence)</c>.
    /// </summary>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Replace(string? source, string? target, string? replacement, int occurrence = 0)
    {
        if (source is null || target is null || occurrence < 0)
        {
            return source;
        }

        int at;
        if (target.Length == 0)
        {
            at = Math.Min(occurrence, source.Length);
        }
        else
        {
            at = -1;
            for (int n = 0; n <= occurrence; n++)
            {
                at = source.IndexOf(target, at + 1, StringComparison.Ordinal);
                if (at < 0)
                {
                    return source;
                }
            }
        }

        return string.Concat(source.AsSpan(0, at), replacement, source.AsSpan(at + target.Length));
    }

    /// <summary>
    /// <paramref name="source"/> with every <paramref name="target"/> replaced (an empty target inserts the
    /// replacement around every character). Pine: <c>str.replace_all(source, target, replacement)</c>.
    /// </summary>
    [return: NotNullIfNotNull(nameof(source))]
    public string? ReplaceAll(string? source, string? target, string? replacement)
    {
        if (source is null || target is null)
        {
            return source;
        }

        if (target.Length > 0)
        {
            return source.Replace(target, replacement, StringComparison.Ordinal);
        }

        var text = new StringBuilder(replacement);
        foreach (char c in source)
        {
            text.Append(c).Append(replacement);
        }

        return text.ToString();
    }

    /// <summary>
    /// The parts of <paramref name="string"/> between the separators, empty ones kept (<c>"a,,b"</c> is three);
    /// an empty separator splits into characters; an empty string is one empty part; na gives no parts.
    /// Pine: <c>str.split(string, separator)</c>.
    /// </summary>
    public string[] Split(string? @string, string? separator)
    {
        if (@string is null)
        {
            return [];
        }

        if (!string.IsNullOrEmpty(separator))
        {
            return @string.Split(separator, StringSplitOptions.None);
        }

        if (@string.Length == 0)
        {
            return [string.Empty];
        }

        var parts = new List<string>(@string.Length);
        foreach (Rune rune in @string.EnumerateRunes())
        {
            parts.Add(rune.ToString());
        }

        return [.. parts];
    }

    /// <summary>
    /// The characters from <paramref name="beginPos"/> up to, not including, <paramref name="endPos"/> (the end
    /// when not given; positions past the end stop there). Pine: <c>str.substring(source, begin_pos, end_pos)</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="beginPos"/> is negative or <paramref name="endPos"/> is before it.</exception>
    [return: NotNullIfNotNull(nameof(source))]
    public string? Substring(string? source, int beginPos, int? endPos = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(beginPos);
        if (endPos < beginPos)
        {
            throw new ArgumentOutOfRangeException(nameof(endPos), endPos, $"str.Substring: the end position {endPos} is before the begin position {beginPos}.");
        }

        if (source is null)
        {
            return null;
        }

        int begin = Math.Min(beginPos, source.Length);
        int end = Math.Min(endPos ?? source.Length, source.Length);
        return source[begin..end];
    }

    /// <summary>
    /// The number <paramref name="string"/> spells (<c>"12.3"</c>, <c>"-4"</c>, <c>"1e5"</c>), na when it spells
    /// none. Pine: <c>str.tonumber(string)</c>.
    /// </summary>
    public double ToNumber(string? @string) =>
        @string is not null && double.TryParse(@string, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
            ? number
            : double.NaN;

    /// <summary>
    /// The arguments of <see cref="Format"/>. C# passes a lone <c>string[]</c> (from <see cref="Split"/>) as the whole
    /// argument array, not as one argument; an array the compiler built for <c>params</c> is always an <c>object?[]</c>,
    /// so any other array type is the script's one array argument, which Pine prints as <c>[a, b]</c>.
    /// </summary>
    private static object?[] AsArguments(object?[]? args) =>
        args is null ? [null] : args.GetType() == typeof(object[]) ? args : [args];

    /// <summary>Pine's trim drops whitespace and control characters (<c>\n</c>, <c>\t</c>, ...) alike.</summary>
    private static bool IsTrimmed(char c) => char.IsWhiteSpace(c) || char.IsControl(c);
}
