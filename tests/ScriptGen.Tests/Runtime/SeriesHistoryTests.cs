using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>History reads: bar series (<c>close[1]</c>, <c>hlc3[2]</c>) and <see cref="Series{T}"/> fields, na before the first bar.</summary>
public sealed class SeriesHistoryTests
{
    private static readonly Bars s_bars = TestBars.Ohlc(
        (1, 4, 0.5, 2), (2, 5, 1.5, 3), (3, 7, 2, 5), (5, 8, 4, 7), (7, 9, 6, 8), (8, 10, 7, 9));

    [Fact]
    public void Bar_series_and_series_fields_read_earlier_bars_and_na_before_the_first()
    {
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(HistoryProbe.Create(), s_bars);

        double na = double.NaN;
        Assert.Equal(new[] { na, 2, 3, 5, 7, 8 }, result.GetPlot("close[1]").Values.ToArray());
        Assert.Equal(new[] { na, na, 2, 3, 5, 7 }, result.GetPlot("closes[n]").Values.ToArray());
        double Hlc3(int bar) => (s_bars.High[bar] + s_bars.Low[bar] + s_bars.Close[bar]) / 3;
        Assert.Equal(new[] { na, na, Hlc3(0), Hlc3(1), Hlc3(2), Hlc3(3) }, result.GetPlot("hlc3[2]").Values.ToArray());
        Assert.Equal(new double[] { 0, 1, 2, 3, 4, 5 }, result.GetPlot("bar_index").Values.ToArray());
        Assert.Equal(new double[] { 1, 1, 1, 0, 0, 0 }, result.GetPlot("na(close[3])").Values.ToArray());
        Assert.All(result.GetPlot("nz(close[100], -1)").Values.ToArray(), v => Assert.Equal(-1, v));
    }

    [Fact]
    public void Reading_a_series_past_max_bars_back_throws_naming_the_series_bar_and_fix()
    {
        HistoryProbe script = HistoryProbe.Create();
        script.SeriesOffset = 9; // MaxBarsBack is 8 on this script

        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(script, s_bars));

        Assert.Equal(0, failure.BarIndex);
        Assert.Contains("Series 'closes': [9] reads past its history of 8 bars (max_bars_back)", failure.Message);
        Assert.Contains("Raise MaxBarsBack", failure.Message);
    }

    [Fact]
    public void A_series_carries_its_value_into_the_next_bar_until_assigned_and_keeps_max_bars_back_of_history()
    {
        var series = new Series<double>();
        series.AttachToRun("x", maxBarsBack: 3);
        for (int bar = 0; bar < 10; bar++)
        {
            series.AdvanceBar();
            if (bar % 2 == 0)
            {
                series.Value = bar;
            }
        }

        // Bars 0..9 held 0,0,2,2,4,4,6,6,8,8: odd bars kept the previous bar's value.
        Assert.Equal(new double[] { 8, 8, 6, 6 }, new[] { series[0], series[1], series[2], series[3] });
        Assert.Throws<ArgumentOutOfRangeException>(() => series[4]);
        Assert.Throws<ArgumentOutOfRangeException>(() => series[-1]);
        Assert.True(double.IsNaN(Series<double>.Na));
        Assert.Equal(0, Series<int>.Na);
    }
}
