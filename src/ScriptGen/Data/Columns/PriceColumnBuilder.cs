using System.Numerics;

namespace ScriptGen;

/// <summary>
/// Builds one price (or volume) column of doubles from chunks of any numeric type, checking for
/// missing values: a missing price is an error naming the row; a missing volume is na (NaN).
/// </summary>
internal sealed class PriceColumnBuilder
{
    private readonly double[] _values;
    private readonly string _name;
    private readonly bool _missingIsNa;
    private readonly RowNumbering _rows;
    private readonly string? _source;
    private int _count;

    public PriceColumnBuilder(int length, string name, bool missingIsNa, RowNumbering rows, string? source)
    {
        _values = new double[length];
        _name = name;
        _missingIsNa = missingIsNa;
        _rows = rows;
        _source = source;
    }

    /// <summary>The column (all chunks appended).</summary>
    public double[] Values => _count == _values.Length
        ? _values
        : throw new InvalidOperationException($"Column '{_name}' has {_count} of {_values.Length} values.");

    /// <summary>
    /// The next <paramref name="count"/> values' storage, for a source that writes doubles without
    /// nulls straight into the column (a Parquet reader), sparing a copy.
    /// </summary>
    public Memory<double> Claim(int count)
    {
        Memory<double> slice = _values.AsMemory(_count, count);
        _count += count;
        return slice;
    }

    /// <summary>Appends a chunk, converting each value to <see cref="double"/> (rounding to nearest, as a cast does).</summary>
    public void Append<T>(ReadOnlySpan<T> values, Validity validity)
        where T : unmanaged, INumberBase<T>
    {
        Span<double> target = _values.AsSpan(_count, values.Length);
        if (typeof(T) == typeof(double))
        {
            System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(values).CopyTo(target);
        }
        else
        {
            for (int i = 0; i < values.Length; i++)
            {
                target[i] = double.CreateTruncating(values[i]);
            }
        }

        if (!validity.IsAllValid)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!validity.IsValid(i))
                {
                    target[i] = _missingIsNa ? double.NaN : throw Missing(_count + i);
                }
            }
        }

        _count += values.Length;
    }

    /// <summary>The error for a missing price at <paramref name="row"/>.</summary>
    public static BarDataException Missing(string name, int row, RowNumbering rows, string? source) => new(
        $"{rows.CapitalLabel(row)}, column '{name}': the value is missing (null); open, high, low and close need a value on every bar " +
        "(only a missing volume is read as na).",
        name,
        rows.Of(row),
        source);

    private BarDataException Missing(int row) => Missing(_name, row, _rows, _source);

    /// <summary>The error for a column of a type that holds no prices.</summary>
    public static BarDataException WrongType(string name, Type type, string? source) => new(
        $"Column '{name}' holds {type.Name} values; a price or volume column must hold double, float, decimal, int or long.",
        name,
        source: source);
}
