using Microsoft.Data.Analysis;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Export;

/// <summary>Everything a run drew as one data frame and CSV: its columns, a row's exact text, and reading it back.</summary>
public sealed class ChartExportTests
{
    // Up, down, down, up (close against open): the bars ChartProbe draws from.
    private static readonly Bars s_bars = TestBars.Ohlc((100, 110, 90, 105), (105, 108, 95, 96), (96, 99, 80, 85), (85, 120, 84, 118));

    [Fact]
    public void The_chart_frame_has_every_element_under_its_title_one_row_per_bar()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(ChartProbe.Create(), s_bars);

        DataFrame chart = result.ChartToDataFrame();

        Assert.Equal(
            [
                "time", "High", "High.color", "Low", "Low.color",
                "Up", "Up.color", "Even down", "Even down.color", "Body", "Body.color",
                "Doubled.open", "Doubled.high", "Doubled.low", "Doubled.close", "Doubled.color",
                "Same.open", "Same.high", "Same.low", "Same.close", "Same.color",
                "Top", "Bottom", "Range.color", "Fill.color", "Background.color", "Ups.color",
            ],
            chart.Columns.Select(c => c.Name));
        Assert.Equal(s_bars.Count, chart.Rows.Count);
        Assert.Equal(s_bars.High.ToArray().Select(p => (double?)p), (DoubleDataFrameColumn)chart["High"]);
        Assert.Equal(s_bars.Open.ToArray().Select(p => (double?)(p * 2)), (DoubleDataFrameColumn)chart["Doubled.open"]);
        Assert.Equal(["#4CAF50", "#F23645", "#F23645", "#4CAF50"], (StringDataFrameColumn)chart["High.color"]); // green up, red down
        Assert.Equal([150.0, 150, 150, 150], ((DoubleDataFrameColumn)chart["Top"]).Select(v => v!.Value));
    }

    [Fact]
    public void Chart_CSV_writes_colors_as_hex_with_alpha_and_reads_back_equal()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(ChartProbe.Create(), s_bars);
        string path = Path.Combine(Path.GetTempPath(), $"scriptgen-chart-{Guid.NewGuid():N}.csv");
        try
        {
            ResultCsv.WriteChart(result, path);

            string[] lines = File.ReadAllLines(path);
            Assert.Equal(5, lines.Length);
            // Bar 1, down: the shape condition 0, no call of "Even down" (odd bar), body close - open = -9; the fill
            // between plots unpainted, between hlines blue at 60 % (alpha 255 x 0.4 = 102 = 0x66), the background
            // yellow at 75 % (alpha 63.75, rounded: 64 = 0x40).
            Assert.Equal(
                "2024-01-01T01:00:00.000Z,108,#F23645,95,,0,#4CAF50,NaN,,-9,,210,216,190,192,#FF9800,105,108,95,96,,150,50,,#2962FF66,#FDD83540,",
                lines[2]);
            FrameAssert.Equal(result.ChartToDataFrame(), ResultCsv.ReadChart(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Titles_used_twice_get_a_number_and_an_unrecorded_run_cannot_be_exported()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(SameTitlesProbe.Create(), s_bars);

        Assert.Equal(["time", "Close", "Close.color", "Close#2", "Close#2.color", "Close#3.color"], result.ChartToDataFrame().Columns.Select(c => c.Name));

        IndicatorResult unrecorded = new RuntimeEnvironment().RunIndicator(ChartProbe.Create(), s_bars, new RunOptions { RecordPlots = false });
        var failure = Assert.Throws<InvalidOperationException>(() => unrecorded.ChartToDataFrame());
        Assert.Equal("Script 'chart probe' ran with RecordPlots = false, so there are no plot values to export; run it with RecordPlots = true.", failure.Message);
    }
}
