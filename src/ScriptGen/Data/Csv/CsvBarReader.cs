namespace ScriptGen;

/// <summary>
/// The CSV bar reader behind <see cref="BarCsv"/>: one pass over the whole UTF-8 text, fields located
/// by span searches and parsed in place (no string per field or line), columns written straight into
/// arrays sized by counting line breaks first.
/// </summary>
internal static class CsvBarReader
{
    private const byte Quote = (byte)'"';

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

    public static Bars Read(ReadOnlySpan<byte> text, ColumnMapping mapping, BarDataOptions options, string? source)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        int firstBreak = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> firstLine = TrimCarriageReturn(firstBreak < 0 ? text : text[..firstBreak]);
        if (firstLine.IsEmpty)
        {
            throw new BarDataException(
                text.IsEmpty || firstBreak < 0 ? "The CSV is empty: a header row is needed." : "Line 1 is empty: the CSV must start with its header row.",
                row: 1,
                source: source);
        }

        byte separator = DetectSeparator(firstLine);
        List<string> firstFields = SplitToStrings(firstLine, separator, source);
        bool hasHeader = !LooksLikeBar(firstLine, separator, firstFields.Count);
        IReadOnlyList<string> names = hasHeader ? firstFields : PositionalNames(firstFields.Count, mapping, source);
        ReadOnlySpan<byte> body = hasHeader ? (firstBreak < 0 ? [] : text[(firstBreak + 1)..]) : text;
        ResolvedColumns columns = ColumnResolver.Resolve(names, mapping, "The CSV", source);
        RowNumbering rows = RowNumbering.Lines(hasHeader ? 2 : 1);

        var roles = new Role[names.Count];
        roles[columns.Time] = Role.Time;
        roles[columns.Open] = Role.Open;
        roles[columns.High] = Role.High;
        roles[columns.Low] = Role.Low;
        roles[columns.Close] = Role.Close;
        if (columns.HasVolume)
        {
            roles[columns.Volume] = Role.Volume;
        }

        int capacity = body.Count((byte)'\n') + 1;
        var time = new long[capacity];
        var open = new double[capacity];
        var high = new double[capacity];
        var low = new double[capacity];
        var close = new double[capacity];
        double[] volume = columns.HasVolume ? new double[capacity] : [];
        var fields = new CsvField[names.Count];
        var epoch = new EpochReader(options.EpochUnit);
        byte[]? scratch = null;

        int count = 0;
        int line = -1; // Index of the line within the body, which is also the bar's index (blank lines inside are errors).
        int firstBlank = -1;
        int position = 0;
        while (position < body.Length)
        {
            line++;
            int lineBreak = body[position..].IndexOf((byte)'\n');
            ReadOnlySpan<byte> row = TrimCarriageReturn(lineBreak < 0 ? body[position..] : body.Slice(position, lineBreak));
            position = lineBreak < 0 ? body.Length : position + lineBreak + 1;
            if (row.IsEmpty)
            {
                firstBlank = firstBlank < 0 ? line : firstBlank;
                continue;
            }

            if (firstBlank >= 0)
            {
                throw new BarDataException(
                    $"{rows.CapitalLabel(firstBlank)} is empty but more rows follow; every row between the header and the end must be a bar.",
                    row: rows.Of(firstBlank),
                    source: source);
            }

            int fieldCount = CsvLineSplitter.Split(row, separator, fields, rows, line, source);
            if (fieldCount != fields.Length)
            {
                throw new BarDataException(
                    $"{rows.CapitalLabel(line)} has {fieldCount} fields but the {(hasHeader ? "header" : "first line")} has {fields.Length}.",
                    row: rows.Of(line),
                    source: source);
            }

            for (int f = 0; f < fields.Length; f++)
            {
                Role role = roles[f];
                if (role == Role.Ignored)
                {
                    continue;
                }

                ReadOnlySpan<byte> value = CsvLineSplitter.Text(row, fields[f], ref scratch);
                switch (role)
                {
                    case Role.Time:
                        time[count] = ParseTime(value, ref epoch, names[f], rows, line, source);
                        break;
                    case Role.Open:
                        open[count] = ParsePrice(value, names[f], rows, line, source);
                        break;
                    case Role.High:
                        high[count] = ParsePrice(value, names[f], rows, line, source);
                        break;
                    case Role.Low:
                        low[count] = ParsePrice(value, names[f], rows, line, source);
                        break;
                    case Role.Close:
                        close[count] = ParsePrice(value, names[f], rows, line, source);
                        break;
                    default:
                        // An empty volume is na, as a missing volume is in Pine.
                        volume[count] = value.IsEmpty ? double.NaN : ParsePrice(value, names[f], rows, line, source);
                        break;
                }
            }

            count++;
        }

        var set = new BarColumnSet(
            time.AsMemory(0, count),
            open.AsMemory(0, count),
            high.AsMemory(0, count),
            low.AsMemory(0, count),
            close.AsMemory(0, count),
            columns.HasVolume ? volume.AsMemory(0, count) : ReadOnlyMemory<double>.Empty,
            columns.HasVolume);
        return Bars.Assemble(set, columns.Names, options, rows, source);
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

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private static byte DetectSeparator(ReadOnlySpan<byte> firstLine)
    {
        bool quoted = false;
        foreach (byte c in firstLine)
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (!quoted && c is (byte)',' or (byte)';' or (byte)'\t')
            {
                return c;
            }
        }

        return (byte)',';
    }

    private static List<string> SplitToStrings(ReadOnlySpan<byte> line, byte separator, string? source)
    {
        var fields = new CsvField[line.Length + 1];
        int count = CsvLineSplitter.Split(line, separator, fields, RowNumbering.Lines(1), 0, source);
        var result = new List<string>(count);
        byte[]? scratch = null;
        for (int i = 0; i < count; i++)
        {
            result.Add(CsvLineSplitter.ToText(CsvLineSplitter.Text(line, fields[i], ref scratch)).Trim());
        }

        return result;
    }

    /// <summary>Header detection: the first line is a bar, not a header, when its first field is a time and every other field a number.</summary>
    private static bool LooksLikeBar(ReadOnlySpan<byte> line, byte separator, int fieldCount)
    {
        var fields = new CsvField[fieldCount];
        CsvLineSplitter.Split(line, separator, fields, RowNumbering.Lines(1), 0, source: null);
        byte[]? scratch = null;
        ReadOnlySpan<byte> first = CsvLineSplitter.Text(line, fields[0], ref scratch).Trim((byte)' ');
        if (!Utf8Numbers.IsInteger(first) && !Iso8601.TryParse(first, out _))
        {
            return false;
        }

        for (int i = 1; i < fields.Length; i++)
        {
            if (!Utf8Numbers.TryParseDouble(CsvLineSplitter.Text(line, fields[i], ref scratch), out _))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] PositionalNames(int fieldCount, ColumnMapping mapping, string? source)
    {
        if (mapping.Timestamp is not null || mapping.Open is not null || mapping.High is not null
            || mapping.Low is not null || mapping.Close is not null || mapping.Volume is not null)
        {
            throw new BarDataException(
                "The CSV has no header row (line 1 is a bar), so the ColumnMapping's names cannot be found; add a header row, " +
                "or drop the mapping to read the columns as time, open, high, low, close[, volume] in that order.",
                row: 1,
                source: source);
        }

        return fieldCount switch
        {
            5 => ["time", "open", "high", "low", "close"],
            6 => ["time", "open", "high", "low", "close", "volume"],
            _ => throw new BarDataException(
                $"The CSV has no header row (line 1 is a bar) and {fieldCount} fields; without a header the columns must be " +
                "time, open, high, low, close and optionally volume, in that order. Add a header row naming them.",
                row: 1,
                source: source),
        };
    }
}
