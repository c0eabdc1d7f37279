using Parquet;
using Parquet.Schema;

namespace ScriptGen;

/// <summary>Reads one column of one row group into an array of its type, with a validity bitmap when the column is nullable.</summary>
internal static class ParquetColumns
{
    /// <summary>The values (default where missing) and, for a nullable column, which are present (Arrow's bit order).</summary>
    public static async Task<(T[] Values, byte[]? Validity)> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancel)
        where T : struct
    {
        if (!field.IsNullable)
        {
            var values = new T[count];
            await group.ReadAsync<T>(field, values, cancellationToken: cancel).ConfigureAwait(false);
            return (values, null);
        }

        var nullable = new T?[count];
        await group.ReadAsync<T>(field, nullable, cancellationToken: cancel).ConfigureAwait(false);
        var present = new T[count];
        byte[]? validity = null;
        for (int i = 0; i < count; i++)
        {
            if (nullable[i] is { } value)
            {
                present[i] = value;
            }
            else
            {
                validity ??= AllValid(count);
                validity[i >> 3] &= (byte)~(1 << (i & 7));
            }
        }

        return (present, validity);
    }

    /// <summary>A text column's values (null where missing).</summary>
    public static async Task<string?[]> ReadTextAsync(ParquetRowGroupReader group, DataField field, int count, CancellationToken cancel)
    {
        var values = new string?[count];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: cancel).ConfigureAwait(false);
        return values;
    }

    private static byte[] AllValid(int count)
    {
        var bits = new byte[(count + 7) / 8];
        bits.AsSpan().Fill(0xFF);
        return bits;
    }
}
