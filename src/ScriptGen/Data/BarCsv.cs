using System.Buffers;
using System.Text;

namespace ScriptGen;

/// <summary>
/// Reads bars from CSV: strict, fast (one pass over the text, no string per field; a file is read
/// in chunks through one small buffer, and a file of several megabytes in parts on every core), and held to the same
/// rules as every bar source. A bad file throws <see cref="BarDataException"/>
/// naming the column and the file line.
/// </summary>
/// <remarks>
/// <para><b>Header.</b> The first line names the columns; it is taken as a bar instead (no header)
/// when its first field is a time and all the others numbers, and then the columns are time, open,
/// high, low, close and optionally volume, in that order. Columns are found by a
/// <see cref="ColumnMapping"/> (default names ignoring case: <c>time</c>/<c>timestamp</c>/<c>date</c>/<c>datetime</c>,
/// <c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c>/<c>vol</c>); other columns are ignored.</para>
/// <para><b>Fields.</b> The separator is the first <c>,</c> <c>;</c> or tab of the first line. Fields may
/// be quoted (<c>"..."</c>, <c>""</c> for a quote) but cannot span lines. Every line has as many
/// fields as the first; empty lines may only end the file. Text is UTF-8 (a byte order mark is skipped).</para>
/// <para><b>Values.</b> Numbers use the invariant culture (<c>.</c> decimal point, optional exponent);
/// an empty volume field is na. Times are ISO-8601 (<c>2022-01-02T17:00:00-05:00</c>; an offset is
/// honoured, none means UTC; fractions finer than a millisecond are truncated) or integer Unix
/// epochs whose unit is <see cref="BarDataOptions.EpochUnit"/> (by default chosen from the first
/// row's magnitude).</para>
/// </remarks>
public static class BarCsv
{
    /// <summary>Reads the CSV file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="timeframe">The bar interval; inferred from the times when omitted.</param>
    /// <exception cref="BarDataException">The file is missing, or a column or value is not valid.</exception>
    public static Bars Read(string path, TimeSpan? timeframe = null) =>
        Read(path, ColumnMapping.Default, new BarDataOptions { Timeframe = timeframe });

    /// <summary>Reads the CSV file at <paramref name="path"/> with a column mapping and options.</summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <exception cref="BarDataException">The file is missing, or a column or value is not valid.</exception>
    public static Bars Read(string path, ColumnMapping? columns, BarDataOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return CsvBarReader.ReadFile(path, columns ?? ColumnMapping.Default, options ?? BarDataOptions.Default);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">A name for the text in error messages (a file path).</param>
    /// <param name="timeframe">The bar interval; inferred from the times when omitted.</param>
    /// <exception cref="BarDataException">A column or value is not valid.</exception>
    public static Bars Parse(TextReader reader, string? source = null, TimeSpan? timeframe = null) =>
        Parse(reader, source, ColumnMapping.Default, new BarDataOptions { Timeframe = timeframe });

    /// <summary>Reads CSV text from <paramref name="reader"/> with a column mapping and options.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">A name for the text in error messages (a file path).</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <exception cref="BarDataException">A column or value is not valid.</exception>
    public static Bars Parse(TextReader reader, string? source, ColumnMapping? columns, BarDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string text = reader.ReadToEnd();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            int length = Encoding.UTF8.GetBytes(text, buffer);
            return Parse(buffer.AsSpan(0, length), source, columns, options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads CSV from UTF-8 bytes (the fastest path: no decoding).</summary>
    /// <param name="utf8">The CSV bytes.</param>
    /// <param name="source">A name for the text in error messages (a file path).</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <exception cref="BarDataException">A column or value is not valid.</exception>
    public static Bars Parse(ReadOnlySpan<byte> utf8, string? source = null, ColumnMapping? columns = null, BarDataOptions? options = null)
    {
        options ??= BarDataOptions.Default;
        return CsvBarReader.Read(utf8, columns ?? ColumnMapping.Default, options, source ?? options.Source);
    }
}
