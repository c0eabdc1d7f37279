namespace ScriptGen;

/// <summary>Which calendar value of a bar's time a <see cref="CalendarSeries"/> reads, in the exchange time zone.</summary>
public enum CalendarField
{
    /// <summary>Pine's <c>year</c>.</summary>
    Year,
    /// <summary>Pine's <c>month</c>, 1-12.</summary>
    Month,
    /// <summary>Pine's <c>dayofmonth</c>, 1-31.</summary>
    DayOfMonth,
    /// <summary>Pine's <c>dayofweek</c>: 1 = Sunday ... 7 = Saturday (Pine's <c>dayofweek.sunday</c> ... <c>dayofweek.saturday</c>).</summary>
    DayOfWeek,
    /// <summary>Pine's <c>hour</c>, 0-23.</summary>
    Hour,
    /// <summary>Pine's <c>minute</c>, 0-59.</summary>
    Minute,
    /// <summary>Pine's <c>second</c>, 0-59.</summary>
    Second,
    /// <summary>Pine's <c>weekofyear</c>: the ISO-8601 week number, 1-53 (weeks start on Monday; week 1 holds the year's first Thursday).</summary>
    WeekOfYear,
}
