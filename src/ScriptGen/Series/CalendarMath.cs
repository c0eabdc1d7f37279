namespace ScriptGen;

/// <summary>Pine's calendar values of a local time (milliseconds since 1970-01-01 on the exchange's wall clock), by integer arithmetic.</summary>
internal static class CalendarMath
{
    public static int Read(long localMilliseconds, CalendarField field)
    {
        long days = CivilCalendar.DaysOf(localMilliseconds);
        long ofDay = localMilliseconds - days * CivilCalendar.MillisecondsPerDay;
        switch (field)
        {
            case CalendarField.Hour:
                return (int)(ofDay / 3_600_000);
            case CalendarField.Minute:
                return (int)(ofDay / 60_000 % 60);
            case CalendarField.Second:
                return (int)(ofDay / 1000 % 60);
            case CalendarField.DayOfWeek:
                // 1970-01-01 was a Thursday, Pine's 5 (1 = Sunday).
                return (int)Modulo(days + 4, 7) + 1;
            case CalendarField.WeekOfYear:
                return IsoWeek(days);
        }

        (int year, int month, int day) = CivilCalendar.CivilFromDays(days);
        return field switch
        {
            CalendarField.Year => year,
            CalendarField.Month => month,
            _ => day,
        };
    }

    // ISO-8601 week: (ordinal day - ISO weekday + 10) / 7, where 0 means the last week of the year
    // before and a week past the year's last belongs to the next year as week 1.
    private static int IsoWeek(long days)
    {
        (int year, _, _) = CivilCalendar.CivilFromDays(days);
        int isoWeekday = (int)Modulo(days + 3, 7) + 1; // Monday 1 ... Sunday 7; 1970-01-01 is 4.
        int ordinal = (int)(days - CivilCalendar.DaysFromCivil(year, 1, 1)) + 1;
        int week = (ordinal - isoWeekday + 10) / 7;
        if (week < 1)
        {
            return WeeksIn(year - 1);
        }

        return week > WeeksIn(year) ? 1 : week;
    }

    private static int WeeksIn(int year)
    {
        static int P(int y) => (y + y / 4 - y / 100 + y / 400) % 7;
        return P(year) == 4 || P(year - 1) == 3 ? 53 : 52;
    }

    private static long Modulo(long value, long divisor)
    {
        long remainder = value % divisor;
        return remainder < 0 ? remainder + divisor : remainder;
    }
}
