namespace ScriptGen;

/// <summary>
/// Proleptic Gregorian dates from and to days since 1970-01-01, by integer arithmetic alone (Howard
/// Hinnant's <c>days_from_civil</c> / <c>civil_from_days</c>, public domain algorithms), so parsing
/// times and computing a bar's calendar values allocate nothing and call no time zone code.
/// </summary>
internal static class CivilCalendar
{
    public const long MillisecondsPerDay = 86_400_000;

    /// <summary>Days from 1970-01-01 to <paramref name="year"/>-<paramref name="month"/>-<paramref name="day"/>.</summary>
    public static long DaysFromCivil(int year, int month, int day)
    {
        long y = month <= 2 ? year - 1 : year;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yearOfEra = y - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /// <summary>The date <paramref name="days"/> after 1970-01-01.</summary>
    public static (int Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719_468;
        long era = (days >= 0 ? days : days - 146_096) / 146_097;
        long dayOfEra = days - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long monthIndex = (5 * dayOfYear + 2) / 153;
        int day = (int)(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
        int month = (int)(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
        int year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        return (year, month, day);
    }

    /// <summary>Whole days since 1970-01-01 of an instant in milliseconds (floor, so times before 1970 work).</summary>
    public static long DaysOf(long milliseconds) =>
        milliseconds >= 0 ? milliseconds / MillisecondsPerDay : (milliseconds - (MillisecondsPerDay - 1)) / MillisecondsPerDay;

    /// <summary>The number of days in <paramref name="month"/> of <paramref name="year"/>.</summary>
    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
