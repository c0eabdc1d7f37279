using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Data;

/// <summary>Bars for several symbols: lookup, per-symbol run options, and the mistakes it refuses.</summary>
public sealed class BarsSetTests
{
    private static readonly Bars s_bars = TestBars.Prices(1, 2, 3);

    [Fact]
    public void Symbols_are_found_by_ticker_ignoring_case_and_keep_their_order_and_info()
    {
        var eur = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" };
        var set = new BarsSet(new SymbolBars(eur, s_bars), new SymbolBars(new SymbolInfo { Ticker = "SPY" }, s_bars));

        Assert.Equal(["EURUSD", "SPY"], set.Tickers);
        Assert.Same(eur, set["eurusd"].Symbol);
        Assert.Equal("America/New_York", set["EURUSD"].OptionsFrom(new RunOptions { RecordPlots = false }).Symbol.TimeZone);
        Assert.False(set["EURUSD"].OptionsFrom(new RunOptions { RecordPlots = false }).RecordPlots);
        Assert.Equal("The bars set has no symbol 'GBPUSD'. Symbols: EURUSD, SPY.", Assert.Throws<KeyNotFoundException>(() => set["GBPUSD"]).Message);
    }

    [Fact]
    public void An_empty_set_a_missing_ticker_and_a_duplicate_ticker_are_refused()
    {
        Assert.Equal("A bars set needs at least one symbol; it was given none.", Assert.Throws<BarDataException>(() => new BarsSet()).Message);
        Assert.Equal(
            "Symbol 0 of the bars set has no ticker; every symbol needs one to be found by.",
            Assert.Throws<BarDataException>(() => new BarsSet(new SymbolBars(new SymbolInfo { Ticker = " " }, s_bars))).Message);
        var set = new BarsSet(new SymbolBars(new SymbolInfo { Ticker = "EURUSD" }, s_bars));
        Assert.Equal(
            "The bars set has two symbols 'EURUSD' and 'eurusd'; tickers must be unique (ignoring case).",
            Assert.Throws<BarDataException>(() => set.With(new SymbolInfo { Ticker = "eurusd" }, s_bars)).Message);
    }

    [Fact]
    public void Csv_files_become_symbols_named_after_the_files()
    {
        string directory = Directory.CreateTempSubdirectory("scriptgen-set").FullName;
        try
        {
            string eur = Path.Combine(directory, "EURUSD.csv");
            File.Copy(ReferenceCsv.PathOf("strategy/ohlcv.csv"), eur);
            string bad = Path.Combine(directory, "BAD.csv");
            File.WriteAllText(bad, "time,open,high,low,close\n1704067200,1,1,1,x\n");

            BarsSet set = BarsSet.ReadCsvFiles([eur], ticker => new SymbolInfo { Ticker = ticker, MinTick = 0.00001 });
            var failure = Assert.Throws<BarDataException>(() => BarsSet.ReadCsvFiles([eur, bad]));

            Assert.Equal(23_054, set["EURUSD"].Bars.Count);
            Assert.Equal(0.00001, set["EURUSD"].Symbol.MinTick);
            Assert.Equal(bad, failure.Source);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
