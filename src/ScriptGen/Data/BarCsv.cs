using System.Globalization;

namespace ScriptGen;

/// <summary>
/// Reads bars from CSV: a header row naming the columns, then one bar per row. Strict: a missing
/// column, a value that does not parse, or times out of order throw <see cref="BarDataException"/>
/// naming the column and line.
/// </summary>
/// <remarks>
/// <para>Columns are found by header, ignoring case: <c>time</c> (or <c>timestamp</c>, <c>date</c>,
/// <c>datetime</c>), <c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, and optionally <c>volume</c>
/// (or <c>vol</c>). Other columns are ignored. Fields may be quoted ("...", with "" for a quote).
/// The separator is the first of <c>,</c> <c>;</c> or tab found in the header.</para>
/// <para>Times are ISO-8601 (an offset is honoured; none means UTC) or integer Unix epochs, whose
/// unit follows from their size: seconds below 10^11, milliseconds below 10^14, microseconds below
/// 10^17, nanoseconds above. Numbers use the invariant culture (<c>.</c> decimal point) and must be
/// finite.</para>
/// </remarks>
public static class BarCsv
{
    private static readonly string[] s_timeNames = ["time", "timestamp", "date", "datetime"];
    private static readonly string[] s_volumeNames = ["volume", "vol"];

    /// <summary>Reads the CSV file at <paramref name="path"/>.</summary>
    /// <exception cref="BarDataException">The file is missing, or a column or value is not valid.</exception>
    public static Bars Read(string path, TimeSpan? timeframe = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new BarDataException($"Bar data file '{path}' does not exist.", source: path);
        }

        using var reader = new StreamReader(path);
        return Parse(reader, path, timeframe);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">A name for the text in error messages (a file path).</param>
    /// <param name="timeframe">The bar interval; inferred from the times when omitted.</param>
    /// <exception cref="BarDataException">A column or value is not valid.</exception>
    public static Bars Parse(TextReader reader, string? source = null, TimeSpan? timeframe = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string header = reader.ReadLine() ?? throw new BarDataException("The CSV is empty: a header row is needed.", source: source);
        char separator = DetectSeparator(header);
        List<string> names = CsvFields.Split(header, separator, lineNumber: 1, source);
        var columns = new ColumnIndexes(
            Time: Find(names, s_timeNames, required: true, source),
            Open: Find(names, ["open"], required: true, source),
            High: Find(names, ["high"], required: true, source),
            Low: Find(names, ["low"], required: true, source),
            Close: Find(names, ["close"], required: true, source),
            Volume: Find(names, s_volumeNames, required: false, source));

        var time = new List<long>();
        var open = new List<double>();
        var high = new List<double>();
        var low = new List<double>();
        var close = new List<double>();
        var volume = new List<double>();
        int lineNumber = 1;
        int blankLine = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                blankLine = blankLine == 0 ? lineNumber : blankLine;
                continue;
            }

            if (blankLine != 0)
            {
                throw new BarDataException(
                    $"Line {blankLine} is empty but more rows follow; every row between the header and the end must be a bar.",
                    row: blankLine,
                    source: source);
            }

            List<string> fields = CsvFields.Split(line, separator, lineNumber, source);
            if (fields.Count != names.Count)
            {
                throw new BarDataException(
                    $"Line {lineNumber} has {fields.Count} fields but the header has {names.Count}.",
                    row: lineNumber,
                    source: source);
            }

            long barTime = ParseTime(fields[columns.Time], names[columns.Time], lineNumber, source);
            if (time.Count > 0 && barTime <= time[^1])
            {
                // Checked here rather than left to Bars, so the message can name file lines.
                string what = barTime == time[^1] ? "duplicates" : "is earlier than";
                throw new BarDataException(
                    $"Bar times must be strictly increasing: line {lineNumber} ({Bars.FormatTime(barTime)}) {what} line {lineNumber - 1} ({Bars.FormatTime(time[^1])}).",
                    names[columns.Time],
                    lineNumber,
                    source);
            }

            time.Add(barTime);
            open.Add(ParseNumber(fields[columns.Open], names[columns.Open], lineNumber, source));
            high.Add(ParseNumber(fields[columns.High], names[columns.High], lineNumber, source));
            low.Add(ParseNumber(fields[columns.Low], names[columns.Low], lineNumber, source));
            close.Add(ParseNumber(fields[columns.Close], names[columns.Close], lineNumber, source));
            if (columns.Volume >= 0)
            {
                volume.Add(ParseNumber(fields[columns.Volume], names[columns.Volume], lineNumber, source));
            }
        }

        Bars bars = Bars.FromArrays(
            time.ToArray(),
            open.ToArray(),
            high.ToArray(),
            low.ToArray(),
            close.ToArray(),
            columns.Volume >= 0 ? volume.ToArray() : null,
            timeframe);
        return source is null ? bars : bars.WithSource(source);
    }

    private static char DetectSeparator(string header)
    {
        foreach (char c in header)
        {
            if (c is ',' or ';' or '\t')
            {
                return c;
            }
        }

        return ',';
    }

    private static int Find(List<string> names, string[] accepted, bool required, string? source)
    {
        for (int i = 0; i < names.Count; i++)
        {
            foreach (string name in accepted)
            {
                if (string.Equals(names[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        if (!required)
        {
            return -1;
        }

        throw new BarDataException(
            $"The CSV has no '{accepted[0]}' column{(accepted.Length > 1 ? $" (nor {string.Join(", ", accepted.Skip(1))})" : string.Empty)}. " +
            $"Its columns: {string.Join(", ", names)}.",
            accepted[0],
            row: 1,
            source: source);
    }

    private static double ParseNumber(string field, string column, int lineNumber, string? source)
    {
        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value))
        {
            return value;
        }

        throw new BarDataException(
            $"Line {lineNumber}, column '{column}': '{field}' is not a finite number (invariant culture, e.g. 1.2345).",
            column,
            lineNumber,
            source);
    }

    private static long ParseTime(string field, string column, int lineNumber, string? source)
    {
        if (long.TryParse(field, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long epoch))
        {
            long magnitude = Math.Abs(epoch);
            return magnitude switch
            {
                < 100_000_000_000L => epoch * 1000,
                < 100_000_000_000_000L => epoch,
                < 100_000_000_000_000_000L => epoch / 1000,
                _ => epoch / 1_000_000,
            };
        }

        if (DateTimeOffset.TryParse(field, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset instant))
        {
            return instant.ToUnixTimeMilliseconds();
        }

        throw new BarDataException(
            $"Line {lineNumber}, column '{column}': '{field}' is not a time (ISO-8601 such as 2022-01-02T17:00:00-05:00, or a Unix epoch).",
            column,
            lineNumber,
            source);
    }

    private readonly record struct ColumnIndexes(int Time, int Open, int High, int Low, int Close, int Volume);
}
