using System.Numerics;
using Microsoft.Data.Analysis;

namespace ScriptGen;

public sealed partial class Bars
{
    /// <summary>
    /// Creates bars from a data frame's columns, found by <paramref name="columns"/>. A column of
    /// doubles held in one buffer without nulls is used in place, without copying (so the frame must
    /// not be changed while the bars are in use); other columns are converted into new arrays.
    /// </summary>
    /// <param name="frame">The data frame.</param>
    /// <param name="columns">Which columns hold the bar values; <c>null</c> for the default names.</param>
    /// <param name="options">Timeframe, epoch unit, sorting and duplicate opt-ins; <c>null</c> for the defaults.</param>
    /// <remarks>
    /// <para>Prices and volume may be double, float, decimal, int or long columns (converted to double
    /// as a cast does). A null price is an error; a null volume is na.</para>
    /// <para>The time column may hold <see cref="DateTime"/> (a <c>Utc</c> or <c>Unspecified</c> kind is
    /// taken as UTC; <c>Local</c> is converted to UTC), <see cref="DateTimeOffset"/> (its instant),
    /// epoch numbers (long, int or double, unit per <see cref="BarDataOptions.EpochUnit"/>; long
    /// milliseconds in one buffer are used in place) or ISO-8601 strings.</para>
    /// <para>Rows are numbered from 0 in messages.</para>
    /// </remarks>
    /// <exception cref="BarDataException">A column is missing or of an unusable type, a value is missing, or a rule is broken.</exception>
    public static Bars FromDataFrame(DataFrame frame, ColumnMapping? columns = null, BarDataOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= BarDataOptions.Default;
        string? source = options.Source;
        var names = new List<string>(frame.Columns.Count);
        foreach (DataFrameColumn column in frame.Columns)
        {
            names.Add(column.Name);
        }

        ResolvedColumns found = ColumnResolver.Resolve(names, columns ?? ColumnMapping.Default, "The data frame", source);
        if (frame.Rows.Count > Array.MaxLength)
        {
            throw new BarDataException($"The data frame has {frame.Rows.Count:N0} rows; bars hold at most {Array.MaxLength:N0}.", source: source);
        }

        RowNumbering rows = RowNumbering.Rows;
        var set = new BarColumnSet(
            FrameTimes(frame.Columns[found.Time], options.EpochUnit, rows, source),
            FramePrices(frame.Columns[found.Open], missingIsNa: false, rows, source),
            FramePrices(frame.Columns[found.High], missingIsNa: false, rows, source),
            FramePrices(frame.Columns[found.Low], missingIsNa: false, rows, source),
            FramePrices(frame.Columns[found.Close], missingIsNa: false, rows, source),
            found.HasVolume ? FramePrices(frame.Columns[found.Volume], missingIsNa: true, rows, source) : ReadOnlyMemory<double>.Empty,
            found.HasVolume);
        return Assemble(set, found.Names, options, rows, source);
    }

    private static ReadOnlyMemory<double> FramePrices(DataFrameColumn column, bool missingIsNa, RowNumbering rows, string? source)
    {
        if (column is PrimitiveDataFrameColumn<double> doubles && column.NullCount == 0)
        {
            // Zero copy: the column's own buffer, when it is one buffer.
            ReadOnlyMemory<double>? single = SingleBuffer(doubles.GetReadOnlyDataBuffers(), column.Length);
            if (single is { } memory)
            {
                return memory;
            }
        }

        var builder = new PriceColumnBuilder((int)column.Length, column.Name, missingIsNa, rows, source);
        switch (column)
        {
            case PrimitiveDataFrameColumn<double> c: AppendChunks(builder, c); break;
            case PrimitiveDataFrameColumn<float> c: AppendChunks(builder, c); break;
            case PrimitiveDataFrameColumn<decimal> c: AppendChunks(builder, c); break;
            case PrimitiveDataFrameColumn<int> c: AppendChunks(builder, c); break;
            case PrimitiveDataFrameColumn<long> c: AppendChunks(builder, c); break;
            default: throw PriceColumnBuilder.WrongType(column.Name, column.DataType, source);
        }

        return builder.Values;
    }

    private static void AppendChunks<T>(PriceColumnBuilder builder, PrimitiveDataFrameColumn<T> column)
        where T : unmanaged, INumberBase<T>
    {
        using IEnumerator<ReadOnlyMemory<byte>> validity = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (ReadOnlyMemory<T> chunk in column.GetReadOnlyDataBuffers())
        {
            ReadOnlySpan<byte> bits = validity.MoveNext() && column.NullCount > 0 ? validity.Current.Span : default;
            builder.Append(chunk.Span, new Validity(bits));
        }
    }

    private static ReadOnlyMemory<long> FrameTimes(DataFrameColumn column, EpochUnit unit, RowNumbering rows, string? source)
    {
        if (column is PrimitiveDataFrameColumn<long> longs && column.NullCount == 0
            && SingleBuffer(longs.GetReadOnlyDataBuffers(), column.Length) is { } memory
            && AreMilliseconds(memory.Span, unit))
        {
            return memory; // Zero copy: epoch milliseconds are what bars hold.
        }

        var builder = new TimeColumnBuilder((int)column.Length, column.Name, unit, rows, source);
        switch (column)
        {
            case PrimitiveDataFrameColumn<long> c:
                foreach ((ReadOnlyMemory<long> chunk, ReadOnlyMemory<byte> bits) in Chunks(c))
                {
                    builder.AppendEpoch(chunk.Span, new Validity(bits.Span));
                }

                break;
            case PrimitiveDataFrameColumn<int> c:
                foreach ((ReadOnlyMemory<int> chunk, ReadOnlyMemory<byte> bits) in Chunks(c))
                {
                    builder.AppendEpoch(chunk.Span, new Validity(bits.Span));
                }

                break;
            case PrimitiveDataFrameColumn<double> c:
                foreach ((ReadOnlyMemory<double> chunk, ReadOnlyMemory<byte> bits) in Chunks(c))
                {
                    builder.AppendEpoch(chunk.Span, new Validity(bits.Span));
                }

                break;
            case PrimitiveDataFrameColumn<DateTime> c:
                foreach ((ReadOnlyMemory<DateTime> chunk, ReadOnlyMemory<byte> bits) in Chunks(c))
                {
                    builder.AppendDateTimes(chunk.Span, new Validity(bits.Span));
                }

                break;
            case PrimitiveDataFrameColumn<DateTimeOffset> c:
                foreach ((ReadOnlyMemory<DateTimeOffset> chunk, ReadOnlyMemory<byte> bits) in Chunks(c))
                {
                    builder.AppendDateTimeOffsets(chunk.Span, new Validity(bits.Span));
                }

                break;
            case StringDataFrameColumn c:
                for (long i = 0; i < c.Length; i++)
                {
                    builder.AppendIso8601(c[i]);
                }

                break;
            default:
                throw TimeColumnBuilder.WrongType(column.Name, column.DataType, source);
        }

        return builder.Values;
    }

    private static IEnumerable<(ReadOnlyMemory<T> Values, ReadOnlyMemory<byte> Validity)> Chunks<T>(PrimitiveDataFrameColumn<T> column)
        where T : unmanaged
    {
        using IEnumerator<ReadOnlyMemory<byte>> validity = column.GetReadOnlyNullBitMapBuffers().GetEnumerator();
        foreach (ReadOnlyMemory<T> chunk in column.GetReadOnlyDataBuffers())
        {
            ReadOnlyMemory<byte> bits = validity.MoveNext() && column.NullCount > 0 ? validity.Current : default;
            yield return (chunk, bits);
        }
    }

    private static ReadOnlyMemory<T>? SingleBuffer<T>(IEnumerable<ReadOnlyMemory<T>> buffers, long length)
    {
        ReadOnlyMemory<T>? single = null;
        foreach (ReadOnlyMemory<T> buffer in buffers)
        {
            if (single is not null)
            {
                return null;
            }

            single = buffer;
        }

        return single is { } memory && memory.Length == length ? memory : null;
    }

    private static bool AreMilliseconds(ReadOnlySpan<long> time, EpochUnit unit)
    {
        if (unit == EpochUnit.Milliseconds)
        {
            return true;
        }

        if (unit != EpochUnit.Auto)
        {
            return false;
        }

        foreach (long t in time)
        {
            if (EpochTime.UnitOf(t) != EpochUnit.Milliseconds)
            {
                return false; // The builder then names the row whose unit differs.
            }
        }

        return true;
    }
}
