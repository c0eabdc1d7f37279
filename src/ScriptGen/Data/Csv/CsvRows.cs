namespace ScriptGen;

/// <summary>
/// The bar rows of one CSV as its lines arrive: each line split and parsed in place into the column
/// arrays, held to the rules every line is (as many fields as the first line; empty lines only at the
/// end). Lines come whole, without their line feed, from text in memory or from a file read in chunks
/// (<see cref="CsvFileLines"/>), so both give the same bars and the same errors.
/// </summary>
internal sealed class CsvRows
{
    private enum Role : byte
    {
        Ignored,
        Time,
        Open,
        High,
        Low,
        Close,
        Volume,
    }

    private readonly CsvLayout _layout;
    private readonly Role[] _roles;
    private readonly CsvField[] _fields;
    private readonly string? _source;
    private EpochReader _epoch;
    private byte[]? _scratch;
    private long[] _time;
    private double[] _open;
    private double[] _high;
    private double[] _low;
    private double[] _close;
    private double[] _volume;
    private int _count;
    private int _line = -1; // Index of the line within the body, which is also the bar's index (blank lines inside are errors).
    private int _firstBlank = -1;

    /// <param name="layout">The columns the first line gave.</param>
    /// <param name="capacity">How many bars to make room for: the body's line count, or more (fewer only costs a copy).</param>
    /// <param name="options">The epoch unit is read from them.</param>
    /// <param name="source">The file, for messages.</param>
    public CsvRows(CsvLayout layout, int capacity, BarDataOptions options, string? source)
    {
        _layout = layout;
        _source = source;
        _epoch = new EpochReader(options.EpochUnit);
        ResolvedColumns columns = layout.Columns;
        _roles = new Role[layout.Names.Count];
        _roles[columns.Time] = Role.Time;
        _roles[columns.Open] = Role.Open;
        _roles[columns.High] = Role.High;
        _roles[columns.Low] = Role.Low;
        _roles[columns.Close] = Role.Close;
        if (columns.HasVolume)
        {
            _roles[columns.Volume] = Role.Volume;
        }

        _fields = new CsvField[layout.Names.Count];
        _time = new long[capacity];
        _open = new double[capacity];
        _high = new double[capacity];
        _low = new double[capacity];
        _close = new double[capacity];
        _volume = columns.HasVolume ? new double[capacity] : [];
    }

    /// <summary>Parses the body's next line (without its line feed; a carriage return before it is dropped here).</summary>
    /// <exception cref="BarDataException">The line breaks a rule or holds a value that is not valid.</exception>
    public void Add(ReadOnlySpan<byte> line)
    {
        _line++;
        ReadOnlySpan<byte> row = CsvBarReader.TrimCarriageReturn(line);
        RowNumbering rows = _layout.Rows;
        if (row.IsEmpty)
        {
            _firstBlank = _firstBlank < 0 ? _line : _firstBlank;
            return;
        }

        if (_firstBlank >= 0)
        {
            throw new BarDataException(
                $"{rows.CapitalLabel(_firstBlank)} is empty but more rows follow; every row between the header and the end must be a bar.",
                row: rows.Of(_firstBlank),
                source: _source);
        }

        int fieldCount = CsvLineSplitter.Split(row, _layout.Separator, _fields, rows, _line, _source);
        if (fieldCount != _fields.Length)
        {
            throw new BarDataException(
                $"{rows.CapitalLabel(_line)} has {fieldCount} fields but the {(_layout.HasHeader ? "header" : "first line")} has {_fields.Length}.",
                row: rows.Of(_line),
                source: _source);
        }

        if (_count == _time.Length)
        {
            Grow();
        }

        IReadOnlyList<string> names = _layout.Names;
        for (int f = 0; f < _fields.Length; f++)
        {
            Role role = _roles[f];
            if (role == Role.Ignored)
            {
                continue;
            }

            ReadOnlySpan<byte> value = CsvLineSplitter.Text(row, _fields[f], ref _scratch);
            switch (role)
            {
                case Role.Time:
                    _time[_count] = ParseTime(value, ref _epoch, names[f], rows, _line, _source);
                    break;
                case Role.Open:
                    _open[_count] = ParsePrice(value, names[f], rows, _line, _source);
                    break;
                case Role.High:
                    _high[_count] = ParsePrice(value, names[f], rows, _line, _source);
                    break;
                case Role.Low:
                    _low[_count] = ParsePrice(value, names[f], rows, _line, _source);
                    break;
                case Role.Close:
                    _close[_count] = ParsePrice(value, names[f], rows, _line, _source);
                    break;
                default:
                    // An empty volume is na, as a missing volume is in Pine.
                    _volume[_count] = value.IsEmpty ? double.NaN : ParsePrice(value, names[f], rows, _line, _source);
                    break;
            }
        }

        _count++;
    }

    /// <summary>The bars of every line added, checked against the rules of every bar source.</summary>
    /// <exception cref="BarDataException">No bars, or a rule of docs/data.md is broken.</exception>
    public Bars ToBars(BarDataOptions options)
    {
        bool hasVolume = _layout.Columns.HasVolume;
        var set = new BarColumnSet(
            _time.AsMemory(0, _count),
            _open.AsMemory(0, _count),
            _high.AsMemory(0, _count),
            _low.AsMemory(0, _count),
            _close.AsMemory(0, _count),
            hasVolume ? _volume.AsMemory(0, _count) : ReadOnlyMemory<double>.Empty,
            hasVolume);
        return Bars.Assemble(set, _layout.Columns.Names, options, _layout.Rows, _source);
    }

    /// <summary>More room than counted: only when a file gained lines between counting them and reading them.</summary>
    private void Grow()
    {
        int capacity = Math.Max(16, _time.Length * 2);
        Array.Resize(ref _time, capacity);
        Array.Resize(ref _open, capacity);
        Array.Resize(ref _high, capacity);
        Array.Resize(ref _low, capacity);
        Array.Resize(ref _close, capacity);
        if (_layout.Columns.HasVolume)
        {
            Array.Resize(ref _volume, capacity);
        }
    }

    private static double ParsePrice(ReadOnlySpan<byte> value, string column, RowNumbering rows, int line, string? source)
    {
        if (Utf8Numbers.TryParseDouble(value, out double number))
        {
            return number;
        }

        throw new BarDataException(
            $"{rows.CapitalLabel(line)}, column '{column}': '{CsvLineSplitter.ToText(value, 40)}' is not a number (invariant culture, e.g. 1.2345).",
            column,
            rows.Of(line),
            source);
    }

    private static long ParseTime(ReadOnlySpan<byte> value, ref EpochReader epoch, string column, RowNumbering rows, int line, string? source)
    {
        value = value.Trim((byte)' ');
        if (Utf8Numbers.TryParseInteger(value, out long integer))
        {
            EpochProblem problem = epoch.TryRead(integer, out long milliseconds);
            if (problem == EpochProblem.None)
            {
                return milliseconds;
            }

            throw new BarDataException(
                $"{rows.CapitalLabel(line)}, column '{column}': {epoch.Describe(problem, integer)}", column, rows.Of(line), source);
        }

        if (Iso8601.TryParse(value, out long instant))
        {
            return instant;
        }

        throw new BarDataException(
            $"{rows.CapitalLabel(line)}, column '{column}': '{CsvLineSplitter.ToText(value, 40)}' is not a time " +
            "(ISO-8601 such as 2022-01-02T17:00:00-05:00, or a Unix epoch).",
            column,
            rows.Of(line),
            source);
    }
}
