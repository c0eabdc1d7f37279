using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;

namespace ScriptGen;

/// <summary>
/// Reads bars from Apache Arrow IPC files (the file format, <c>.arrow</c>/<c>.feather</c> v2, or the
/// stream format), through the Apache.Arrow library, and writes them. Held to the same rules as every
/// bar source; rows are numbered from 0 across record batches.
/// </summary>
/// <remarks>
/// <para>Prices and volume may be double, float, int32, int64 or decimal128 columns; a null price is an
/// error, a null volume na. The time column may be a timestamp (its declared unit is used; values are
/// instants, a timestamp without a time zone is taken as UTC), date64, date32, int64/int32/double epochs
/// (unit per <see cref="BarDataOptions.EpochUnit"/>) or ISO-8601 strings.</para>
/// <para>A file the library cannot decode (truncated, corrupted) is a <see cref="BarDataException"/>
/// naming the file, with the library's error as the inner exception.</para>
/// </remarks>
public static class BarArrow
{
    private static ReadOnlySpan<byte> FileMagic => "ARROW1"u8;

    /// <summary>Reads the Arrow IPC file at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <exception cref="BarDataException">The file is missing or unreadable, a column is missing or of an unusable type, or a rule is broken.</exception>
    public static Bars Read(string path, ColumnMapping? columns = null, BarDataOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= BarDataOptions.Default;
        List<RecordBatch> batches = ReadBatches(path, out Schema schema);
        try
        {
            return ToBars(batches, schema, columns ?? ColumnMapping.Default, options, path);
        }
        finally
        {
            foreach (RecordBatch batch in batches)
            {
                batch.Dispose();
            }
        }
    }

    /// <summary>
    /// Writes <paramref name="bars"/> as an Arrow IPC file: <c>time</c> (timestamp, milliseconds, UTC),
    /// <c>open</c>, <c>high</c>, <c>low</c>, <c>close</c> and, when the bars have one, <c>volume</c> (double).
    /// </summary>
    public static void Write(Bars bars, string path)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var timeType = new TimestampType(TimeUnit.Millisecond, "UTC");
        var fields = new List<Field>
        {
            new("time", timeType, nullable: false),
            new("open", DoubleType.Default, nullable: false),
            new("high", DoubleType.Default, nullable: false),
            new("low", DoubleType.Default, nullable: false),
            new("close", DoubleType.Default, nullable: false),
        };
        var arrays = new List<IArrowArray>
        {
            new TimestampArray(timeType, new ArrowBuffer(MemoryMarshal.AsBytes(bars.Time).ToArray()), ArrowBuffer.Empty, bars.Count, 0, 0),
            Doubles(bars.OpenMemory),
            Doubles(bars.HighMemory),
            Doubles(bars.LowMemory),
            Doubles(bars.CloseMemory),
        };
        if (bars.HasVolume)
        {
            fields.Add(new Field("volume", DoubleType.Default, nullable: false));
            arrays.Add(Doubles(bars.VolumeMemory));
        }

        var schema = new Schema(fields, metadata: null);
        using FileStream stream = File.Create(path);
        using var writer = new ArrowFileWriter(stream, schema);
        writer.WriteRecordBatch(new RecordBatch(schema, arrays, bars.Count));
        writer.WriteEnd();
    }

    private static DoubleArray Doubles(ReadOnlyMemory<double> values) =>
        new(new ArrowBuffer(MemoryMarshal.AsBytes(values.Span).ToArray()), ArrowBuffer.Empty, values.Length, 0, 0);

    private static List<RecordBatch> ReadBatches(string path, out Schema schema)
    {
        var batches = new List<RecordBatch>();
        try
        {
            using FileStream stream = OpenFile(path);
            Span<byte> magic = stackalloc byte[6];
            bool isFile = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false) == magic.Length && magic.SequenceEqual(FileMagic);
            stream.Position = 0;
            using ArrowStreamReader reader = isFile ? new ArrowFileReader(stream, leaveOpen: true) : new ArrowStreamReader(stream, leaveOpen: true);
            while (reader.ReadNextRecordBatch() is { } batch)
            {
                batches.Add(batch);
            }

            schema = reader.Schema ?? throw new InvalidDataException("The file has no schema.");
            return batches;
        }
        catch (Exception e) when (e is not BarDataException and not OutOfMemoryException)
        {
            // The library reports damaged files with many exception types (invalid data, index out of
            // range, flatbuffer errors); all of them mean the same thing to the user.
            foreach (RecordBatch batch in batches)
            {
                batch.Dispose();
            }

            throw new BarDataException($"'{path}' is not a readable Arrow IPC file: {e.Message}", e, source: path);
        }
    }

    private static FileStream OpenFile(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BarDataException($"Data file '{path}' does not exist.", source: path);
        }
    }

    private static Bars ToBars(List<RecordBatch> batches, Schema schema, ColumnMapping mapping, BarDataOptions options, string path)
    {
        var names = new List<string>(schema.FieldsList.Count);
        foreach (Field field in schema.FieldsList)
        {
            names.Add(field.Name);
        }

        ResolvedColumns found = ColumnResolver.Resolve(names, mapping, "The Arrow file", path);
        long total = 0;
        foreach (RecordBatch batch in batches)
        {
            total += batch.Length;
        }

        if (total > System.Array.MaxLength)
        {
            throw new BarDataException($"The Arrow file has {total:N0} rows; bars hold at most {System.Array.MaxLength:N0}.", source: path);
        }

        int count = (int)total;
        RowNumbering rows = RowNumbering.Rows;
        var time = new TimeColumnBuilder(count, found.Names.Time, options.EpochUnit, rows, path);
        var open = new PriceColumnBuilder(count, found.Names.Open, missingIsNa: false, rows, path);
        var high = new PriceColumnBuilder(count, found.Names.High, missingIsNa: false, rows, path);
        var low = new PriceColumnBuilder(count, found.Names.Low, missingIsNa: false, rows, path);
        var close = new PriceColumnBuilder(count, found.Names.Close, missingIsNa: false, rows, path);
        PriceColumnBuilder? volume = found.HasVolume ? new PriceColumnBuilder(count, found.Names.Volume, missingIsNa: true, rows, path) : null;
        foreach (RecordBatch batch in batches)
        {
            AppendTimes(time, batch.Column(found.Time), found.Names.Time, path);
            AppendPrices(open, batch.Column(found.Open), found.Names.Open, path);
            AppendPrices(high, batch.Column(found.High), found.Names.High, path);
            AppendPrices(low, batch.Column(found.Low), found.Names.Low, path);
            AppendPrices(close, batch.Column(found.Close), found.Names.Close, path);
            if (volume is not null)
            {
                AppendPrices(volume, batch.Column(found.Volume), found.Names.Volume, path);
            }
        }

        var set = new BarColumnSet(
            time.Values, open.Values, high.Values, low.Values, close.Values, volume?.Values ?? ReadOnlyMemory<double>.Empty, volume is not null);
        return Bars.Assemble(set, found.Names, options, rows, path);
    }

    private static Validity ValidityOf(IArrowArray array) =>
        array.NullCount == 0 ? Validity.AllValid : new Validity(array.Data.Buffers[0].Span, array.Offset);

    private static void AppendPrices(PriceColumnBuilder builder, IArrowArray array, string name, string path)
    {
        switch (array)
        {
            case DoubleArray a: builder.Append(a.Values, ValidityOf(a)); break;
            case FloatArray a: builder.Append(a.Values, ValidityOf(a)); break;
            case Int32Array a: builder.Append(a.Values, ValidityOf(a)); break;
            case Int64Array a: builder.Append(a.Values, ValidityOf(a)); break;
            case Decimal128Array a:
                var values = new decimal[a.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = a.GetValue(i) ?? 0m;
                }

                builder.Append<decimal>(values, ValidityOf(a));
                break;
            default:
                throw new BarDataException(
                    $"Column '{name}' holds Arrow {array.Data.DataType.Name} values; a price or volume column must hold double, float, int32, int64 or decimal128.",
                    name,
                    source: path);
        }
    }

    private static void AppendTimes(TimeColumnBuilder builder, IArrowArray array, string name, string path)
    {
        switch (array)
        {
            case TimestampArray a:
                builder.AppendInstants(a.Values, ValidityOf(a), UnitOf(((TimestampType)a.Data.DataType).Unit));
                break;
            case Date64Array a:
                builder.AppendInstants(a.Values, ValidityOf(a), EpochUnit.Milliseconds);
                break;
            case Date32Array a:
                var days = new long[a.Length];
                for (int i = 0; i < days.Length; i++)
                {
                    days[i] = a.Values[i] * 86_400L;
                }

                builder.AppendInstants(days, ValidityOf(a), EpochUnit.Seconds);
                break;
            case Int64Array a: builder.AppendEpoch(a.Values, ValidityOf(a)); break;
            case Int32Array a: builder.AppendEpoch(a.Values, ValidityOf(a)); break;
            case DoubleArray a: builder.AppendEpoch(a.Values, ValidityOf(a)); break;
            case StringArray a:
                for (int i = 0; i < a.Length; i++)
                {
                    builder.AppendIso8601(a.GetString(i));
                }

                break;
            default:
                throw new BarDataException(
                    $"Column '{name}' holds Arrow {array.Data.DataType.Name} values; a time column must hold timestamps, dates, " +
                    "epoch numbers (int64, int32, double) or ISO-8601 strings.",
                    name,
                    source: path);
        }
    }

    private static EpochUnit UnitOf(TimeUnit unit) => unit switch
    {
        TimeUnit.Second => EpochUnit.Seconds,
        TimeUnit.Millisecond => EpochUnit.Milliseconds,
        TimeUnit.Microsecond => EpochUnit.Microseconds,
        _ => EpochUnit.Nanoseconds,
    };
}
