using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// A calendar value of the bar's open time in the exchange time zone (<see cref="SymbolInfo.TimeZone"/>),
/// as Pine's <c>year</c>, <c>month</c>, <c>dayofmonth</c>, <c>dayofweek</c>, <c>hour</c>, <c>minute</c>,
/// <c>second</c> and <c>weekofyear</c>: converts implicitly to <see cref="int"/>; <c>hour[1]</c> is the
/// previous bar's (0, the int na, before the first bar).
/// </summary>
public readonly struct CalendarSeries
{
    private readonly Script _owner;
    private readonly CalendarField _field;

    internal CalendarSeries(Script owner, CalendarField field)
    {
        _owner = owner;
        _field = field;
    }

    /// <summary>Which value this series reads.</summary>
    public CalendarField Field => _field;

    /// <summary>The value on the current bar.</summary>
    public int Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadCalendar(_field, 0);
    }

    /// <summary>The value <paramref name="barsBack"/> bars ago (0 = current bar); 0 before the first bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="barsBack"/> is negative.</exception>
    public int this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _owner.ReadCalendar(_field, barsBack);
    }

    /// <summary>The value on the current bar.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator int(CalendarSeries series) => series._owner.ReadCalendar(series._field, 0);

    /// <inheritdoc/>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
