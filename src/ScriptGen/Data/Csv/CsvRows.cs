using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// The bar rows of one CSV, or of one part of it, as its lines arrive: each line split and parsed in place into
/// the column arrays, held to the rules every line is (as many fields as the first line; empty lines only at the
/// end). Lines come whole, without their line feed, from text in memory or from a file read in chunks
/// (<see cref="CsvFileLines"/>), so both give the same bars and the same errors. A file read in parts on several
/// threads (<see cref="CsvBarReader.ReadFile"/>) has one of these per part; the reader then applies the rules that
/// span parts (a blank line in one part before rows in a later one; one epoch unit) in the file's order.
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
    private readonly CsvColumns _columns;
    private readonly Role[] _roles;
    private readonly CsvField[] _fields;
    private readonly string? _source;
    private readonly int _firstBar;
    private readonly int _endBar;
    private EpochReader _epoch;
    private byte[]? _scratch;
    private int _count;
    private int _line; // Index of the line within the body, which is also the bar's index (blank lines inside are errors).
    private int _firstBlank = -1;

    /// <param name="layout">The columns the first line gave.</param>
    /// <param name="columns">The arrays to write into.</param>
    /// <param name="firstLine">The index within the body of the first line this part gets (0 for the whole body): its first bar's index.</param>
    /// <param name="lineCount">How many lines this part has at most (its bars are written from <paramref name="firstLine"/> on, no further).</param>
    /// <param name="epoch">How epoch times are read: the option's unit, or the unit earlier parts fixed.</param>
    /// <param name="source">The file, for messages.</param>
    public CsvRows(CsvLayout layout, CsvColumns columns, int firstLine, int lineCount, EpochReader epoch, string? source)
    {
        _layout = layout;
        _columns = columns;
        _source = source;
        _epoch = epoch;
        _firstBar = firstLine;
        _endBar = firstLine + lineCount;
        _line = firstLine - 1;
        ResolvedColumns resolved = layout.Columns;
        _roles = new Role[layout.Names.Count];
        _roles[resolved.Time] = Role.Time;
        _roles[resolved.Open] = Role.Open;
        _roles[resolved.High] = Role.High;
        _roles[resolved.Low] = Role.Low;
        _roles[resolved.Close] = Role.Close;
        if (resolved.HasVolume)
        {
            _roles[resolved.Volume] = Role.Volume;
        }

        _fields = new CsvField[layout.Names.Count];
    }

    /// <summary>How many bars were added.</summary>
    public int Count => _count;

    /// <summary>The index within the body of the first blank line of a run of them that nothing followed yet, or -1.</summary>
    public int FirstBlank => _firstBlank;

    /// <summary>The epoch unit the time column was read in (<see cref="EpochUnit.Auto"/> while no epoch has been read).</summary>
    public EpochUnit EpochUnit => _epoch.Unit;

    /// <summary>The error for a blank line that rows follow.</summary>
    public static BarDataException BlankBeforeRows(CsvLayout layout, int blankLine, string? source) => new(
        $"{layout.Rows.CapitalLabel(blankLine)} is empty but more rows follow; every row between the header and the end must be a bar.",
        row: layout.Rows.Of(blankLine),
        source: source);

    /// <summary>Parses the body's next line (without its line feed; a carriage return before it is dropped here).</summary>
    /// <exception cref="BarDataException">The line breaks a rule or holds a value that is not valid.</exception>
    /// <remarks>
    /// Inlined, with every method a line calls (each marked so), into the loop that feeds the lines, which a load calls
    /// once per part. A one-shot process runs the ReadyToRun code of that one method for the whole file; a method called
    /// per line would instead be recompiled by tiering part-way through the load, first with dynamic PGO's counters,
    /// which both threads of a parallel read update at once (the scalable counters' locked adds): a cold load of 1,000,000
    /// bars took 377 ms against 330 (medians of 10 alternated processes), its time depending on when tiering began.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
            throw BlankBeforeRows(_layout, _firstBlank, _source);
        }

        int fieldCount = CsvLineSplitter.Split(row, _layout.Separator, _fields, rows, _line, _source);
        if (fieldCount != _fields.Length)
        {
            throw new BarDataException(
                $"{rows.CapitalLabel(_line)} has {fieldCount} fields but the {(_layout.HasHeader ? "header" : "first line")} has {_fields.Length}.",
                row: rows.Of(_line),
                source: _source);
        }

        int bar = _firstBar + _count;
        if (bar == _endBar)
        {
            throw new BarDataException(
                $"{rows.CapitalLabel(_line)} was not there when the file's lines were counted: the file changed while it was read.",
                row: rows.Of(_line),
                source: _source);
        }

        CsvColumns columns = _columns;
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
                    columns.Time[bar] = ParseTime(value, f);
                    break;
                case Role.Open:
                    columns.Open[bar] = ParsePrice(value, f);
                    break;
                case Role.High:
                    columns.High[bar] = ParsePrice(value, f);
                    break;
                case Role.Low:
                    columns.Low[bar] = ParsePrice(value, f);
                    break;
                case Role.Close:
                    columns.Close[bar] = ParsePrice(value, f);
                    break;
                default:
                    // An empty volume is na, as a missing volume is in Pine.
                    columns.Volume[bar] = value.IsEmpty ? double.NaN : ParsePrice(value, f);
                    break;
            }
        }

        _count++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    private double ParsePrice(ReadOnlySpan<byte> value, int field) =>
        Utf8Numbers.TryParseDouble(value, out double number)
            ? number
            : throw ValueError(field, $"'{CsvLineSplitter.ToText(value, 40)}' is not a number (invariant culture, e.g. 1.2345).");

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    private long ParseTime(ReadOnlySpan<byte> value, int field)
    {
        value = CsvLineSplitter.TrimSpaces(value);
        if (Utf8Numbers.TryParseInteger(value, out long integer))
        {
            EpochProblem problem = _epoch.TryRead(integer, out long milliseconds);
            return problem == EpochProblem.None ? milliseconds : throw ValueError(field, _epoch.Describe(problem, integer));
        }

        return Iso8601.TryParse(value, out long instant)
            ? instant
            : throw ValueError(field, $"'{CsvLineSplitter.ToText(value, 40)}' is not a time (ISO-8601 such as 2022-01-02T17:00:00-05:00, or a Unix epoch).");
    }

    // The column's name and the row's number are looked up here, for the message only: passed along with every field,
    // they cost an interface call a field.
    private BarDataException ValueError(int field, string problem)
    {
        string column = _layout.Names[field];
        RowNumbering rows = _layout.Rows;
        return new BarDataException($"{rows.CapitalLabel(_line)}, column '{column}': {problem}", column, rows.Of(_line), _source);
    }
}
