using Microsoft.Data.Analysis;

namespace ScriptGen;

/// <summary>Reads result CSV (the format <see cref="ResultCsv"/> writes) into typed data frame columns.</summary>
internal static class ResultCsvReader
{
    public static DataFrame Read(ReadOnlySpan<byte> text, IReadOnlyList<KeyValuePair<string, Type>>? schema, string source, bool chart)
    {
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        int headerEnd = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> header = Trim(headerEnd < 0 ? text : text[..headerEnd]);
        var headerFields = new CsvField[header.Length + 1];
        int count = CsvLineSplitter.Split(header, (byte)',', headerFields, RowNumbering.Lines(1), 0, source);
        byte[]? scratch = null;
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = CsvLineSplitter.ToText(CsvLineSplitter.Text(header, headerFields[i], ref scratch));
        }

        schema ??= PlotSchema(names, chart);
        CheckHeader(names, schema, source);
        var columns = new ColumnReader[schema.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            columns[i] = ColumnReader.For(schema[i].Key, schema[i].Value);
        }

        RowNumbering rows = RowNumbering.Lines(2);
        var fields = new CsvField[schema.Count];
        ReadOnlySpan<byte> body = headerEnd < 0 ? [] : text[(headerEnd + 1)..];
        int line = -1;
        while (!body.IsEmpty)
        {
            line++;
            int lineBreak = body.IndexOf((byte)'\n');
            ReadOnlySpan<byte> row = Trim(lineBreak < 0 ? body : body[..lineBreak]);
            body = lineBreak < 0 ? [] : body[(lineBreak + 1)..];
            if (row.IsEmpty && body.Trim("\r\n"u8).IsEmpty)
            {
                break;
            }

            int fieldCount = CsvLineSplitter.Split(row, (byte)',', fields, rows, line, source);
            if (fieldCount != fields.Length)
            {
                throw new BarDataException(
                    $"{rows.CapitalLabel(line)} has {fieldCount} fields but the header has {fields.Length}.", row: rows.Of(line), source: source);
            }

            for (int f = 0; f < fields.Length; f++)
            {
                ReadOnlySpan<byte> value = CsvLineSplitter.Text(row, fields[f], ref scratch);
                if (!columns[f].TryAppend(value, fields[f].Quoted))
                {
                    throw new BarDataException(
                        $"{rows.CapitalLabel(line)}, column '{schema[f].Key}': '{CsvLineSplitter.ToText(value, 40)}' is not a {schema[f].Value.Name}.",
                        schema[f].Key,
                        rows.Of(line),
                        source);
                }
            }
        }

        var frameColumns = new DataFrameColumn[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            frameColumns[i] = columns[i].Build();
        }

        return new DataFrame(frameColumns);
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    /// <summary>A plots or chart export's columns: time, then doubles (but a chart's colors, which are text).</summary>
    private static KeyValuePair<string, Type>[] PlotSchema(string[] names, bool chart)
    {
        var schema = new KeyValuePair<string, Type>[names.Length];
        for (int i = 0; i < names.Length; i++)
        {
            Type type = i == 0 ? typeof(DateTime)
                : chart && names[i].EndsWith(ChartTable.ColorSuffix, StringComparison.Ordinal) ? typeof(string)
                : typeof(double);
            schema[i] = new(names[i], type);
        }

        return schema;
    }

    private static void CheckHeader(string[] names, IReadOnlyList<KeyValuePair<string, Type>> schema, string source)
    {
        bool same = names.Length == schema.Count;
        for (int i = 0; same && i < names.Length; i++)
        {
            same = names[i] == schema[i].Key;
        }

        if (!same)
        {
            throw new BarDataException(
                $"The CSV's columns are {string.Join(", ", names)}; this export has {string.Join(", ", schema.Select(c => c.Key))}.",
                row: 1,
                source: source);
        }
    }

    /// <summary>Collects one column's values of one type; an empty unquoted field is a missing value.</summary>
    private abstract class ColumnReader(string name)
    {
        protected string Name { get; } = name;

        public static ColumnReader For(string name, Type type) => type switch
        {
            _ when type == typeof(double) => new Doubles(name),
            _ when type == typeof(long) => new Longs(name),
            _ when type == typeof(int) => new Ints(name),
            _ when type == typeof(bool) => new Bools(name),
            _ when type == typeof(DateTime) => new Times(name),
            _ when type == typeof(string) => new Texts(name),
            _ => throw new ArgumentException($"Column '{name}': CSV exports hold double, long, int, bool, DateTime and string columns, not {type.Name}."),
        };

        public abstract bool TryAppend(ReadOnlySpan<byte> value, bool quoted);

        public abstract DataFrameColumn Build();
    }

    private sealed class Doubles(string name) : ColumnReader(name)
    {
        private readonly List<double?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            if (value.IsEmpty)
            {
                _values.Add(null);
                return true;
            }

            bool ok = Utf8Numbers.TryParseDouble(value, out double number);
            _values.Add(number);
            return ok;
        }

        public override DataFrameColumn Build() => new DoubleDataFrameColumn(Name, _values);
    }

    private sealed class Longs(string name) : ColumnReader(name)
    {
        private readonly List<long?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            if (value.IsEmpty)
            {
                _values.Add(null);
                return true;
            }

            bool ok = Utf8Numbers.TryParseInteger(value, out long number);
            _values.Add(number);
            return ok;
        }

        public override DataFrameColumn Build() => new Int64DataFrameColumn(Name, _values);
    }

    private sealed class Ints(string name) : ColumnReader(name)
    {
        private readonly List<int?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            if (value.IsEmpty)
            {
                _values.Add(null);
                return true;
            }

            bool ok = Utf8Numbers.TryParseInteger(value, out long number) && number is >= int.MinValue and <= int.MaxValue;
            _values.Add((int)number);
            return ok;
        }

        public override DataFrameColumn Build() => new Int32DataFrameColumn(Name, _values);
    }

    private sealed class Bools(string name) : ColumnReader(name)
    {
        private readonly List<bool?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            bool? parsed = value.IsEmpty ? null : value.SequenceEqual("true"u8) ? true : value.SequenceEqual("false"u8) ? false : null;
            _values.Add(parsed);
            return value.IsEmpty || parsed is not null;
        }

        public override DataFrameColumn Build() => new BooleanDataFrameColumn(Name, _values);
    }

    private sealed class Times(string name) : ColumnReader(name)
    {
        private readonly List<DateTime?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            if (value.IsEmpty)
            {
                _values.Add(null);
                return true;
            }

            bool ok = Iso8601.TryParse(value, out long milliseconds)
                && milliseconds is >= EpochTime.MinMilliseconds and <= EpochTime.MaxMilliseconds;
            _values.Add(ok ? ResultTimes.ToUtcDateTime(milliseconds) : null);
            return ok;
        }

        public override DataFrameColumn Build() => new PrimitiveDataFrameColumn<DateTime>(Name, _values);
    }

    private sealed class Texts(string name) : ColumnReader(name)
    {
        private readonly List<string?> _values = [];

        public override bool TryAppend(ReadOnlySpan<byte> value, bool quoted)
        {
            _values.Add(value.IsEmpty && !quoted ? null : CsvLineSplitter.ToText(value));
            return true;
        }

        public override DataFrameColumn Build() => new StringDataFrameColumn(Name, _values);
    }
}
