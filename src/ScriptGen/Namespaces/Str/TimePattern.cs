using System.Globalization;
using System.Text;

namespace ScriptGen.Namespaces;

/// <summary>
/// <c>str.format_time</c>'s pattern, with the letters of Java's SimpleDateFormat (US English names):
/// <c>y</c> year, <c>M</c> month (<c>MMM</c> Jan, <c>MMMM</c> January), <c>d</c> day, <c>D</c> day of year,
/// <c>E</c> weekday (<c>EEE</c> Mon, <c>EEEE</c> Monday), <c>u</c> weekday number (1 Monday), <c>a</c> AM/PM,
/// <c>H</c> 0-23, <c>k</c> 1-24, <c>K</c> 0-11, <c>h</c> 1-12, <c>m</c>, <c>s</c>, <c>S</c> milliseconds,
/// <c>Z</c> -0500, <c>X</c> -05 / -0500 / -05:00, <c>z</c> GMT-05:00, <c>w</c> / <c>W</c> / <c>Y</c> weeks as the US
/// counts them (from Sunday, week 1 holding January 1st), <c>F</c>, <c>G</c>. A letter repeated pads a number with
/// zeros to that width. Text in single quotes is literal, <c>''</c> is a quote; any other letter is an error.
/// </summary>
internal static class TimePattern
{
    /// <summary>Pine's default: <c>yyyy-MM-dd'T'HH:mm:ssZ</c>.</summary>
    public const string Default = "yyyy-MM-dd'T'HH:mm:ssZ";

    /// <summary>The instant <paramref name="utcMilliseconds"/> in <paramref name="zone"/>, by <paramref name="pattern"/>.</summary>
    /// <exception cref="FormatException">The pattern has an unknown letter or an unclosed quote.</exception>
    public static string Format(long utcMilliseconds, string pattern, TimeZoneInfo zone)
    {
        var instant = DateTimeOffset.FromUnixTimeMilliseconds(utcMilliseconds);
        TimeSpan offset = zone.GetUtcOffset(instant);
        DateTime local = instant.UtcDateTime + offset;
        var text = new StringBuilder(pattern.Length + 8);

        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\'')
            {
                i = AppendQuoted(text, pattern, i);
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                text.Append(c);
                continue;
            }

            int count = 1;
            while (i + count < pattern.Length && pattern[i + count] == c)
            {
                count++;
            }

            AppendField(text, c, count, local, offset, pattern);
            i += count - 1;
        }

        return text.ToString();
    }

    /// <summary>The quoted text from the quote at <paramref name="start"/>; returns the index of its closing quote.</summary>
    private static int AppendQuoted(StringBuilder text, string pattern, int start)
    {
        if (start + 1 < pattern.Length && pattern[start + 1] == '\'')
        {
            text.Append('\'');
            return start + 1;
        }

        for (int i = start + 1; i < pattern.Length; i++)
        {
            if (pattern[i] != '\'')
            {
                text.Append(pattern[i]);
            }
            else if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
            }
            else
            {
                return i;
            }
        }

        throw new FormatException($"The time pattern \"{pattern}\" has a quote that is not closed.");
    }

    private static void AppendField(StringBuilder text, char letter, int count, DateTime local, TimeSpan offset, string pattern)
    {
        switch (letter)
        {
            case 'G': text.Append("AD"); break;
            case 'y': AppendYear(text, local.Year, count); break;
            case 'Y': AppendYear(text, UsWeek(local).Year, count); break;
            case 'M' or 'L': AppendMonth(text, local, count); break;
            case 'w': Number(text, UsWeek(local).Week, count); break;
            case 'W': Number(text, (local.Day + (int)new DateTime(local.Year, local.Month, 1).DayOfWeek - 1) / 7 + 1, count); break;
            case 'D': Number(text, local.DayOfYear, count); break;
            case 'd': Number(text, local.Day, count); break;
            case 'F': Number(text, (local.Day - 1) / 7 + 1, count); break;
            case 'E': text.Append(count >= 4 ? DayName(local) : DayName(local)[..3]); break;
            case 'u': Number(text, local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek, count); break;
            case 'a': text.Append(local.Hour < 12 ? "AM" : "PM"); break;
            case 'H': Number(text, local.Hour, count); break;
            case 'k': Number(text, local.Hour == 0 ? 24 : local.Hour, count); break;
            case 'K': Number(text, local.Hour % 12, count); break;
            case 'h': Number(text, local.Hour % 12 == 0 ? 12 : local.Hour % 12, count); break;
            case 'm': Number(text, local.Minute, count); break;
            case 's': Number(text, local.Second, count); break;
            case 'S': Number(text, local.Millisecond, count); break;
            case 'Z': AppendOffset(text, offset, colon: false); break;
            case 'z': text.Append("GMT"); AppendOffset(text, offset, colon: true); break;
            case 'X' when count <= 3:
                if (offset == TimeSpan.Zero)
                {
                    text.Append('Z');
                }
                else if (count == 1)
                {
                    text.Append(offset < TimeSpan.Zero ? '-' : '+').Append(Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture));
                }
                else
                {
                    AppendOffset(text, offset, colon: count == 3);
                }

                break;
            default:
                throw new FormatException($"The time pattern \"{pattern}\" has the letter '{letter}', which is not a date or time field (quote text: 'at').");
        }
    }

    private static void AppendYear(StringBuilder text, int year, int count)
    {
        if (count == 2)
        {
            Number(text, year % 100, 2);
        }
        else
        {
            Number(text, year, count);
        }
    }

    private static void AppendMonth(StringBuilder text, DateTime local, int count)
    {
        if (count >= 3)
        {
            string name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month);
            text.Append(count == 3 ? name[..3] : name);
        }
        else
        {
            Number(text, local.Month, count);
        }
    }

    private static string DayName(DateTime local) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(local.DayOfWeek);

    private static void AppendOffset(StringBuilder text, TimeSpan offset, bool colon)
    {
        text.Append(offset < TimeSpan.Zero ? '-' : '+');
        TimeSpan magnitude = offset.Duration();
        text.Append(magnitude.Hours.ToString("00", CultureInfo.InvariantCulture));
        if (colon)
        {
            text.Append(':');
        }

        text.Append(magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture));
    }

    private static void Number(StringBuilder text, int value, int width) =>
        text.Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));

    /// <summary>The US week of <paramref name="local"/>: weeks run Sunday to Saturday, week 1 holds January 1st.</summary>
    private static (int Year, int Week) UsWeek(DateTime local)
    {
        DateTime saturday = local.Date.AddDays(6 - (int)local.DayOfWeek);
        int year = saturday.Year; // A week holding January 1st is the new year's first.
        DateTime firstSaturday = new DateTime(year, 1, 1).AddDays(6 - (int)new DateTime(year, 1, 1).DayOfWeek);
        return (year, (saturday - firstSaturday).Days / 7 + 1);
    }
}
