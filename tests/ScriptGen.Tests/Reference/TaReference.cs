namespace ScriptGen.Tests.Reference;

/// <summary>One of TradingView's exported indicator files: its bars, and its expression columns.</summary>
internal sealed class TaReference
{
    private static readonly HashSet<string> s_barColumns = new(StringComparer.Ordinal) { "time", "open", "high", "low", "close", "Volume" };

    private TaReference(string file, ReferenceCsv csv, Bars bars)
    {
        File = file;
        Csv = csv;
        Bars = bars;
    }

    public string File { get; }

    public ReferenceCsv Csv { get; }

    public Bars Bars { get; }

    /// <summary>The Pine expressions the file has values for.</summary>
    public IEnumerable<string> Expressions => Csv.Header.Where(h => !s_barColumns.Contains(h));

    public static TaReference Load(string file)
    {
        var csv = ReferenceCsv.Load("ta/" + file);
        var bars = Bars.FromArrays(
            csv.Numbers("time").Select(seconds => (long)seconds * 1000).ToArray(),
            csv.Numbers("open"),
            csv.Numbers("high"),
            csv.Numbers("low"),
            csv.Numbers("close"),
            csv.Numbers("Volume"));
        return new TaReference(file, csv, bars);
    }
}
