using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>Every drawing function, each fed from the bars so that a test can say what it should have recorded.</summary>
[Indicator("chart probe", Overlay = true)]
public partial class ChartProbe
{
    HLineId _top;

    protected override void Setup() => _top = chart.HLine(150, "Top", color.Red, HLineStyle.Solid, lineWidth: 3);

    protected override void Process()
    {
        HLineId bottom = chart.HLine(50, "Bottom");
        bool up = close > open;
        PlotId highs = chart.Plot(high, "High", up ? color.Green : color.Red, lineWidth: 2, style: PlotStyle.StepLine);
        PlotId lows = chart.Plot(low, "Low", style: PlotStyle.Columns, histBase: 1);
        chart.Fill(highs, lows, up ? color.New(color.Green, 80) : null, "Range");
        chart.Fill(_top, bottom, color.New(color.Blue, 60));
        chart.PlotShape(up, "Up", ShapeStyle.TriangleUp, ShapeLocation.BelowBar, color.Green, "up", ShapeSize.Large);
        if (bar_index % 2 == 0)
        {
            chart.PlotShape(up ? double.NaN : low, "Even down", ShapeStyle.ArrowDown, ShapeLocation.Absolute);
        }

        chart.PlotChar(close - open, "Body", "●");
        chart.PlotCandle(open * 2, high * 2, low * 2, close * 2, "Doubled", up ? null : color.Orange);
        chart.PlotBar(open, high, low, close, "Same");
        chart.BgColor(bar_index == 1 ? color.New(color.Yellow, 75) : null);
        chart.BarColor(up ? color.Teal : null, "Ups");
    }
}

/// <summary>Fills between plots it never names: a default <see cref="PlotId"/> refers to none.</summary>
[Indicator("default fill probe")]
public partial class DefaultFillProbe
{
    protected override void Process()
    {
        chart.Plot(close, "Close");
        chart.Fill(default(PlotId), default(PlotId), color.Red, "Nowhere");
    }
}

/// <summary>Three drawing calls of one title: a plot, a shape, a background.</summary>
[Indicator("same titles probe")]
public partial class SameTitlesProbe
{
    protected override void Process()
    {
        chart.Plot(close, "Close");
        chart.PlotShape(close > open, "Close");
        chart.BgColor(color.Red, "Close");
    }
}
