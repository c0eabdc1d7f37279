using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// A strict ISO-8601 reader for bar times in UTF-8: <c>yyyy-MM-dd</c>, optionally followed by
/// <c>T</c> or a space and <c>HH:mm</c>, <c>:ss</c>, a fraction (<c>.fff</c>, truncated to
/// milliseconds), and an offset (<c>Z</c>, <c>+HH</c>, <c>+HH:mm</c>, <c>+HHmm</c>). No offset means
/// UTC. Anything else is refused rather than guessed (no culture-dependent formats).
/// </summary>
internal static class Iso8601
{
    /// <summary>Parses <paramref name="text"/> to Unix milliseconds UTC.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static bool TryParse(ReadOnlySpan<byte> text, out long milliseconds)
    {
        milliseconds = 0;
        if (text.Length < 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CivilCalendar.DaysInMonth(year, month))
        {
            return false;
        }

        int i = 10;
        int hour = 0, minute = 0, second = 0, millisecond = 0;
        if (i < text.Length && text[i] is (byte)'T' or (byte)'t' or (byte)' ')
        {
            if (text.Length < i + 6 || text[i + 3] != ':' || !TryDigits(text, i + 1, 2, out hour) || !TryDigits(text, i + 4, 2, out minute))
            {
                return false;
            }

            i += 6;
            if (i < text.Length && text[i] == ':')
            {
                if (!TryDigits(text, i + 1, 2, out second))
                {
                    return false;
                }

                i += 3;
                if (i < text.Length && text[i] is (byte)'.' or (byte)',')
                {
                    i++;
                    int digits = 0;
                    while (i < text.Length && IsDigit(text[i]))
                    {
                        if (digits < 3)
                        {
                            millisecond = millisecond * 10 + (text[i] - '0');
                        }

                        digits++;
                        i++;
                    }

                    if (digits == 0)
                    {
                        return false;
                    }

                    for (; digits < 3; digits++)
                    {
                        millisecond *= 10;
                    }
                }
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
        }

        if (!TryOffset(text[i..], out int offsetMinutes))
        {
            return false;
        }

        long days = CivilCalendar.DaysFromCivil(year, month, day);
        milliseconds = days * CivilCalendar.MillisecondsPerDay
            + ((hour * 60L + minute - offsetMinutes) * 60 + second) * 1000 + millisecond;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    private static bool TryOffset(ReadOnlySpan<byte> text, out int minutes)
    {
        minutes = 0;
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length == 1 && text[0] is (byte)'Z' or (byte)'z')
        {
            return true;
        }

        if (text[0] is not ((byte)'+' or (byte)'-') || !TryDigits(text, 1, 2, out int hours))
        {
            return false;
        }

        int offsetMinutes = 0;
        ReadOnlySpan<byte> rest = text[3..];
        if (rest.Length > 0 && rest[0] == ':')
        {
            rest = rest[1..];
        }

        if (rest.Length == 2 && TryDigits(rest, 0, 2, out int parsed))
        {
            offsetMinutes = parsed;
        }
        else if (rest.Length != 0)
        {
            return false;
        }

        if (hours > 18 || offsetMinutes > 59)
        {
            return false;
        }

        minutes = (hours * 60 + offsetMinutes) * (text[0] == '-' ? -1 : 1);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    private static bool TryDigits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            if (!IsDigit(text[i]))
            {
                return false;
            }

            value = value * 10 + (text[i] - '0');
        }

        return true;
    }

    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;
}
