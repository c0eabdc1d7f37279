namespace ScriptGen;

/// <summary>
/// Which of a source's columns hold the bars: found from the source's column names exactly as every
/// built-in source finds them (the usual names, any letter case, or a <see cref="ColumnMapping"/>), for a
/// reader of a format ScriptGen does not read itself (<see cref="BarsBuilder"/>).
/// </summary>
public sealed class BarColumnLayout
{
    private BarColumnLayout(ResolvedColumns resolved) => Resolved = resolved;

    /// <summary>The index of the time column among the source's columns.</summary>
    public int Time => Resolved.Time;

    /// <summary>The index of the open column.</summary>
    public int Open => Resolved.Open;

    /// <summary>The index of the high column.</summary>
    public int High => Resolved.High;

    /// <summary>The index of the low column.</summary>
    public int Low => Resolved.Low;

    /// <summary>The index of the close column.</summary>
    public int Close => Resolved.Close;

    /// <summary>The index of the volume column, or -1 when the source has none (or the mapping says to go without).</summary>
    public int Volume => Resolved.Volume;

    /// <summary>Whether the source has a volume column.</summary>
    public bool HasVolume => Resolved.HasVolume;

    /// <summary>The index of <paramref name="column"/> among the source's columns (-1 for a volume the source lacks).</summary>
    public int IndexOf(BarColumn column) => column switch
    {
        BarColumn.Open => Open,
        BarColumn.High => High,
        BarColumn.Low => Low,
        BarColumn.Close => Close,
        _ => Volume,
    };

    internal ResolvedColumns Resolved { get; }

    /// <summary>Finds the bar columns among <paramref name="columnNames"/>.</summary>
    /// <param name="columnNames">The source's column names, in order.</param>
    /// <param name="mapping">The names to use instead of the usual ones; <c>null</c> for the usual names.</param>
    /// <param name="sourceKind">What the source is, starting a message (<c>"The Parquet file"</c>).</param>
    /// <param name="source">Where the data comes from (a path), for messages; <c>null</c> when it has no name.</param>
    /// <exception cref="BarDataException">A column is missing; the message lists the columns there are.</exception>
    public static BarColumnLayout Resolve(IReadOnlyList<string> columnNames, ColumnMapping? mapping = null, string sourceKind = "The source", string? source = null)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        return new BarColumnLayout(ColumnResolver.Resolve(columnNames, mapping ?? ColumnMapping.Default, sourceKind, source));
    }
}
