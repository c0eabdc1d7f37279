using System.Runtime.CompilerServices;

namespace ScriptGen;

public abstract partial class Script
{
    private ExchangeClock? _clock;

    /// <summary>Pine's <c>year</c>: the bar's year in the exchange time zone (<c>syminfo.TimeZone</c>).</summary>
    protected CalendarSeries year => new(this, CalendarField.Year);

    /// <summary>Pine's <c>month</c>: 1-12, in the exchange time zone.</summary>
    protected CalendarSeries month => new(this, CalendarField.Month);

    /// <summary>Pine's <c>dayofmonth</c>: 1-31, in the exchange time zone.</summary>
    protected CalendarSeries dayofmonth => new(this, CalendarField.DayOfMonth);

    /// <summary>Pine's <c>dayofweek</c>: 1 = Sunday, 2 = Monday ... 7 = Saturday, in the exchange time zone.</summary>
    protected CalendarSeries dayofweek => new(this, CalendarField.DayOfWeek);

    /// <summary>Pine's <c>hour</c>: 0-23, in the exchange time zone.</summary>
    protected CalendarSeries hour => new(this, CalendarField.Hour);

    /// <summary>Pine's <c>minute</c>: 0-59, in the exchange time zone.</summary>
    protected CalendarSeries minute => new(this, CalendarField.Minute);

    /// <summary>Pine's <c>second</c>: 0-59.</summary>
    protected CalendarSeries second => new(this, CalendarField.Second);

    /// <summary>Pine's <c>weekofyear</c>: the ISO-8601 week, 1-53, in the exchange time zone.</summary>
    protected CalendarSeries weekofyear => new(this, CalendarField.WeekOfYear);

    /// <summary>A calendar value of the bar <paramref name="barsBack"/> ago; 0 (the int na) before the first bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int ReadCalendar(CalendarField field, int barsBack)
    {
        long utc = ReadTime(barsBack); // Throws for a negative offset or outside the bar loop.
        if ((uint)barsBack > (uint)Cursor.Index)
        {
            return 0;
        }

        // The zone is resolved on first use, once per run: runs that never read the calendar pay nothing.
        ExchangeClock clock = _clock ??= ExchangeClock.For(_symbol);
        return CalendarMath.Read(utc + clock.OffsetAt(utc), field);
    }
}
