using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace ScriptGen;

/// <summary>Writes one data frame column as a Parquet field (nullable when the column has nulls).</summary>
internal abstract class FrameColumnWriter
{
    public abstract DataField Field { get; }

    public abstract Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancel);

    public static FrameColumnWriter For(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<double> c => new Primitive<double>(c),
        PrimitiveDataFrameColumn<float> c => new Primitive<float>(c),
        PrimitiveDataFrameColumn<long> c => new Primitive<long>(c),
        PrimitiveDataFrameColumn<int> c => new Primitive<int>(c),
        PrimitiveDataFrameColumn<bool> c => new Primitive<bool>(c),
        PrimitiveDataFrameColumn<DateTime> c => new Primitive<DateTime>(c, ToUtc),
        StringDataFrameColumn c => new Text(c),
        _ => throw new ArgumentException(
            $"Column '{column.Name}' holds {column.DataType.Name} values; Parquet export writes double, float, long, int, bool, DateTime and string columns.",
            nameof(column)),
    };

    private static DateTime ToUtc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : time;

    private sealed class Primitive<T>(PrimitiveDataFrameColumn<T> column, Func<T, T>? convert = null) : FrameColumnWriter
        where T : unmanaged
    {
        private readonly DataField _field = new(column.Name, typeof(T), isNullable: column.NullCount > 0);

        public override DataField Field => _field;

        public override async Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancel)
        {
            int length = checked((int)column.Length);
            if (column.NullCount > 0)
            {
                var nullable = new T?[length];
                for (int i = 0; i < length; i++)
                {
                    nullable[i] = column[i] is { } value && convert is not null ? convert(value) : column[i];
                }

                await group.WriteAsync<T>(_field, nullable, cancellationToken: cancel).ConfigureAwait(false);
                return;
            }

            var values = new T[length];
            int offset = 0;
            foreach (ReadOnlyMemory<T> buffer in column.GetReadOnlyDataBuffers())
            {
                buffer.Span.CopyTo(values.AsSpan(offset));
                offset += buffer.Length;
            }

            if (convert is not null)
            {
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = convert(values[i]);
                }
            }

            await group.WriteAsync<T>(_field, values, cancellationToken: cancel).ConfigureAwait(false);
        }
    }

    private sealed class Text(StringDataFrameColumn column) : FrameColumnWriter
    {
        private readonly DataField _field = new(column.Name, typeof(string), isNullable: true);

        public override DataField Field => _field;

        public override async Task WriteAsync(ParquetRowGroupWriter group, CancellationToken cancel)
        {
            var values = new string?[column.Length];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = column[i];
            }

            await group.WriteAsync(_field, values).ConfigureAwait(false);
        }
    }
}
