using System.Numerics;

namespace ScriptGen;

/// <summary>
/// Builds <see cref="Bars"/> from columns a reader appends chunk by chunk, for a format ScriptGen does not
/// read itself (a database cursor, a columnar file: the Parquet package is built on it). Every rule of
/// the built-in sources applies (prices finite and present, high at least low, open and close, volume not
/// negative, times strictly increasing, <see cref="BarDataOptions"/>' opt-ins), with the same
/// <see cref="BarDataException"/>s naming the column, the 0-based row and the source.
/// </summary>
/// <example>
/// <code>
/// BarColumnLayout layout = BarColumnLayout.Resolve(reader.ColumnNames, mapping, "The feather file", path);
/// var builder = new BarsBuilder(rowCount, layout, options, path);
/// foreach (Chunk chunk in reader.Chunks)
/// {
///     builder.AppendTime(chunk.Times);                       // epoch numbers, DateTime, DateTimeOffset or ISO-8601 text
///     builder.Append(BarColumn.Open, chunk.Opens);            // double, float, decimal, int or long
///     ...
/// }
/// Bars bars = builder.Build();
/// </code>
/// </example>
public sealed class BarsBuilder
{
    private readonly BarColumnLayout _layout;
    private readonly BarDataOptions _options;
    private readonly string? _source;
    private readonly TimeColumnBuilder _time;
    private readonly PriceColumnBuilder[] _prices;

    /// <summary>A builder of <paramref name="rowCount"/> bars in the columns <paramref name="layout"/> found.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is negative.</exception>
    public BarsBuilder(int rowCount, BarColumnLayout layout, BarDataOptions? options = null, string? source = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _options = options ?? BarDataOptions.Default;
        _source = source ?? _options.Source;
        BarColumnNames names = layout.Resolved.Names;
        RowNumbering rows = RowNumbering.Rows;
        _time = new TimeColumnBuilder(rowCount, names.Time, _options.EpochUnit, rows, _source);
        _prices =
        [
            new(rowCount, names.Open, missingIsNa: false, rows, _source),
            new(rowCount, names.High, missingIsNa: false, rows, _source),
            new(rowCount, names.Low, missingIsNa: false, rows, _source),
            new(rowCount, names.Close, missingIsNa: false, rows, _source),
            new(rowCount, names.Volume, missingIsNa: true, rows, _source),
        ];
    }

    /// <summary>Appends epoch times in <see cref="BarDataOptions.EpochUnit"/> (or the unit the first value's magnitude says).</summary>
    /// <param name="epoch">The times.</param>
    /// <param name="validity">A bitmap of which values are present (Arrow's layout, least significant bit first); empty when all are.</param>
    /// <param name="validityOffset">The bit of <paramref name="validity"/> that belongs to <paramref name="epoch"/>'s first value.</param>
    /// <exception cref="BarDataException">A missing time, or one out of range.</exception>
    public void AppendTime(ReadOnlySpan<long> epoch, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendEpoch(epoch, new Validity(validity, validityOffset));

    /// <inheritdoc cref="AppendTime(ReadOnlySpan{long}, ReadOnlySpan{byte}, int)"/>
    public void AppendTime(ReadOnlySpan<int> epoch, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendEpoch(epoch, new Validity(validity, validityOffset));

    /// <inheritdoc cref="AppendTime(ReadOnlySpan{long}, ReadOnlySpan{byte}, int)"/>
    public void AppendTime(ReadOnlySpan<double> epoch, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendEpoch(epoch, new Validity(validity, validityOffset));

    /// <summary>Appends instants counted in <paramref name="unit"/> since the Unix epoch (a timestamp column that states its unit).</summary>
    /// <exception cref="BarDataException">A missing time, or one out of range.</exception>
    public void AppendTimeInstants(ReadOnlySpan<long> values, EpochUnit unit, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendInstants(values, new Validity(validity, validityOffset), unit);

    /// <summary>Appends times as <see cref="DateTime"/>s (by their <see cref="DateTime.Kind"/>: UTC as is, unspecified taken as UTC, local converted).</summary>
    /// <exception cref="BarDataException">A missing time.</exception>
    public void AppendTime(ReadOnlySpan<DateTime> times, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendDateTimes(times, new Validity(validity, validityOffset));

    /// <summary>Appends times as <see cref="DateTimeOffset"/>s (their instant).</summary>
    /// <exception cref="BarDataException">A missing time.</exception>
    public void AppendTime(ReadOnlySpan<DateTimeOffset> times, ReadOnlySpan<byte> validity = default, int validityOffset = 0) =>
        _time.AppendDateTimeOffsets(times, new Validity(validity, validityOffset));

    /// <summary>Appends one time written as ISO-8601 text (without an offset: UTC); <c>null</c> is a missing time.</summary>
    /// <exception cref="BarDataException">The text is missing or is not a time.</exception>
    public void AppendTime(string? iso8601) => _time.AppendIso8601(iso8601);

    /// <summary>Appends values of a price or volume column, converted to <see cref="double"/>.</summary>
    /// <typeparam name="T"><see cref="double"/>, <see cref="float"/>, <see cref="decimal"/>, <see cref="int"/> or <see cref="long"/>.</typeparam>
    /// <param name="column">The column.</param>
    /// <param name="values">The values.</param>
    /// <param name="validity">A bitmap of which values are present; empty when all are. A missing price is an error; a missing volume is na.</param>
    /// <param name="validityOffset">The bit of <paramref name="validity"/> that belongs to the first value.</param>
    /// <exception cref="BarDataException">A missing price.</exception>
    public void Append<T>(BarColumn column, ReadOnlySpan<T> values, ReadOnlySpan<byte> validity = default, int validityOffset = 0)
        where T : unmanaged, INumberBase<T> =>
        Price(column).Append(values, new Validity(validity, validityOffset));

    /// <summary>
    /// The storage of the next <paramref name="count"/> values of <paramref name="column"/>, for a reader that writes
    /// doubles without missing values straight into it (no copy, no conversion).
    /// </summary>
    public Memory<double> Claim(BarColumn column, int count) => Price(column).Claim(count);

    /// <summary>The error for a price or volume column whose type holds no prices, in the words every source uses.</summary>
    public BarDataException UnsupportedPriceType(string columnName, Type type) => PriceColumnBuilder.WrongType(columnName, type, _source);

    /// <summary>The error for a time column whose type holds no times, in the words every source uses.</summary>
    public BarDataException UnsupportedTimeType(string columnName, Type type) => TimeColumnBuilder.WrongType(columnName, type, _source);

    /// <summary>The bars, every column complete and every rule checked.</summary>
    /// <exception cref="InvalidOperationException">A column has fewer values than the row count.</exception>
    /// <exception cref="BarDataException">A value breaks a rule (the message names the column, row and source).</exception>
    public Bars Build()
    {
        bool volume = _layout.HasVolume;
        var set = new BarColumnSet(
            _time.Values,
            _prices[0].Values,
            _prices[1].Values,
            _prices[2].Values,
            _prices[3].Values,
            volume ? _prices[4].Values : ReadOnlyMemory<double>.Empty,
            volume);
        return Bars.Assemble(set, _layout.Resolved.Names, _options, RowNumbering.Rows, _source);
    }

    private PriceColumnBuilder Price(BarColumn column) => _prices[(int)column];
}
