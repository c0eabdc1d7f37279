using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;

namespace ScriptGen;

/// <summary>
/// Results (<see cref="ResultFrames"/>) as CSV, and back: comma-separated, a header row, the invariant
/// culture, doubles written to round-trip exactly (<c>R</c>; na as <c>NaN</c>), times as ISO-8601 UTC
/// with milliseconds (<c>2024-01-01T00:00:00.000Z</c>), booleans <c>true</c>/<c>false</c>. A missing
/// value is an empty field; an empty text is <c>""</c>. Text is quoted when it holds a comma, quote or
/// line break.
/// </summary>
public static class ResultCsv
{
    private static readonly KeyValuePair<string, Type>[] s_equitySchema =
        [new("time", typeof(DateTime)), new("equity", typeof(double))];

    /// <summary>Writes the run's trades (<see cref="ResultFrames.TradesToDataFrame(StrategyResult)"/>) to <paramref name="path"/>.</summary>
    public static void WriteTrades(StrategyResult result, string path) => Write(result.TradesToDataFrame(), path);

    /// <summary>Writes the run's equity curve (<see cref="ResultFrames.EquityToDataFrame"/>) to <paramref name="path"/>.</summary>
    public static void WriteEquity(StrategyResult result, string path) => Write(result.EquityToDataFrame(), path);

    /// <summary>Writes the run's plots (<see cref="ResultFrames.PlotsToDataFrame"/>) to <paramref name="path"/>.</summary>
    public static void WritePlots(IndicatorResult result, string path) => Write(result.PlotsToDataFrame(), path);

    /// <summary>Writes everything the run drew (<see cref="ResultFrames.ChartToDataFrame"/>) to <paramref name="path"/>.</summary>
    public static void WriteChart(IndicatorResult result, string path) => Write(result.ChartToDataFrame(), path);

    /// <summary>Writes the alerts the run fired (<see cref="ResultFrames.AlertsToDataFrame"/>) to <paramref name="path"/>.</summary>
    public static void WriteAlerts(IndicatorResult result, string path) => Write(result.AlertsToDataFrame(), path);

    /// <summary>Reads alerts written by <see cref="WriteAlerts"/>, with their column types.</summary>
    /// <exception cref="BarDataException">The file is not such an export: other columns, or a value that does not parse.</exception>
    public static DataFrame ReadAlerts(string path) => Read(path, AlertTable.Schema);

    /// <summary>Reads trades written by <see cref="WriteTrades"/>, with their column types.</summary>
    /// <exception cref="BarDataException">The file is not such an export: other columns, or a value that does not parse.</exception>
    public static DataFrame ReadTrades(string path) => Read(path, TradeTable.Schema);

    /// <summary>Reads an equity curve written by <see cref="WriteEquity"/>.</summary>
    /// <exception cref="BarDataException">The file is not such an export.</exception>
    public static DataFrame ReadEquity(string path) => Read(path, s_equitySchema);

    /// <summary>Reads plots written by <see cref="WritePlots"/>: <c>time</c>, then double columns.</summary>
    /// <exception cref="BarDataException">The file is not such an export.</exception>
    public static DataFrame ReadPlots(string path) => Read(path, schema: null);

    /// <summary>
    /// Reads a chart written by <see cref="WriteChart"/>: <c>time</c>, then double columns, but for the colors (names
    /// ending in <c>.color</c>), which are text.
    /// </summary>
    /// <exception cref="BarDataException">The file is not such an export.</exception>
    public static DataFrame ReadChart(string path) => Read(path, schema: null, chart: true);

    /// <summary>Writes a data frame of double, float, long, int, bool, <see cref="DateTime"/> and string columns.</summary>
    /// <exception cref="ArgumentException">A column of another type.</exception>
    public static void Write(DataFrame frame, string path)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(frame, writer);
    }

    /// <summary>Writes a data frame to <paramref name="writer"/> (see <see cref="Write(DataFrame, string)"/>).</summary>
    /// <exception cref="ArgumentException">A column of another type.</exception>
    public static void Write(DataFrame frame, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(writer);
        writer.NewLine = "\n";
        for (int c = 0; c < frame.Columns.Count; c++)
        {
            DataFrameColumn column = frame.Columns[c];
            if (!IsWritable(column))
            {
                throw new ArgumentException(
                    $"Column '{column.Name}' holds {column.DataType.Name} values; CSV export writes double, float, long, int, bool, DateTime and string columns.",
                    nameof(frame));
            }

            writer.Write(c == 0 ? string.Empty : ",");
            WriteText(writer, column.Name);
        }

        writer.WriteLine();
        Span<char> buffer = stackalloc char[64];
        for (long row = 0; row < frame.Rows.Count; row++)
        {
            for (int c = 0; c < frame.Columns.Count; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                WriteValue(writer, frame.Columns[c], row, buffer);
            }

            writer.WriteLine();
        }
    }

    /// <summary>
    /// Reads a CSV export with the given column names and types (double, long, int, bool, <see cref="DateTime"/>,
    /// string); <c>null</c> reads <c>time</c> then double columns.
    /// </summary>
    /// <exception cref="BarDataException">The header differs from the schema, or a value does not parse; the message names the column and line.</exception>
    public static DataFrame Read(string path, IReadOnlyList<KeyValuePair<string, Type>>? schema) => Read(path, schema, chart: false);

    private static DataFrame Read(string path, IReadOnlyList<KeyValuePair<string, Type>>? schema, bool chart)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] buffer = FileBytes.Read(path, "CSV", out int length);
        try
        {
            return ResultCsvReader.Read(buffer.AsSpan(0, length), schema, path, chart);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool IsWritable(DataFrameColumn column) => column is PrimitiveDataFrameColumn<double> or PrimitiveDataFrameColumn<float>
        or PrimitiveDataFrameColumn<long> or PrimitiveDataFrameColumn<int> or PrimitiveDataFrameColumn<bool>
        or PrimitiveDataFrameColumn<DateTime> or StringDataFrameColumn;

    private static void WriteValue(TextWriter writer, DataFrameColumn column, long row, Span<char> buffer)
    {
        switch (column)
        {
            case PrimitiveDataFrameColumn<double> doubles:
                WriteFormatted(writer, doubles[row], buffer, "R");
                break;
            case PrimitiveDataFrameColumn<float> floats:
                WriteFormatted(writer, floats[row], buffer, "R");
                break;
            case PrimitiveDataFrameColumn<long> longs:
                WriteFormatted(writer, longs[row], buffer, null);
                break;
            case PrimitiveDataFrameColumn<int> ints:
                WriteFormatted(writer, ints[row], buffer, null);
                break;
            case PrimitiveDataFrameColumn<bool> bools:
                writer.Write(bools[row] switch { true => "true", false => "false", null => string.Empty });
                break;
            case PrimitiveDataFrameColumn<DateTime> times:
                if (times[row] is { } time)
                {
                    DateTime utc = DateTime.SpecifyKind(time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time, DateTimeKind.Utc);
                    WriteFormatted<DateTime>(writer, utc, buffer, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'");
                }

                break;
            case StringDataFrameColumn texts:
                if (texts[row] is { } text)
                {
                    WriteText(writer, text);
                }

                break;
        }
    }

    private static void WriteFormatted<T>(TextWriter writer, T? value, Span<char> buffer, string? format)
        where T : struct, ISpanFormattable
    {
        if (value is { } present && present.TryFormat(buffer, out int written, format, CultureInfo.InvariantCulture))
        {
            writer.Write(buffer[..written]);
        }
    }

    private static void WriteText(TextWriter writer, string text)
    {
        if (text.Length > 0 && text.AsSpan().IndexOfAny(",\"\r\n") < 0 && text.Trim().Length == text.Length)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
