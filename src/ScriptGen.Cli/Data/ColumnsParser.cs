using System.Reflection;

namespace ScriptGen.Cli.Data;

/// <summary>
/// <c>--columns open=O,close=C,...</c>: each key is a <see cref="ColumnMapping"/> property name (any case), each
/// value the data's column name; <c>WithoutVolume=true</c> ignores a volume column.
/// </summary>
internal static class ColumnsParser
{
    private static readonly PropertyInfo[] s_properties = typeof(ColumnMapping)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite)
        .ToArray();

    /// <summary>The keys accepted: <see cref="ColumnMapping"/>'s property names.</summary>
    public static IReadOnlyList<string> Keys { get; } = s_properties.Select(p => p.Name).ToArray();

    /// <exception cref="UsageException">A pair without '=', an unknown key, a key given twice, a bad boolean.</exception>
    public static ColumnMapping? Parse(IEnumerable<string> values)
    {
        var mapping = new ColumnMapping();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (string pair in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            int equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"--columns expects key=column pairs such as close=Last; got '{pair}'. Keys: {string.Join(", ", Keys)}.");
            }

            string key = pair[..equals].Trim();
            string column = pair[(equals + 1)..].Trim();
            PropertyInfo property = s_properties.FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--columns has no key '{key}'; keys: {string.Join(", ", Keys)} (ColumnMapping's properties).");
            if (!given.Add(property.Name))
            {
                throw new UsageException($"--columns gives '{property.Name}' twice.");
            }

            if (property.PropertyType == typeof(bool))
            {
                if (!bool.TryParse(column, out bool flag))
                {
                    throw new UsageException($"--columns {property.Name} takes true or false; got '{column}'.");
                }

                mapping = With(mapping, property, flag);
            }
            else
            {
                if (column.Length == 0)
                {
                    throw new UsageException($"--columns {property.Name}= needs a column name.");
                }

                mapping = With(mapping, property, column);
            }
        }

        return given.Count == 0 ? null : mapping;
    }

    private static ColumnMapping With(ColumnMapping mapping, PropertyInfo property, object value)
    {
        ColumnMapping copy = mapping with { };
        property.SetValue(copy, value);
        return copy;
    }
}
