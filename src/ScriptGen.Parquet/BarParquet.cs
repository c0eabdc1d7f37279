using Parquet;
using Parquet.Schema;

namespace ScriptGen;

/// <summary>
/// Reads bars from Parquet files (through Parquet.Net) and writes them. Held to the same rules as
/// every bar source; rows are numbered from 0 across row groups.
/// </summary>
/// <remarks>
/// <para>Prices and volume may be double, float, decimal, int or long columns; a null price is an
/// error, a null volume na. The time column may be a timestamp (read as a UTC instant), a
/// <see cref="DateTimeOffset"/>, epoch numbers (long, int, double; unit per
/// <see cref="BarDataOptions.EpochUnit"/>) or ISO-8601 strings.</para>
/// <para>A file Parquet.Net cannot decode (truncated, corrupted) is a <see cref="BarDataException"/>
/// naming the file, with the library's error as the inner exception. The synchronous methods wait
/// for the asynchronous ones (Parquet.Net's API is asynchronous).</para>
/// </remarks>
public static class BarParquet
{
    /// <summary>Reads the Parquet file at <paramref name="path"/>.</summary>
    /// <exception cref="BarDataException">The file is missing or unreadable, a column is missing or of an unusable type, or a rule is broken.</exception>
    public static Bars Read(string path, ColumnMapping? columns = null, BarDataOptions? options = null) =>
        ReadAsync(path, columns, options).GetAwaiter().GetResult();

    /// <summary>Reads the Parquet file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <param name="cancel">Cancels the read.</param>
    /// <exception cref="BarDataException">The file is missing or unreadable, a column is missing or of an unusable type, or a rule is broken.</exception>
    public static async Task<Bars> ReadAsync(string path, ColumnMapping? columns = null, BarDataOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= BarDataOptions.Default;
        await using FileStream stream = ParquetFailures.Open(path);
        try
        {
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel).ConfigureAwait(false);
            return await ReadBarsAsync(reader, columns ?? ColumnMapping.Default, options, path, cancel).ConfigureAwait(false);
        }
        catch (Exception e) when (ParquetFailures.IsDecodingFailure(e))
        {
            throw ParquetFailures.Unreadable(path, e);
        }
    }

    /// <summary>
    /// Writes <paramref name="bars"/> as a Parquet file: <c>time</c> (timestamp, UTC), <c>open</c>,
    /// <c>high</c>, <c>low</c>, <c>close</c> and, when the bars have one, <c>volume</c> (double).
    /// </summary>
    public static void Write(Bars bars, string path) => WriteAsync(bars, path).GetAwaiter().GetResult();

    /// <summary>Writes <paramref name="bars"/> as a Parquet file (see <see cref="Write"/>).</summary>
    public static async Task WriteAsync(Bars bars, string path, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var time = new DataField<DateTime>("time");
        var prices = new List<DataField<double>> { new("open"), new("high"), new("low"), new("close") };
        if (bars.HasVolume)
        {
            prices.Add(new DataField<double>("volume"));
        }

        var schema = new ParquetSchema([time, .. prices]);
        var times = new DateTime[bars.Count];
        ReadOnlySpan<long> source = bars.Time;
        for (int i = 0; i < times.Length; i++)
        {
            times[i] = DateTimeOffset.FromUnixTimeMilliseconds(source[i]).UtcDateTime;
        }

        ReadOnlyMemory<double>[] columns = [bars.OpenMemory, bars.HighMemory, bars.LowMemory, bars.CloseMemory, bars.VolumeMemory];
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel).ConfigureAwait(false);
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        await group.WriteAsync<DateTime>(time, times, cancellationToken: cancel).ConfigureAwait(false);
        for (int i = 0; i < prices.Count; i++)
        {
            await group.WriteAsync<double>(prices[i], columns[i], cancellationToken: cancel).ConfigureAwait(false);
        }
    }

    private static async Task<Bars> ReadBarsAsync(ParquetReader reader, ColumnMapping mapping, BarDataOptions options, string path, CancellationToken cancel)
    {
        DataField[] fields = reader.Schema.GetDataFields();
        var names = new List<string>(fields.Length);
        foreach (DataField field in fields)
        {
            names.Add(field.Name);
        }

        BarColumnLayout layout = BarColumnLayout.Resolve(names, mapping, "The Parquet file", path);
        long total = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            total += reader.OpenRowGroupReader(g).RowCount;
        }

        if (total > Array.MaxLength)
        {
            throw new BarDataException($"The Parquet file has {total:N0} rows; bars hold at most {Array.MaxLength:N0}.", source: path);
        }

        var builder = new BarsBuilder((int)total, layout, options, path);
        BarColumn[] prices = layout.HasVolume
            ? [BarColumn.Open, BarColumn.High, BarColumn.Low, BarColumn.Close, BarColumn.Volume]
            : [BarColumn.Open, BarColumn.High, BarColumn.Low, BarColumn.Close];
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int groupRows = checked((int)group.RowCount);
            await AppendTimesAsync(builder, group, fields[layout.Time], groupRows, cancel).ConfigureAwait(false);
            foreach (BarColumn price in prices)
            {
                await AppendPricesAsync(builder, price, group, fields[layout.IndexOf(price)], groupRows, cancel).ConfigureAwait(false);
            }
        }

        return builder.Build();
    }

    private static async Task AppendPricesAsync(
        BarsBuilder builder, BarColumn column, ParquetRowGroupReader group, DataField field, int count, CancellationToken cancel)
    {
        Type type = field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType; // Parquet.Net's type for text
        if (field.IsArray)
        {
            throw builder.UnsupportedPriceType(field.Name, typeof(Array));
        }

        if (type == typeof(double) && !field.IsNullable)
        {
            // Straight into the column: no nulls to check, nothing to convert.
            await group.ReadAsync<double>(field, builder.Claim(column, count), cancellationToken: cancel).ConfigureAwait(false);
        }
        else if (type == typeof(double))
        {
            (double[] values, byte[]? validity) = await ParquetColumns.ReadAsync<double>(group, field, count, cancel).ConfigureAwait(false);
            builder.Append<double>(column, values, validity);
        }
        else if (type == typeof(float))
        {
            (float[] values, byte[]? validity) = await ParquetColumns.ReadAsync<float>(group, field, count, cancel).ConfigureAwait(false);
            builder.Append<float>(column, values, validity);
        }
        else if (type == typeof(decimal))
        {
            (decimal[] values, byte[]? validity) = await ParquetColumns.ReadAsync<decimal>(group, field, count, cancel).ConfigureAwait(false);
            builder.Append<decimal>(column, values, validity);
        }
        else if (type == typeof(int))
        {
            (int[] values, byte[]? validity) = await ParquetColumns.ReadAsync<int>(group, field, count, cancel).ConfigureAwait(false);
            builder.Append<int>(column, values, validity);
        }
        else if (type == typeof(long))
        {
            (long[] values, byte[]? validity) = await ParquetColumns.ReadAsync<long>(group, field, count, cancel).ConfigureAwait(false);
            builder.Append<long>(column, values, validity);
        }
        else
        {
            throw builder.UnsupportedPriceType(field.Name, type);
        }
    }

    private static async Task AppendTimesAsync(
        BarsBuilder builder, ParquetRowGroupReader group, DataField field, int count, CancellationToken cancel)
    {
        Type type = field.ClrType;
        if (field.IsArray)
        {
            throw builder.UnsupportedTimeType(field.Name, typeof(Array));
        }

        if (type == typeof(DateTime))
        {
            (DateTime[] values, byte[]? validity) = await ParquetColumns.ReadAsync<DateTime>(group, field, count, cancel).ConfigureAwait(false);
            for (int i = 0; i < values.Length; i++)
            {
                // Parquet timestamps are instants; the library hands them back without a kind.
                values[i] = DateTime.SpecifyKind(values[i], DateTimeKind.Utc);
            }

            builder.AppendTime(values, validity);
        }
        else if (type == typeof(DateTimeOffset))
        {
            (DateTimeOffset[] values, byte[]? validity) = await ParquetColumns.ReadAsync<DateTimeOffset>(group, field, count, cancel).ConfigureAwait(false);
            builder.AppendTime(values, validity);
        }
        else if (type == typeof(long))
        {
            (long[] values, byte[]? validity) = await ParquetColumns.ReadAsync<long>(group, field, count, cancel).ConfigureAwait(false);
            builder.AppendTime(values, validity);
        }
        else if (type == typeof(int))
        {
            (int[] values, byte[]? validity) = await ParquetColumns.ReadAsync<int>(group, field, count, cancel).ConfigureAwait(false);
            builder.AppendTime(values, validity);
        }
        else if (type == typeof(double))
        {
            (double[] values, byte[]? validity) = await ParquetColumns.ReadAsync<double>(group, field, count, cancel).ConfigureAwait(false);
            builder.AppendTime(values, validity);
        }
        else if (type == typeof(string) || type == typeof(ReadOnlyMemory<char>))
        {
            foreach (string? text in await ParquetColumns.ReadTextAsync(group, field, count, cancel).ConfigureAwait(false))
            {
                builder.AppendTime(text);
            }
        }
        else
        {
            throw builder.UnsupportedTimeType(field.Name, type);
        }
    }
}
