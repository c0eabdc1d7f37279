namespace ScriptGen;

/// <summary>
/// A Pine session string, read: the hours a market trades each day on the exchange's wall clock and the
/// days it trades. <c>"0930-1600"</c> (every day), <c>"0930-1600:23456"</c> (Monday to Friday),
/// <c>"0930-1200,1300-1600:23456"</c> (a lunch break), <c>"1700-1600:23456"</c> (overnight: opens at 17:00
/// the evening before), <c>"1700-1700:23456"</c> (24 hours from 17:00), <c>"24x7"</c> (always).
/// </summary>
/// <remarks>
/// <para>Days are Pine's digits, 1 = Sunday to 7 = Saturday, and apply to every range; without them the
/// session runs every day. A range belongs to the day its last minute falls on, as TradingView counts
/// it: in <c>"1700-1700:23456"</c> the range opening Sunday 17:00 is Monday's (it ends Monday 17:00) and
/// nothing opens on Friday evening.</para>
/// <para>Times are <c>HHMM</c>, hours 00-23 (an end may be <c>2400</c>), minutes 00-59.</para>
/// </remarks>
public sealed class TradingSession
{
    private const int AllDays = 0b1111_1110; // bits 1 (Sunday) to 7 (Saturday)

    private readonly SessionRange[] _ranges;

    private TradingSession(string text, SessionRange[] ranges, int dayMask)
    {
        Text = text;
        _ranges = ranges;
        DayMask = dayMask;
    }

    /// <summary>Every minute of every day: Pine's <c>"24x7"</c> (crypto's session).</summary>
    public static TradingSession TwentyFourSeven { get; } = Parse("24x7");

    /// <summary>The session string as written.</summary>
    public string Text { get; }

    /// <summary>The ranges in the order written.</summary>
    public IReadOnlyList<SessionRange> Ranges => _ranges;

    /// <summary>Whether the session trades on <paramref name="day"/> (the day a range's last minute falls on).</summary>
    public bool TradesOn(DayOfWeek day) => (DayMask & (1 << ((int)day + 1))) != 0;

    /// <summary>Pine's days as bits: bit 1 Sunday ... bit 7 Saturday.</summary>
    internal int DayMask { get; }

    /// <summary>The ranges, without a copy.</summary>
    internal ReadOnlySpan<SessionRange> RangeSpan => _ranges;

    /// <summary>Reads a Pine session string.</summary>
    /// <exception cref="SessionFormatException">The string is not a session; the message names the position and what is valid there.</exception>
    public static TradingSession Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out TradingSession? session, out SessionFormatException? problem) ? session : throw problem;
    }

    /// <summary>Reads a Pine session string; false, with the problem, when it is not one.</summary>
    public static bool TryParse(
        string? text,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TradingSession? session,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out SessionFormatException? problem)
    {
        session = null;
        problem = null;
        text ??= string.Empty;
        if (text == "24x7")
        {
            session = new TradingSession(text, [new SessionRange(0, 0)], AllDays);
            return true;
        }

        var ranges = new List<SessionRange>(2);
        int position = 0;
        while (true)
        {
            if (!ReadTime(text, ref position, isEnd: false, out int start, out problem)
                || !Expect(text, ref position, '-', "'-' between the opening and closing times", out problem)
                || !ReadTime(text, ref position, isEnd: true, out int end, out problem))
            {
                return false;
            }

            ranges.Add(new SessionRange(start, end));
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            break;
        }

        int mask = AllDays;
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!ReadDays(text, ref position, out mask, out problem))
            {
                return false;
            }
        }

        if (position < text.Length)
        {
            problem = Fail(text, position, $"unexpected '{text[position]}'; after a range comes ',' and another range, or ':' and the days (1 = Sunday ... 7 = Saturday)");
            return false;
        }

        session = new TradingSession(text, ranges.ToArray(), mask);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static bool ReadTime(string text, ref int position, bool isEnd, out int minutes, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out SessionFormatException? problem)
    {
        minutes = 0;
        string what = isEnd ? "a closing time" : "an opening time";
        for (int i = 0; i < 4; i++)
        {
            if (position + i >= text.Length || !char.IsAsciiDigit(text[position + i]))
            {
                problem = Fail(text, position + i,
                    $"expected {what} of four digits HHMM (such as 0930){(text.Length == 0 ? "; the session is empty (\"24x7\" is every minute of every day)" : string.Empty)}");
                return false;
            }
        }

        int hours = (text[position] - '0') * 10 + (text[position + 1] - '0');
        int mins = (text[position + 2] - '0') * 10 + (text[position + 3] - '0');
        bool valid = mins <= 59 && (hours <= 23 || (isEnd && hours == 24 && mins == 0));
        if (!valid)
        {
            problem = Fail(text, position,
                $"'{text.Substring(position, 4)}' is not a time of day; hours are 00-23{(isEnd ? " (or 2400 for the end of the day)" : string.Empty)} and minutes 00-59");
            return false;
        }

        position += 4;
        minutes = hours * 60 + mins;
        problem = null;
        return true;
    }

    private static bool Expect(string text, ref int position, char expected, string what, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out SessionFormatException? problem)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            problem = null;
            return true;
        }

        problem = Fail(text, position, $"expected {what}");
        return false;
    }

    private static bool ReadDays(string text, ref int position, out int mask, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out SessionFormatException? problem)
    {
        mask = 0;
        int first = position;
        while (position < text.Length && char.IsAsciiDigit(text[position]))
        {
            int day = text[position] - '0';
            if (day is < 1 or > 7)
            {
                problem = Fail(text, position, $"'{day}' is not a day; days are 1 (Sunday) to 7 (Saturday)");
                return false;
            }

            if ((mask & (1 << day)) != 0)
            {
                problem = Fail(text, position, $"day {day} is written twice");
                return false;
            }

            mask |= 1 << day;
            position++;
        }

        if (position == first)
        {
            problem = Fail(text, position, "expected the days after ':', digits 1 (Sunday) to 7 (Saturday) such as 23456 for Monday to Friday");
            return false;
        }

        problem = null;
        return true;
    }

    private static SessionFormatException Fail(string text, int position, string reason) =>
        new(text, position, $"'{text}' is not a Pine session: at position {position}, {reason}. A session is HHMM-HHMM ranges separated by ',', then optionally ':' and days, such as \"0930-1600:23456\", or \"24x7\".");
}
