namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Whether a constant string is a Pine session, by the rule of the runtime's <c>TradingSession.TryParse</c> (which the
/// generator cannot reference: it loads in the compiler), with the runtime's own message. A test holds the two to the
/// same answer and the same message on every string of a large generated set, so they cannot drift apart.
/// </summary>
internal static class PineSessionText
{
    /// <summary>
    /// Null when <paramref name="text"/> is a session (or empty: the symbol's own session); else the message the run's
    /// <c>SessionFormatException</c> would carry: where it goes wrong, why, and what a session looks like.
    /// </summary>
    public static string? Problem(string text)
    {
        if (text.Length == 0 || text == "24x7")
        {
            return null;
        }

        int position = 0;
        while (true)
        {
            string? problem = ReadTime(text, ref position, isEnd: false) ?? Expect(text, ref position, '-', "'-' between the opening and closing times")
                ?? ReadTime(text, ref position, isEnd: true);
            if (problem is not null)
            {
                return problem;
            }

            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            break;
        }

        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (ReadDays(text, ref position) is { } problem)
            {
                return problem;
            }
        }

        return position < text.Length
            ? Fail(text, position, $"unexpected '{text[position]}'; after a range comes ',' and another range, or ':' and the days (1 = Sunday ... 7 = Saturday)")
            : null;
    }

    private static string? ReadTime(string text, ref int position, bool isEnd)
    {
        string what = isEnd ? "a closing time" : "an opening time";
        for (int i = 0; i < 4; i++)
        {
            if (position + i >= text.Length || !IsDigit(text[position + i]))
            {
                return Fail(text, position + i, $"expected {what} of four digits HHMM (such as 0930)");
            }
        }

        int hours = (text[position] - '0') * 10 + (text[position + 1] - '0');
        int minutes = (text[position + 2] - '0') * 10 + (text[position + 3] - '0');
        if (!(minutes <= 59 && (hours <= 23 || (isEnd && hours == 24 && minutes == 0))))
        {
            return Fail(text, position,
                $"'{text.Substring(position, 4)}' is not a time of day; hours are 00-23{(isEnd ? " (or 2400 for the end of the day)" : string.Empty)} and minutes 00-59");
        }

        position += 4;
        return null;
    }

    private static string? Expect(string text, ref int position, char expected, string what)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return null;
        }

        return Fail(text, position, $"expected {what}");
    }

    private static string? ReadDays(string text, ref int position)
    {
        int mask = 0;
        int first = position;
        while (position < text.Length && IsDigit(text[position]))
        {
            int day = text[position] - '0';
            if (day < 1 || day > 7)
            {
                return Fail(text, position, $"'{day}' is not a day; days are 1 (Sunday) to 7 (Saturday)");
            }

            if ((mask & (1 << day)) != 0)
            {
                return Fail(text, position, $"day {day} is written twice");
            }

            mask |= 1 << day;
            position++;
        }

        return position == first
            ? Fail(text, position, "expected the days after ':', digits 1 (Sunday) to 7 (Saturday) such as 23456 for Monday to Friday")
            : null;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Fail(string text, int position, string reason) =>
        $"'{text}' is not a Pine session: at position {position}, {reason}. A session is HHMM-HHMM ranges separated by ',', then optionally ':' and days, such as \"0930-1600:23456\", or \"24x7\".";
}
