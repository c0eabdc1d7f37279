using System.Text;

namespace ScriptGen;

/// <summary>
/// Builds the time column (Unix milliseconds UTC) from chunks of epoch integers or doubles (unit per
/// <see cref="BarDataOptions.EpochUnit"/>), <see cref="DateTime"/>, <see cref="DateTimeOffset"/> or
/// ISO-8601 text. A missing time is an error naming the row.
/// </summary>
/// <remarks>
/// <see cref="DateTime"/> values are instants by their <see cref="DateTime.Kind"/>: <c>Utc</c> as is,
/// <c>Unspecified</c> taken as UTC (what most loaders produce for text without an offset), <c>Local</c>
/// converted with <see cref="DateTime.ToUniversalTime"/> (what <c>DateTime.Parse</c> produces for text
/// with an offset, so the instant written in the text is recovered).
/// </remarks>
internal sealed class TimeColumnBuilder
{
    private static readonly long s_unixEpochTicks = DateTime.UnixEpoch.Ticks;

    private readonly long[] _values;
    private readonly string _name;
    private readonly RowNumbering _rows;
    private readonly string? _source;
    private EpochReader _epoch;
    private int _count;

    public TimeColumnBuilder(int length, string name, EpochUnit unit, RowNumbering rows, string? source)
    {
        _values = new long[length];
        _name = name;
        _epoch = new EpochReader(unit);
        _rows = rows;
        _source = source;
    }

    public long[] Values => _count == _values.Length
        ? _values
        : throw new InvalidOperationException($"Column '{_name}' has {_count} of {_values.Length} values.");

    /// <summary>Appends epoch integers.</summary>
    public void AppendEpoch(ReadOnlySpan<long> values, Validity validity)
    {
        for (int i = 0; i < values.Length; i++)
        {
            CheckPresent(validity, i);
            EpochProblem problem = _epoch.TryRead(values[i], out _values[_count + i]);
            if (problem != EpochProblem.None)
            {
                throw Invalid(_count + i, _epoch.Describe(problem, values[i]));
            }
        }

        _count += values.Length;
    }

    /// <summary>Appends instants counted in a unit the source declares (an Arrow or Parquet timestamp type), not guessed.</summary>
    public void AppendInstants(ReadOnlySpan<long> values, Validity validity, EpochUnit unit)
    {
        for (int i = 0; i < values.Length; i++)
        {
            CheckPresent(validity, i);
            if (!EpochTime.TryToMilliseconds(values[i], unit, out _values[_count + i]))
            {
                throw Invalid(_count + i, $"{values[i]} as a timestamp in {EpochTime.NameOf(unit)} is outside the years 0001-9999.");
            }
        }

        _count += values.Length;
    }

    /// <summary>Appends epoch integers of 32 bits (seconds, typically).</summary>
    public void AppendEpoch(ReadOnlySpan<int> values, Validity validity)
    {
        Span<long> wide = values.Length <= 1024 ? stackalloc long[values.Length] : new long[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            wide[i] = values[i];
        }

        AppendEpoch(wide, validity);
    }

    /// <summary>Appends epochs held as doubles (a fraction is kept to the millisecond, truncated toward the past).</summary>
    public void AppendEpoch(ReadOnlySpan<double> values, Validity validity)
    {
        for (int i = 0; i < values.Length; i++)
        {
            CheckPresent(validity, i);
            double value = values[i];
            if (!double.IsFinite(value) || Math.Abs(value) >= 9.2e18)
            {
                throw Invalid(_count + i, $"{value} is not an epoch time.");
            }

            // The unit comes from the whole part; the fraction then adds what the unit can hold.
            long whole = (long)Math.Floor(value);
            EpochProblem problem = _epoch.TryRead(whole, out long milliseconds);
            if (problem != EpochProblem.None)
            {
                throw Invalid(_count + i, _epoch.Describe(problem, whole));
            }

            double fraction = value - whole;
            _values[_count + i] = _epoch.Unit == EpochUnit.Seconds ? milliseconds + (long)Math.Floor(fraction * 1000) : milliseconds;
        }

        _count += values.Length;
    }

    /// <summary>Appends <see cref="DateTime"/>s, read by their kind (see the type's remarks).</summary>
    public void AppendDateTimes(ReadOnlySpan<DateTime> values, Validity validity)
    {
        for (int i = 0; i < values.Length; i++)
        {
            CheckPresent(validity, i);
            DateTime value = values[i];
            long ticks = value.Kind == DateTimeKind.Local ? value.ToUniversalTime().Ticks : value.Ticks;
            _values[_count + i] = Math.DivRem(ticks - s_unixEpochTicks, TimeSpan.TicksPerMillisecond, out long rest) - (rest < 0 ? 1 : 0);
        }

        _count += values.Length;
    }

    /// <summary>Appends <see cref="DateTimeOffset"/>s (their instant).</summary>
    public void AppendDateTimeOffsets(ReadOnlySpan<DateTimeOffset> values, Validity validity)
    {
        for (int i = 0; i < values.Length; i++)
        {
            CheckPresent(validity, i);
            long ticks = values[i].UtcTicks - s_unixEpochTicks;
            _values[_count + i] = Math.DivRem(ticks, TimeSpan.TicksPerMillisecond, out long rest) - (rest < 0 ? 1 : 0);
        }

        _count += values.Length;
    }

    /// <summary>Appends one ISO-8601 text (null for a missing value).</summary>
    public void AppendIso8601(string? text)
    {
        if (text is null)
        {
            throw Missing(_count);
        }

        Span<byte> utf8 = stackalloc byte[64];
        if (Encoding.UTF8.GetByteCount(text) > utf8.Length
            || !Iso8601.TryParse(utf8[..Encoding.UTF8.GetBytes(text, utf8)].Trim((byte)' '), out long milliseconds))
        {
            throw Invalid(_count, $"'{(text.Length > 40 ? text[..40] + "..." : text)}' is not a time (ISO-8601 such as 2022-01-02T17:00:00-05:00).");
        }

        _values[_count++] = milliseconds;
    }

    /// <summary>The error for a column of a type that holds no times.</summary>
    public static BarDataException WrongType(string name, Type type, string? source) => new(
        $"Column '{name}' holds {type.Name} values; a time column must hold DateTime, DateTimeOffset, epoch numbers (long, int, double) " +
        "or ISO-8601 strings.",
        name,
        source: source);

    private void CheckPresent(Validity validity, int i)
    {
        if (!validity.IsValid(i))
        {
            throw Missing(_count + i);
        }
    }

    private BarDataException Missing(int row) => new(
        $"{_rows.CapitalLabel(row)}, column '{_name}': the time is missing (null); every bar needs one.", _name, _rows.Of(row), _source);

    private BarDataException Invalid(int row, string what) => new(
        $"{_rows.CapitalLabel(row)}, column '{_name}': {what}", _name, _rows.Of(row), _source);
}
