using ScriptGen;

namespace ScriptGen.Cli.Tests.Reports;

/// <summary>What a Pine user draws on the price chart: styled and colored lines, a fill between them, shapes, characters, background and bar colors.</summary>
[Indicator("Chart on price", Overlay = true)]
public partial class ChartOnPrice
{
    protected override void Process()
    {
        double fast = ta.Ema(close, 9);
        double slow = ta.Ema(close, 21);
        bool rising = fast > slow;
        PlotId fastPlot = chart.Plot(fast, "Fast", rising ? color.Teal : color.Red, lineWidth: 2);
        PlotId slowPlot = chart.Plot(slow, "Slow", color.Orange, style: PlotStyle.StepLine);
        chart.Fill(fastPlot, slowPlot, rising ? color.New(color.Teal, 80) : color.New(color.Red, 80), "Trend band");
        chart.PlotShape(ta.Crossover(fast, slow), "Cross up", ShapeStyle.TriangleUp, ShapeLocation.BelowBar, color.Green, "up", ShapeSize.Small);
        chart.PlotShape(ta.Crossunder(fast, slow), "Cross down", ShapeStyle.LabelDown, ShapeLocation.AboveBar, color.Red, "down");
        chart.PlotChar(high - low > 3 * ta.Atr(14), "Wide bar", "⚡", ShapeLocation.Top, color.Purple);
        chart.BgColor(dayofweek == 2 ? color.New(color.Blue, 90) : null, "Mondays");
        chart.BarColor(high - low > 3 * ta.Atr(14) ? color.Fuchsia : null, "Wide bars");
    }
}

/// <summary>What a Pine user draws in a pane: histogram, columns, circles, crosses, an area, levels with a band, candles and bars of the script's own values.</summary>
[Indicator("Chart in a pane")]
public partial class ChartInPane
{
    HLineId _upper;
    HLineId _lower;

    protected override void Setup()
    {
        _upper = chart.HLine(0.002, "Upper level", color.Gray, HLineStyle.Dotted);
        _lower = chart.HLine(-0.002, "Lower level", color.Gray, HLineStyle.Dashed, lineWidth: 2);
    }

    protected override void Process()
    {
        double momentum = close - ta.Sma(close, 20);
        chart.Plot(momentum, "Momentum columns", momentum >= 0 ? color.Teal : color.Red, style: PlotStyle.Columns);
        chart.Plot(momentum / 2, "Half histogram", color.Navy, lineWidth: 2, style: PlotStyle.Histogram);
        chart.Plot(ta.Sma(momentum, 5), "Smoothed circles", color.Purple, style: PlotStyle.Circles);
        chart.Plot(ta.Sma(momentum, 10), "Slower crosses", color.Olive, style: PlotStyle.Cross);
        chart.Plot(ta.Sma(momentum, 40), "Slow area", color.New(color.Blue, 50), style: PlotStyle.Area);
        chart.HLine(0, "Zero", color.Silver, HLineStyle.Solid);
        chart.Fill(_upper, _lower, color.New(color.Purple, 92), "Level band");
        double mid = close - ta.Sma(close, 50);
        chart.PlotCandle(open - close + mid, high - close + mid, low - close + mid, mid, "Own candles", close > open ? null : color.Maroon);
        chart.PlotBar(open - close, high - close, low - close, 0, "Own bars");
        chart.PlotShape(ta.Crossover(momentum, 0) ? momentum : double.NaN, "Turn up", ShapeStyle.Diamond, ShapeLocation.Absolute, color.Lime);
        chart.PlotShape(ta.Crossunder(momentum, 0), "Turn down", ShapeStyle.XCross, ShapeLocation.Bottom, color.Red);
        chart.BgColor(momentum > 0.004 ? color.New(color.Green, 85) : null, "Strong");
    }
}
