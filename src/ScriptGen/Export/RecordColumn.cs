using Microsoft.Data.Analysis;

namespace ScriptGen;

/// <summary>
/// One exported column of a list of records (trades): its name, its type, and how to read it from a
/// record. Every export format (data frame, CSV, Parquet) is made from these, so a column is declared
/// once.
/// </summary>
internal abstract class RecordColumn<TRecord>
{
    protected RecordColumn(string name) => Name = name;

    /// <summary>The column's name in every format.</summary>
    public string Name { get; }

    /// <summary>The column's type in a data frame: double, int, bool, string or <see cref="DateTime"/> (UTC).</summary>
    public abstract Type DataType { get; }

    /// <summary>The column of <paramref name="records"/>.</summary>
    public abstract DataFrameColumn Build(IReadOnlyList<TRecord> records);
}

/// <summary>Factories for <see cref="RecordColumn{TRecord}"/>, one per exported type.</summary>
internal static class RecordColumn
{
    /// <summary>A double column; <c>null</c> from <paramref name="read"/> is a missing value (na stays NaN).</summary>
    public static RecordColumn<T> Double<T>(string name, Func<T, double?> read) => new DoubleColumn<T>(name, read);

    /// <summary>An int column; <c>null</c> from <paramref name="read"/> is a missing value.</summary>
    public static RecordColumn<T> Int<T>(string name, Func<T, int?> read) => new IntColumn<T>(name, read);

    public static RecordColumn<T> Bool<T>(string name, Func<T, bool> read) => new BoolColumn<T>(name, read);

    public static RecordColumn<T> Text<T>(string name, Func<T, string?> read) => new TextColumn<T>(name, read);

    /// <summary>A time held as Unix milliseconds, exported as a UTC <see cref="DateTime"/>; <c>null</c> is a missing value.</summary>
    public static RecordColumn<T> Time<T>(string name, Func<T, long?> read) => new TimeColumn<T>(name, read);

    private sealed class DoubleColumn<T>(string name, Func<T, double?> read) : RecordColumn<T>(name)
    {
        public override Type DataType => typeof(double);

        public override DataFrameColumn Build(IReadOnlyList<T> records)
        {
            var values = new double?[records.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = read(records[i]);
            }

            return new DoubleDataFrameColumn(Name, values);
        }
    }

    private sealed class IntColumn<T>(string name, Func<T, int?> read) : RecordColumn<T>(name)
    {
        public override Type DataType => typeof(int);

        public override DataFrameColumn Build(IReadOnlyList<T> records)
        {
            var values = new int?[records.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = read(records[i]);
            }

            return new Int32DataFrameColumn(Name, values);
        }
    }

    private sealed class BoolColumn<T>(string name, Func<T, bool> read) : RecordColumn<T>(name)
    {
        public override Type DataType => typeof(bool);

        public override DataFrameColumn Build(IReadOnlyList<T> records)
        {
            var values = new bool[records.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = read(records[i]);
            }

            return new BooleanDataFrameColumn(Name, values);
        }
    }

    private sealed class TextColumn<T>(string name, Func<T, string?> read) : RecordColumn<T>(name)
    {
        public override Type DataType => typeof(string);

        public override DataFrameColumn Build(IReadOnlyList<T> records)
        {
            var values = new string?[records.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = read(records[i]);
            }

            return new StringDataFrameColumn(Name, values);
        }
    }

    private sealed class TimeColumn<T>(string name, Func<T, long?> read) : RecordColumn<T>(name)
    {
        public override Type DataType => typeof(DateTime);

        public override DataFrameColumn Build(IReadOnlyList<T> records)
        {
            var values = new DateTime?[records.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = read(records[i]) is { } milliseconds ? ResultTimes.ToUtcDateTime(milliseconds) : null;
            }

            return new PrimitiveDataFrameColumn<DateTime>(Name, values);
        }
    }
}
