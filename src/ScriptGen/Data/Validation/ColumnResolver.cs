namespace ScriptGen;

/// <summary>
/// Finds the bar columns among a source's column names with a <see cref="ColumnMapping"/>: exact
/// name first, then the one name equal ignoring case; several such names are ambiguous.
/// </summary>
internal static class ColumnResolver
{
    private static readonly string[] s_timeNames = ["time", "timestamp", "date", "datetime"];
    private static readonly string[] s_volumeNames = ["volume", "vol"];

    /// <summary>Column indexes (volume -1 when absent) and their names.</summary>
    /// <param name="names">The source's column names, in order.</param>
    /// <param name="mapping">The user's mapping.</param>
    /// <param name="what">The source in a sentence: "The CSV", "The data frame".</param>
    /// <param name="source">The file, for the exception.</param>
    /// <exception cref="BarDataException">A required column is missing, or a name is ambiguous.</exception>
    public static ResolvedColumns Resolve(IReadOnlyList<string> names, ColumnMapping mapping, string what, string? source)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        int time = Find(names, mapping.Timestamp, s_timeNames, "time", required: true, what, source);
        int open = Find(names, mapping.Open, ["open"], "open", required: true, what, source);
        int high = Find(names, mapping.High, ["high"], "high", required: true, what, source);
        int low = Find(names, mapping.Low, ["low"], "low", required: true, what, source);
        int close = Find(names, mapping.Close, ["close"], "close", required: true, what, source);
        int volume = mapping.WithoutVolume
            ? -1
            : Find(names, mapping.Volume, s_volumeNames, "volume", required: mapping.Volume is not null, what, source);
        var columnNames = new BarColumnNames(
            names[time], names[open], names[high], names[low], names[close], volume >= 0 ? names[volume] : "volume");
        return new ResolvedColumns(time, open, high, low, close, volume, columnNames);
    }

    private static int Find(
        IReadOnlyList<string> names, string? mapped, string[] defaults, string role, bool required, string what, string? source)
    {
        string[] wanted = mapped is null ? defaults : [mapped];
        foreach (string name in wanted)
        {
            int index = IndexOf(names, name, role, what, source);
            if (index >= 0)
            {
                return index;
            }
        }

        if (!required)
        {
            return -1;
        }

        string alternatives = wanted.Length > 1 ? $" (nor {string.Join(", ", wanted.Skip(1))})" : string.Empty;
        string mappedAs = mapped is null ? string.Empty : $" (mapped as {role})";
        throw new BarDataException(
            $"{what} has no '{wanted[0]}' column{alternatives}{mappedAs}. Its columns: {string.Join(", ", names)}.",
            wanted[0],
            source: source);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name, string role, string what, string? source)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i].Trim(), name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        int found = -1;
        for (int i = 0; i < names.Count; i++)
        {
            if (!string.Equals(names[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (found >= 0)
            {
                throw new BarDataException(
                    $"{what} has several columns named '{name}' ignoring case ('{names[found]}', '{names[i]}'); " +
                    $"name the {role} column exactly in the ColumnMapping.",
                    name,
                    source: source);
            }

            found = i;
        }

        return found;
    }
}

/// <summary>Where the bar columns are in a source; <see cref="Volume"/> is -1 without volume.</summary>
internal readonly record struct ResolvedColumns(int Time, int Open, int High, int Low, int Close, int Volume, BarColumnNames Names)
{
    public bool HasVolume => Volume >= 0;
}
