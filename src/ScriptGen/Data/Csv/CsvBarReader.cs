using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// The CSV bar reader behind <see cref="BarCsv"/>: one pass over the UTF-8 text, fields located by span
/// searches and parsed in place (no string per field or line), columns written straight into arrays sized
/// by counting line breaks first. Text in memory is read as it is; a file is read in chunks through one
/// small pooled buffer (<see cref="CsvFileLines"/>), so a large file costs no buffer of its own size: on a
/// host where first touching memory is slow, that buffer was most of a first load's time.
/// </summary>
internal static class CsvBarReader
{
    /// <summary>The size of the buffer a file is read through: large enough that reads are few, small enough to stay cheap.</summary>
    public const int FileChunkSize = 1 << 20;

    /// <summary>The least bytes a part of a file read on several threads has: 4 MiB, about 70,000 one-minute bars.</summary>
    public const int MinimumPartSize = 4 << 20;

    /// <summary>The most parts per core: enough that cores finish together when one is slowed, few enough that parts stay large.</summary>
    private const int MaximumPartsPerCore = 8;

    private const byte Quote = (byte)'"';

    public static Bars Read(ReadOnlySpan<byte> text, ColumnMapping mapping, BarDataOptions options, string? source)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        int firstBreak = text.IndexOf((byte)'\n');
        CsvLayout layout = ReadLayout(text[..(firstBreak < 0 ? text.Length : firstBreak)], text.IsEmpty || firstBreak < 0, mapping, source);
        ReadOnlySpan<byte> body = layout.HasHeader ? (firstBreak < 0 ? [] : text[(firstBreak + 1)..]) : text;
        var columns = new CsvColumns(body.Count((byte)'\n') + 1, layout.Columns.HasVolume);
        var rows = new CsvRows(layout, columns, 0, columns.Capacity, new EpochReader(options.EpochUnit), source);
        int position = 0;
        while (position < body.Length)
        {
            int lineBreak = body[position..].IndexOf((byte)'\n');
            rows.Add(lineBreak < 0 ? body[position..] : body.Slice(position, lineBreak));
            position = lineBreak < 0 ? body.Length : position + lineBreak + 1;
        }

        return columns.ToBars(rows.Count, layout, options, source);
    }

    /// <summary>
    /// Reads the CSV file at <paramref name="path"/> in chunks of <paramref name="chunkSize"/> bytes (a line longer than that
    /// grows the buffer), in <paramref name="parts"/> parts on as many threads (0: one per core for a file of several
    /// megabytes, see <see cref="PartsFor"/>). Parts give the bars and the first error the whole file read in order gives.
    /// </summary>
    /// <exception cref="BarDataException">The file is missing, unreadable or too large, or its text breaks a rule.</exception>
    public static Bars ReadFile(string path, ColumnMapping mapping, BarDataOptions options, int chunkSize = FileChunkSize, int parts = 0)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(parts);
        using var lines = new CsvFileLines(path, "CSV", chunkSize);
        lines.SkipByteOrderMark();
        long firstLineStart = lines.Position;
        bool hasFirst = lines.TryReadLine(out ReadOnlySpan<byte> firstLine, out bool firstEndsWithBreak);
        CsvLayout layout = ReadLayout(hasFirst ? firstLine : [], !firstEndsWithBreak, mapping, path);
        long bodyStart = layout.HasHeader ? lines.Position : firstLineStart;
        return CsvFileParts.Read(lines, bodyStart, parts > 0 ? parts : PartsFor(lines.Limit - bodyStart), chunkSize, layout, options, path);
    }

    /// <summary>
    /// How many parts a file body of <paramref name="bytes"/> is read in: one per <see cref="MinimumPartSize"/> (below
    /// that, a part costs more than it saves), at most <see cref="MaximumPartsPerCore"/> per core; one on a single core.
    /// </summary>
    public static int PartsFor(long bytes) => Environment.ProcessorCount == 1
        ? 1
        : (int)Math.Clamp(bytes / MinimumPartSize, 1, MaximumPartsPerCore * Environment.ProcessorCount);

    /// <summary>A line without its carriage return.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    /// <summary>The columns, from the first line: a header, or the first bar.</summary>
    /// <param name="line">The first line, without its line feed.</param>
    /// <param name="onlyLine">Whether no line feed follows it (the text is this line, or empty).</param>
    /// <param name="mapping">The user's column names.</param>
    /// <param name="source">The file, for messages.</param>
    private static CsvLayout ReadLayout(ReadOnlySpan<byte> line, bool onlyLine, ColumnMapping mapping, string? source)
    {
        ReadOnlySpan<byte> firstLine = TrimCarriageReturn(line);
        if (firstLine.IsEmpty)
        {
            throw new BarDataException(
                onlyLine ? "The CSV is empty: a header row is needed." : "Line 1 is empty: the CSV must start with its header row.",
                row: 1,
                source: source);
        }

        byte separator = DetectSeparator(firstLine);
        List<string> firstFields = SplitToStrings(firstLine, separator, source);
        bool hasHeader = !LooksLikeBar(firstLine, separator, firstFields.Count);
        IReadOnlyList<string> names = hasHeader ? firstFields : PositionalNames(firstFields.Count, mapping, source);
        ResolvedColumns columns = ColumnResolver.Resolve(names, mapping, "The CSV", source);
        return new CsvLayout(separator, hasHeader, names, columns, RowNumbering.Lines(hasHeader ? 2 : 1));
    }

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
        ReadOnlySpan<byte> first = CsvLineSplitter.TrimSpaces(CsvLineSplitter.Text(line, fields[0], ref scratch));
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

/// <summary>What a CSV's first line says: the separator, whether it is a header, the column names and where the bar columns are.</summary>
internal sealed record CsvLayout(byte Separator, bool HasHeader, IReadOnlyList<string> Names, ResolvedColumns Columns, RowNumbering Rows);
