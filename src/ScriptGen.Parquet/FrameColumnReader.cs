using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace ScriptGen;

/// <summary>Reads one Parquet field, row group by row group, into a data frame column of the matching type.</summary>
internal abstract class FrameColumnReader
{
    public abstract Task ReadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancel);

    public abstract DataFrameColumn Build();

    public static FrameColumnReader For(DataField field, string path)
    {
        Type type = field.ClrType;
        return field.IsArray ? throw Unsupported(field, path)
            : type == typeof(double) ? new Primitive<double>(field)
            : type == typeof(float) ? new Primitive<float>(field)
            : type == typeof(long) ? new Primitive<long>(field)
            : type == typeof(int) ? new Primitive<int>(field)
            : type == typeof(bool) ? new Primitive<bool>(field)
            : type == typeof(DateTime) ? new Primitive<DateTime>(field, t => DateTime.SpecifyKind(t, DateTimeKind.Utc))
            : type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? new Text(field)
            : throw Unsupported(field, path);
    }

    private static BarDataException Unsupported(DataField field, string path) => new(
        $"Column '{field.Name}' of '{path}' holds {(field.IsArray ? "arrays" : field.ClrType.Name)}; result files hold double, float, long, int, bool, " +
        "DateTime and string columns.",
        field.Name,
        source: path);

    private sealed class Primitive<T>(DataField field, Func<T, T>? convert = null) : FrameColumnReader
        where T : unmanaged
    {
        private readonly List<T?> _values = [];

        public override async Task ReadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancel)
        {
            if (field.IsNullable)
            {
                var nullable = new T?[rows];
                await group.ReadAsync<T>(field, nullable, cancellationToken: cancel).ConfigureAwait(false);
                foreach (T? value in nullable)
                {
                    _values.Add(value is { } v && convert is not null ? convert(v) : value);
                }

                return;
            }

            var values = new T[rows];
            await group.ReadAsync<T>(field, values, cancellationToken: cancel).ConfigureAwait(false);
            foreach (T value in values)
            {
                _values.Add(convert is null ? value : convert(value));
            }
        }

        public override DataFrameColumn Build() => new PrimitiveDataFrameColumn<T>(field.Name, _values);
    }

    private sealed class Text(DataField field) : FrameColumnReader
    {
        private readonly List<string?> _values = [];

        public override async Task ReadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancel) =>
            _values.AddRange(await ParquetColumns.ReadTextAsync(group, field, rows, cancel).ConfigureAwait(false));

        public override DataFrameColumn Build() => new StringDataFrameColumn(field.Name, _values);
    }
}
