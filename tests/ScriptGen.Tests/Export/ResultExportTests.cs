using Microsoft.Data.Analysis;
using ScriptGen.Samples.Scripts;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Export;

/// <summary>Results as data frames and CSV: the columns, the exact text, and reading back what was written.</summary>
public sealed class ResultExportTests
{
    private static readonly Trade[] s_trades = [ClosedLong(), OpenShort()];

    /// <summary>Long 2 at 1.5, ranging 1.25-1.75 while open, closed at 1.25: run-up (1.75 - 1.5) x 2 = 0.5, drawdown (1.5 - 1.25) x 2 = 0.5.</summary>
    private static Trade ClosedLong()
    {
        Trade trade = Trade.Open(1, "Long", "breakout, up", Direction.Long, 2, 3, TestBars.TimeOf(3), 1.5, commission: 0, pointValue: 1);
        trade.HighestPrice = 1.75;
        trade.LowestPrice = 1.25;
        trade.ExitId = "Short";
        trade.ExitComment = "";
        trade.ExitBar = 5;
        trade.ExitTime = TestBars.TimeOf(5);
        trade.ExitPrice = 1.25;
        trade.Profit = -0.5;
        trade.IsOpen = false;
        return trade;
    }

    /// <summary>Short 2 at 1.25, ranging 1.0-1.375, marked at 1.0: run-up (1.25 - 1.0) x 2 = 0.5, drawdown (1.375 - 1.25) x 2 = 0.25.</summary>
    private static Trade OpenShort()
    {
        Trade trade = Trade.Open(2, "Short", null, Direction.Short, 2, 5, TestBars.TimeOf(5), 1.25, commission: 0, pointValue: 1);
        trade.HighestPrice = 1.375;
        trade.LowestPrice = 1.0;
        trade.MarkOpenAtEnd(7, TestBars.TimeOf(7), 1.0); // (1.25 - 1.0) x 2 = 0.5
        return trade;
    }

    [Fact]
    public void Trades_become_one_row_each_with_every_field()
    {
        DataFrame frame = ResultFrames.TradesToDataFrame(s_trades);

        Assert.Equal(
            ["number", "direction", "quantity", "entry_id", "entry_comment", "entry_signal", "entry_bar", "entry_time", "entry_price",
             "exit_id", "exit_comment", "exit_signal", "exit_bar", "exit_time", "exit_price", "profit", "commission", "max_runup", "max_drawdown", "bars_held", "is_open",
             "mark_bar", "mark_time", "mark_price"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal("short", frame["direction"][1]);
        Assert.Equal("breakout, up", frame["entry_signal"][0]); // the comment when given
        Assert.Equal("Short", frame["entry_signal"][1]); // else the id
        Assert.Null(frame["exit_id"][1]);
        Assert.Equal("Open", frame["exit_signal"][1]);
        Assert.Equal(new DateTime(2024, 1, 1, 3, 0, 0, DateTimeKind.Utc), frame["entry_time"][0]);
        Assert.Equal(2, frame["bars_held"][0]);
        Assert.Equal(true, frame["is_open"][1]);
        Assert.Equal((0.5, 0.25), ((double?)frame["max_runup"][1], (double?)frame["max_drawdown"][1]));
        Assert.Equal(0.5, frame["profit"][1]); // marked to the last close
    }

    [Fact]
    public void An_open_trade_has_no_exit_cells_and_says_its_mark_apart()
    {
        DataFrame frame = ResultFrames.TradesToDataFrame(s_trades);

        // The open short: nothing that reads as an exit fill.
        Assert.Equal<object?>([null, null, null], [frame["exit_bar"][1], frame["exit_time"][1], frame["exit_price"][1]]);
        Assert.Equal<object?>([7, new DateTime(2024, 1, 1, 7, 0, 0, DateTimeKind.Utc), 1.0], [frame["mark_bar"][1], frame["mark_time"][1], frame["mark_price"][1]]);
        Assert.Equal(2, frame["bars_held"][1]); // entry bar 5 to the mark's bar 7

        // The closed long: its exit, and no mark.
        Assert.Equal<object?>([5, new DateTime(2024, 1, 1, 5, 0, 0, DateTimeKind.Utc), 1.25], [frame["exit_bar"][0], frame["exit_time"][0], frame["exit_price"][0]]);
        Assert.Equal<object?>([null, null, null], [frame["mark_bar"][0], frame["mark_time"][0], frame["mark_price"][0]]);
    }

    [Fact]
    public void Trades_as_CSV_are_exact_text_and_read_back_to_the_same_frame()
    {
        DataFrame frame = ResultFrames.TradesToDataFrame(s_trades);
        var text = new StringWriter();

        ResultCsv.Write(frame, text);

        Assert.Equal(
            "number,direction,quantity,entry_id,entry_comment,entry_signal,entry_bar,entry_time,entry_price,exit_id,exit_comment,exit_signal,exit_bar,exit_time,exit_price,profit,commission,max_runup,max_drawdown,bars_held,is_open,mark_bar,mark_time,mark_price\n" +
            "1,long,2,Long,\"breakout, up\",\"breakout, up\",3,2024-01-01T03:00:00.000Z,1.5,Short,\"\",\"\",5,2024-01-01T05:00:00.000Z,1.25,-0.5,0,0.5,0.5,2,false,,,\n" +
            "2,short,2,Short,,Short,5,2024-01-01T05:00:00.000Z,1.25,,,Open,,,,0.5,0,0.5,0.25,2,true,7,2024-01-01T07:00:00.000Z,1\n",
            text.ToString());

        string path = Path.Combine(Path.GetTempPath(), $"scriptgen-trades-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, text.ToString());
            FrameAssert.Equal(frame, ResultCsv.ReadTrades(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Alerts_as_CSV_are_one_row_per_alert_and_read_back_to_the_same_frame()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(
            AlertFrequencyProbe.Create(new AlertFrequencyProbe.Inputs { Frequency = (int)AlertFrequency.OncePerBarClose }), TestBars.Closes(1, 2));
        DataFrame frame = result.AlertsToDataFrame();
        var text = new StringWriter();

        ResultCsv.Write(frame, text);

        Assert.Equal(
            "bar,time,source,title,message,frequency\n" +
            "0,2024-01-01T00:00:00.000Z,alert,,loop 0,once_per_bar_close\n" +
            "0,2024-01-01T00:00:00.000Z,alert,,second site,once_per_bar_close\n" +
            "1,2024-01-01T01:00:00.000Z,alert,,loop 0,once_per_bar_close\n" +
            "1,2024-01-01T01:00:00.000Z,alert,,second site,once_per_bar_close\n",
            text.ToString());
        string path = Path.Combine(Path.GetTempPath(), $"scriptgen-alerts-{Guid.NewGuid():N}.csv");
        try
        {
            ResultCsv.WriteAlerts(result, path);
            FrameAssert.Equal(frame, ResultCsv.ReadAlerts(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Equity_and_plots_are_one_row_per_bar_and_round_trip_through_CSV()
    {
        Bars bars = TestBars.Closes(1, 2, 3, 2, 1, 2, 3, 4);
        StrategyResult result = new RuntimeEnvironment().RunStrategy(EmaCross.Create(new EmaCross.Inputs { FastLength = 2, SlowLength = 3 }), bars);
        DataFrame equity = result.EquityToDataFrame();
        DataFrame plots = result.PlotsToDataFrame();

        Assert.Equal(["time", "equity"], equity.Columns.Select(c => c.Name));
        Assert.Equal(bars.Count, equity.Rows.Count);
        Assert.Equal(result.Equity.ToArray(), ((DoubleDataFrameColumn)equity["equity"]).Cast<double?>().Select(v => v!.Value));
        Assert.Equal(DateTime.UnixEpoch.AddMilliseconds(bars.Time[7]), equity["time"][7]);
        Assert.Equal(["time", "Fast EMA", "Slow EMA"], plots.Columns.Select(c => c.Name));
        Assert.Equal(result.GetPlot("Slow EMA").Values.ToArray(), ((DoubleDataFrameColumn)plots["Slow EMA"]).Cast<double?>().Select(v => v!.Value));

        string directory = Directory.CreateTempSubdirectory("scriptgen-export").FullName;
        try
        {
            ResultCsv.WriteEquity(result, Path.Combine(directory, "equity.csv"));
            ResultCsv.WritePlots(result, Path.Combine(directory, "plots.csv"));
            FrameAssert.Equal(equity, ResultCsv.ReadEquity(Path.Combine(directory, "equity.csv")));
            FrameAssert.Equal(plots, ResultCsv.ReadPlots(Path.Combine(directory, "plots.csv"))); // na (NaN) included
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Plots_that_were_not_recorded_cannot_be_exported()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(HistoryProbe.Create(), TestBars.Prices(1, 2), new RunOptions { RecordPlots = false });

        var failure = Assert.Throws<InvalidOperationException>(() => result.PlotsToDataFrame());

        Assert.Equal("Script 'history probe' ran with RecordPlots = false, so there are no plot values to export; run it with RecordPlots = true.", failure.Message);
    }

    [Fact]
    public void Reading_an_export_checks_its_columns_and_values()
    {
        string path = Path.Combine(Path.GetTempPath(), $"scriptgen-equity-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllText(path, "time,balance\n2024-01-01T00:00:00.000Z,1\n");
            Assert.Equal("The CSV's columns are time, balance; this export has time, equity.", Assert.Throws<BarDataException>(() => ResultCsv.ReadEquity(path)).Message);

            File.WriteAllText(path, "time,equity\n2024-01-01T00:00:00.000Z,lots\n");
            var failure = Assert.Throws<BarDataException>(() => ResultCsv.ReadEquity(path));
            Assert.Equal(("equity", 2), (failure.Column, failure.Row));
            Assert.Equal("Line 2, column 'equity': 'lots' is not a Double.", failure.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
