namespace ScriptGen;

/// <summary>
/// The bar columns a CSV's rows are parsed into: one array per column, sized before the first row by counting the
/// text's line feeds, and written by one <see cref="CsvRows"/> per part of the text, each into its own stretch
/// (the stretch starts at the part's first line, since every line before it is a bar).
/// </summary>
internal sealed class CsvColumns
{
    public CsvColumns(int capacity, bool hasVolume)
    {
        Time = new long[capacity];
        Open = new double[capacity];
        High = new double[capacity];
        Low = new double[capacity];
        Close = new double[capacity];
        Volume = hasVolume ? new double[capacity] : [];
        HasVolume = hasVolume;
    }

    public long[] Time { get; }

    public double[] Open { get; }

    public double[] High { get; }

    public double[] Low { get; }

    public double[] Close { get; }

    public double[] Volume { get; }

    public bool HasVolume { get; }

    /// <summary>The number of bars there is room for.</summary>
    public int Capacity => Time.Length;

    /// <summary>The first <paramref name="count"/> bars, checked against the rules of every bar source.</summary>
    /// <exception cref="BarDataException">No bars, or a rule of docs/data.md is broken.</exception>
    public Bars ToBars(int count, CsvLayout layout, BarDataOptions options, string? source)
    {
        var set = new BarColumnSet(
            Time.AsMemory(0, count),
            Open.AsMemory(0, count),
            High.AsMemory(0, count),
            Low.AsMemory(0, count),
            Close.AsMemory(0, count),
            HasVolume ? Volume.AsMemory(0, count) : ReadOnlyMemory<double>.Empty,
            HasVolume);
        return Bars.Assemble(set, layout.Columns.Names, options, layout.Rows, source);
    }
}
