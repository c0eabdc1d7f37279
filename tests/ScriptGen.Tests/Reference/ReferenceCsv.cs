using System.Globalization;

namespace ScriptGen.Tests.Reference;

/// <summary>
/// A reference CSV read independently of ScriptGen's own CSV reader: header names to columns of
/// raw text, so tests find TradingView's columns by the expression TradingView printed.
/// </summary>
internal sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string[]> _rows;

    private ReferenceCsv(string[] header, List<string[]> rows)
    {
        Header = header;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        _rows = rows;
    }

    public string[] Header { get; }

    public int RowCount => _rows.Count;

    public IReadOnlyList<string[]> Rows => _rows;

    public static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "data", "tradingview", relative);

    public static ReferenceCsv Load(string relative) => LoadFile(PathOf(relative));

    public static ReferenceCsv LoadFile(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = Split(lines[0]);
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(Split).ToList();
        return new ReferenceCsv(header, rows);
    }

    public string[] Text(string column) => _rows.Select(r => r[Index(column)]).ToArray();

    /// <summary>A numeric column; "NaN" is Pine's na.</summary>
    public double[] Numbers(string column) =>
        _rows.Select(r => double.Parse(r[Index(column)], NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();

    public int Index(string column) =>
        _columns.TryGetValue(column, out int index)
            ? index
            : throw new KeyNotFoundException($"No column '{column}'; columns: {string.Join(" | ", Header)}");

    /// <summary>RFC 4180 fields: a quoted field may hold commas, and a doubled quote inside it is one quote.</summary>
    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
