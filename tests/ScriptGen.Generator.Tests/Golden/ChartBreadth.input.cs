using ScriptGen;

namespace Golden.Chart;

/// <summary>Every drawing function, with its style arguments written and left out.</summary>
[Indicator("Chart breadth", Overlay = true)]
public partial class ChartBreadth
{
    HLineId _upper;
    HLineId _lower;

    protected override void Setup()
    {
        // A level is a constant: it may be drawn once, before the first bar.
        _upper = chart.HLine(70, "Upper", color.Red, HLineStyle.Dotted, lineWidth: 2);
        _lower = chart.HLine(30, "Lower");
    }

    protected override void Process()
    {
        double fast = ta.Ema(close, 5);
        double slow = ta.Ema(close, 20);
        PlotId fastPlot = chart.Plot(fast, "Fast", color.Teal, lineWidth: 2);
        PlotId slowPlot = chart.Plot(slow, "Slow", fast > slow ? color.Green : color.Red, style: PlotStyle.StepLine);
        chart.Plot(fast - slow, "Spread", style: PlotStyle.Histogram, histBase: 0.5);
        chart.Fill(fastPlot, slowPlot, color.New(color.Blue, 90), "Band");
        chart.Fill(_upper, _lower, color.New(color.Purple, 95));
        chart.PlotShape(ta.Crossover(fast, slow), "Up", ShapeStyle.TriangleUp, ShapeLocation.BelowBar, color.Green, text: "Buy", size: ShapeSize.Small);
        chart.PlotShape(ta.Crossunder(fast, slow) ? high : double.NaN, "Down", location: ShapeLocation.Absolute);
        chart.PlotChar(close > open, "Rise");
        chart.PlotChar(volume, "Volume", "🔥", ShapeLocation.Top);
        chart.PlotCandle(open, high, low, close, "Candles", close > open ? color.Teal : null);
        chart.PlotBar(open, high, low, close);
        chart.BgColor(fast > slow ? color.New(color.Green, 85) : null, "Trend");
        chart.BarColor(close < open ? color.Orange : null);
    }
}
