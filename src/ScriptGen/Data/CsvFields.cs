using System.Text;

namespace ScriptGen;

/// <summary>Splits one CSV line into fields: separators inside quotes are kept, <c>""</c> is a quote.</summary>
internal static class CsvFields
{
    public static List<string> Split(string line, char separator, int lineNumber, string? source)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new BarDataException($"Line {lineNumber} has an unclosed quote.", row: lineNumber, source: source);
        }

        fields.Add(field.ToString());
        return fields;
    }
}
