using ScriptGen.Namespaces;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Runtime;

/// <summary>
/// What the drawing calls record: each call site's metadata from its constant arguments, and per bar what the
/// script gave, checked against the bars <see cref="ChartProbe"/> is fed from.
/// </summary>
public sealed class ChartTests
{
    // Up, down, down, up (close against open).
    private static readonly Bars s_bars = TestBars.Ohlc((100, 110, 90, 105), (105, 108, 95, 96), (96, 99, 80, 85), (85, 120, 84, 118));

    // Pine's palette (TradingView's named colors) and the transparencies the probe gives them.
    private static readonly Color s_green = new(0x4C, 0xAF, 0x50);
    private static readonly Color s_red = new(0xF2, 0x36, 0x45);
    private static readonly Color s_teal = new(0x08, 0x99, 0x81);
    private static readonly Color s_orange = new(0xFF, 0x98, 0x00);
    private static readonly Color s_green80 = new(0x4C, 0xAF, 0x50, 80);
    private static readonly Color s_blue60 = new(0x29, 0x62, 0xFF, 60);
    private static readonly Color s_yellow75 = new(0xFD, 0xD8, 0x35, 75);

    private static IndicatorResult Run(RunOptions? options = null, ChartNamespace? chart = null)
    {
        var environment = new RuntimeEnvironment();
        if (chart is not null)
        {
            environment.RegisterNamespace("chart", chart);
        }

        return environment.RunIndicator(ChartProbe.Create(), s_bars, options);
    }

    [Fact]
    public void Plots_record_their_style_and_each_bars_value_and_color()
    {
        IndicatorResult result = Run();

        PlotResult highs = result.Plots[0];
        Assert.Equal(new PlotMetadata("High", 0) { Style = PlotStyle.StepLine, LineWidth = 2 }, highs.Metadata);
        Assert.Equal(s_bars.High.ToArray(), highs.Values.ToArray());
        Assert.Equal([s_green, s_red, s_red, s_green], highs.Colors.ToArray());
        Assert.Equal(s_green, highs.Color); // the last color given
        PlotResult lows = result.GetPlot("Low");
        Assert.Equal(new PlotMetadata("Low", 1) { Style = PlotStyle.Columns, HistBase = 1 }, lows.Metadata);
        Assert.Equal(s_bars.Low.ToArray(), lows.Values.ToArray());
        Assert.All(lows.Colors.ToArray(), color => Assert.Null(color));
        Assert.Equal(ChartProbe.Metadata.Plots, result.Plots.Select(p => p.Metadata));
    }

    [Fact]
    public void Shapes_and_characters_record_their_series_where_their_call_ran()
    {
        IndicatorResult result = Run();

        ShapeResult up = result.Shapes[0];
        Assert.Equal(
            new ShapeMetadata("Up", 0) { Style = ShapeStyle.TriangleUp, Location = ShapeLocation.BelowBar, Text = "up", Size = ShapeSize.Large },
            up.Metadata);
        Assert.Equal([1.0, 0, 0, 1], up.Values.ToArray());
        Assert.Equal([true, false, false, true], Enumerable.Range(0, 4).Select(up.IsShown));
        Assert.All(up.Colors.ToArray(), color => Assert.Equal(s_green, color));

        // Called on even bars only, with a price where the bar falls: bar 2's low.
        ShapeResult down = result.Shapes[1];
        Assert.Equal(ShapeLocation.Absolute, down.Metadata.Location);
        Assert.Equal([false, false, true, false], Enumerable.Range(0, 4).Select(down.IsShown));
        Assert.Equal(s_bars.Low[2], down.Values.Span[2]);

        ShapeResult body = result.Shapes[2];
        Assert.Equal(new ShapeMetadata("Body", 2) { Character = "●" }, body.Metadata);
        Assert.Equal(Enumerable.Range(0, 4).Select(i => s_bars.Close[i] - s_bars.Open[i]), body.Values.ToArray());
    }

    [Fact]
    public void Candles_and_bars_record_the_scripts_own_prices()
    {
        IndicatorResult result = Run();

        CandleResult doubled = result.Candles[0];
        Assert.Equal(new CandleMetadata("Doubled", 0), doubled.Metadata);
        Assert.Equal(s_bars.Open.ToArray().Select(p => p * 2), doubled.Open.ToArray());
        Assert.Equal(s_bars.High.ToArray().Select(p => p * 2), doubled.High.ToArray());
        Assert.Equal(s_bars.Low.ToArray().Select(p => p * 2), doubled.Low.ToArray());
        Assert.Equal(s_bars.Close.ToArray().Select(p => p * 2), doubled.Close.ToArray());
        Assert.Equal([null, s_orange, s_orange, null], doubled.Colors.ToArray());
        CandleResult same = result.Candles[1];
        Assert.Equal(new CandleMetadata("Same", 1) { IsBar = true }, same.Metadata);
        Assert.Equal(s_bars.Close.ToArray(), same.Close.ToArray());
    }

    [Fact]
    public void Hlines_are_levels_and_fills_name_what_they_fill_between()
    {
        IndicatorResult result = Run();

        Assert.Equal(new HLineResult(new HLineMetadata("Top", 0) { LineStyle = HLineStyle.Solid, LineWidth = 3 }, 150, s_red), result.HLines[0]);
        Assert.Equal(new HLineResult(new HLineMetadata("Bottom", 1), 50, null), result.HLines[1]);
        Assert.Equal(HLineStyle.Dashed, result.HLines[1].Metadata.LineStyle); // Pine's default

        FillResult range = result.Fills[0];
        Assert.Equal((new FillMetadata("Range", 0), 0, 1), (range.Metadata, range.First, range.Second));
        Assert.Equal([s_green80, null, null, s_green80], range.Colors.ToArray());
        FillResult band = result.Fills[1];
        Assert.Equal((new FillMetadata("Fill", 1) { BetweenHLines = true }, 0, 1), (band.Metadata, band.First, band.Second));
        Assert.All(band.Colors.ToArray(), color => Assert.Equal(s_blue60, color));
    }

    [Fact]
    public void Background_and_bar_colors_record_each_bars_color()
    {
        IndicatorResult result = Run();

        Assert.Equal(new BarColorMetadata("Background", 0, BarColorTarget.Background), result.BarColors[0].Metadata);
        Assert.Equal([null, s_yellow75, null, null], result.BarColors[0].Colors.ToArray());
        Assert.Equal(new BarColorMetadata("Ups", 1, BarColorTarget.Bar), result.BarColors[1].Metadata);
        Assert.Equal([s_teal, null, null, s_teal], result.BarColors[1].Colors.ToArray());
    }

    [Fact]
    public void Without_recording_nothing_is_drawn_but_every_element_is_described()
    {
        IndicatorResult result = Run(new RunOptions { RecordPlots = false });

        Assert.All(result.Plots, plot => Assert.True(plot.Values.IsEmpty && plot.Colors.IsEmpty && plot.Color is null));
        Assert.All(result.Shapes, shape => Assert.True(shape.Values.IsEmpty && shape.Colors.IsEmpty));
        Assert.All(result.Candles, candle => Assert.True(candle.Open.IsEmpty && candle.Colors.IsEmpty));
        Assert.All(result.Fills, fill => Assert.True(fill.Colors.IsEmpty && fill.First == -1 && fill.Second == -1));
        Assert.All(result.BarColors, color => Assert.True(color.Colors.IsEmpty));
        Assert.All(result.HLines, hline => Assert.True(double.IsNaN(hline.Price) && hline.Color is null));
        // What each element is stays known: it comes from the call sites, not from the calls.
        Assert.Equal(ChartProbe.Metadata.Plots, result.Plots.Select(p => p.Metadata));
        Assert.Equal(ChartProbe.Metadata.HLines, result.HLines.Select(h => h.Metadata));
    }

    [Fact]
    public void Without_recording_a_registered_chart_still_sees_every_call_and_keeps_the_levels()
    {
        var chart = new RecordingChart();
        IndicatorResult result = Run(new RunOptions { RecordPlots = false }, chart);

        Assert.Equal([0, 1, 2, 3], chart.Calls.Where(c => c is { Function: "Plot", Title: "High" }).Select(c => c.Bar));
        Assert.Equal([0, 1, 2, 3], chart.Calls.Where(c => c is { Function: "BarColor", Title: "Ups" }).Select(c => c.Bar));
        Assert.Equal([300.0, 100], result.HLines.Select(h => h.Price));
        Assert.Equal(s_green, result.Plots[0].Color);
        Assert.True(result.Plots[0].Values.IsEmpty);
    }

    /// <summary>Logs every drawing call with its sink's title, and changes two: hlines doubled, every bar painted white.</summary>
    private sealed class RecordingChart : ChartNamespace
    {
        public List<(string Function, string Title, int Bar)> Calls { get; } = [];

        public override void Plot(IPlotSink plot, int barIndex, double series, Color? color)
        {
            Calls.Add((nameof(Plot), plot.Metadata.Title, barIndex));
            base.Plot(plot, barIndex, series, color);
        }

        public override void PlotShape(IShapeSink shape, int barIndex, double series, Color? color)
        {
            Calls.Add((nameof(PlotShape), shape.Metadata.Title, barIndex));
            base.PlotShape(shape, barIndex, series, color);
        }

        public override void PlotChar(IShapeSink shape, int barIndex, double series, Color? color)
        {
            Calls.Add((nameof(PlotChar), shape.Metadata.Title, barIndex));
            base.PlotChar(shape, barIndex, series, color);
        }

        public override void PlotCandle(ICandleSink candle, int barIndex, double open, double high, double low, double close, Color? color)
        {
            Calls.Add((nameof(PlotCandle), candle.Metadata.Title, barIndex));
            base.PlotCandle(candle, barIndex, open, high, low, close, color);
        }

        public override void PlotBar(ICandleSink candle, int barIndex, double open, double high, double low, double close, Color? color)
        {
            Calls.Add((nameof(PlotBar), candle.Metadata.Title, barIndex));
            base.PlotBar(candle, barIndex, open, high, low, close, color);
        }

        public override void HLine(IHLineSink hline, double price, Color? color)
        {
            Calls.Add((nameof(HLine), hline.Metadata.Title, -1));
            base.HLine(hline, price * 2, color);
        }

        public override void Fill(IFillSink fill, int barIndex, int first, int second, Color? color)
        {
            Calls.Add((nameof(Fill), fill.Metadata.Title, barIndex));
            base.Fill(fill, barIndex, first, second, color);
        }

        public override void BgColor(IBarColorSink background, int barIndex, Color? color)
        {
            Calls.Add((nameof(BgColor), background.Metadata.Title, barIndex));
            base.BgColor(background, barIndex, color);
        }

        public override void BarColor(IBarColorSink bar, int barIndex, Color? color)
        {
            Calls.Add((nameof(BarColor), bar.Metadata.Title, barIndex));
            base.BarColor(bar, barIndex, new Color(255, 255, 255));
        }
    }

    [Fact]
    public void A_chart_subclass_sees_every_drawing_call_and_what_it_records_is_the_result()
    {
        var chart = new RecordingChart();

        IndicatorResult result = Run(chart: chart);

        string[] everyBar = ["Plot:High", "Plot:Low", "Fill:Range", "Fill:Fill", "PlotShape:Up", "PlotChar:Body", "PlotCandle:Doubled", "PlotBar:Same", "BgColor:Background", "BarColor:Ups"];
        foreach (string call in everyBar)
        {
            Assert.Equal([0, 1, 2, 3], chart.Calls.Where(c => $"{c.Function}:{c.Title}" == call).Select(c => c.Bar));
        }

        Assert.Equal([0, 2], chart.Calls.Where(c => c.Title == "Even down").Select(c => c.Bar));
        Assert.Equal(1, chart.Calls.Count(c => c.Title == "Top"));    // drawn in Setup()
        Assert.Equal(4, chart.Calls.Count(c => c.Title == "Bottom")); // drawn every bar
        Assert.Equal([300.0, 100], result.HLines.Select(h => h.Price));
        Assert.All(result.BarColors[1].Colors.ToArray(), color => Assert.Equal(new Color(255, 255, 255), color));
    }

    [Fact]
    public void A_fill_between_plots_it_was_not_given_fails_naming_the_fill()
    {
        var failure = Assert.Throws<ScriptRuntimeException>(() => new RuntimeEnvironment().RunIndicator(DefaultFillProbe.Create(), s_bars));

        Assert.Contains("chart.Fill 'Nowhere' was given plots -1 and -1, but the script has 1 plots", failure.Message);
        Assert.Contains("a default PlotId refers to none", failure.Message);
    }
}
