using Microsoft.Data.Analysis;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Parquet.Tests;

/// <summary>
/// The round trip: a data frame of TradingView's bars -> bars -> a strategy's results ->
/// Parquet -> read back, equal to the results in memory, column by column.
/// </summary>
public sealed class RoundTripTests : TempFolderTest
{
    [Fact]
    public void Data_frame_to_bars_to_results_to_Parquet_and_back()
    {
        DataFrame frame = DataFrame.LoadCsv(
            TestFiles.Ohlcv, dataTypes: [typeof(DateTime), typeof(double), typeof(double), typeof(double), typeof(double), typeof(double)]);
        Bars bars = Bars.FromDataFrame(frame);
        var options = new RunOptions { Symbol = new SymbolInfo { Ticker = "EURUSD", MinTick = 0.00001, TimeZone = "America/New_York" } };
        StrategyResult result = new RuntimeEnvironment().RunStrategy(MacdStrategy.Create(), bars, options);

        DataFrame trades = result.TradesToDataFrame();
        DataFrame equity = result.EquityToDataFrame();
        DataFrame plots = result.PlotsToDataFrame();
        ResultParquet.WriteTrades(result, PathOf("trades.parquet"));
        ResultParquet.WriteEquity(result, PathOf("equity.parquet"));
        ResultParquet.WritePlots(result, PathOf("plots.parquet"));
        ResultParquet.WriteChart(result, PathOf("chart.parquet"));

        Assert.True(result.ClosedTrades.Count > 100, $"{result.ClosedTrades.Count} trades");
        Assert.Equal(bars.Count, equity.Rows.Count);
        DataFrame tradesBack = ResultParquet.Read(PathOf("trades.parquet"));
        FrameAssert.Equal(trades, tradesBack);
        long open = trades.Rows.Count - 1; // the run ends in a position: its trade is the last row, marked to the last bar
        Assert.Equal<object?>([true, null, null, bars.Count - 1], [tradesBack["is_open"][open], tradesBack["exit_price"][open], tradesBack["exit_time"][open], tradesBack["mark_bar"][open]]);
        FrameAssert.Equal(equity, ResultParquet.Read(PathOf("equity.parquet")));
        FrameAssert.Equal(plots, ResultParquet.Read(PathOf("plots.parquet")));
        FrameAssert.Equal(result.ChartToDataFrame(), ResultParquet.Read(PathOf("chart.parquet"))); // colors: text, null where none
    }

    [Fact]
    public void A_column_type_Parquet_export_does_not_write_is_named()
    {
        var frame = new DataFrame(new DecimalDataFrameColumn("price", [1m]));

        var failure = Assert.Throws<ArgumentException>(() => ResultParquet.Write(frame, PathOf("x.parquet")));

        Assert.StartsWith("Column 'price' holds Decimal values; Parquet export writes double, float, long, int, bool, DateTime and string columns.", failure.Message);
    }
}
