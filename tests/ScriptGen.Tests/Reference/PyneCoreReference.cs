using System.Globalization;

namespace ScriptGen.Tests.Reference;

/// <summary>
/// One of the PyneCore reference files (tests/data/pynecore, see its README): values PyneCore computed
/// on the first bars of TradingView's EUR/USD hourly file, one column per Pine expression.
/// </summary>
internal sealed class PyneCoreReference
{
    /// <summary>The symbol the values were computed for (the generator's: tick 0.00001, New York time).</summary>
    public static readonly SymbolInfo Symbol = new() { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };

    private static readonly Lazy<Bars> s_allBars = new(() => BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv")));

    private PyneCoreReference(string file, ReferenceCsv csv, Bars bars)
    {
        File = file;
        Csv = csv;
        Bars = bars;
    }

    public string File { get; }

    public ReferenceCsv Csv { get; }

    /// <summary>The input bars: the first rows of ohlcv.csv, as many as the file has.</summary>
    public Bars Bars { get; }

    /// <summary>The Pine expressions the file has values for.</summary>
    public IEnumerable<string> Expressions => Csv.Header.Skip(1);

    public static PyneCoreReference Load(string file)
    {
        var csv = ReferenceCsv.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "pynecore", file));
        Bars bars = s_allBars.Value.Slice(0, csv.RowCount);
        long[] seconds = csv.Text("time").Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        for (int bar = 0; bar < seconds.Length; bar++)
        {
            Assert.True(seconds[bar] * 1000 == bars.Time[bar], $"{file}: row {bar} is for time {seconds[bar]}, the bar opens at {bars.Time[bar] / 1000}");
        }

        return new PyneCoreReference(file, csv, bars);
    }
}
