using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's drawing functions: <c>chart.Plot(fast, "Fast", color.Teal)</c>,
/// <c>chart.PlotShape(crossed, "Cross", ShapeStyle.TriangleUp, ShapeLocation.BelowBar)</c>, <c>chart.HLine(70)</c>,
/// <c>chart.Fill(upper, lower, color.New(color.Blue, 90))</c>, <c>chart.BgColor(...)</c>. Each call site is one
/// element of the chart, known at compile time: its title and style arguments must be constants (the
/// generator records them in the script's metadata); its series and colors are recorded per bar into the
/// run's results.
/// </summary>
/// <remarks>
/// A color argument is per bar, as Pine's series colors are; null on a bar means no color was given there
/// (a plot, shape or candle is then drawn in its default color; a fill, background or bar color paints
/// nothing). Colors carry Pine's transparency (<c>color.New(color.Red, 80)</c>).
/// </remarks>
public readonly struct PineChart
{
    internal PineChart(Script owner, ChartNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>chart</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ChartNamespace Namespace { get; }

    /// <summary>
    /// Plots <paramref name="series"/> on this bar. Pine: <c>plot(series, title, color, linewidth, style, histbase)</c>.
    /// </summary>
    /// <param name="series">The value; na leaves a gap (joined over by <see cref="PlotStyle.Line"/> and <see cref="PlotStyle.Area"/>).</param>
    /// <param name="title">The plot's title, a compile-time constant; "Plot" when omitted.</param>
    /// <param name="color">The color on this bar.</param>
    /// <param name="lineWidth">The width in pixels, a constant of at least 1.</param>
    /// <param name="style">How the values are drawn, a constant.</param>
    /// <param name="histBase">The level histograms, columns and areas start from, a constant.</param>
    /// <returns>The plot, for <see cref="Fill(PlotId, PlotId, Color?, string)"/>.</returns>
    public PlotId Plot(double series, string title = "Plot", Color? color = null, int lineWidth = 1, PlotStyle style = PlotStyle.Line, double histBase = 0) =>
        throw CallSites.NotIntercepted("chart.Plot");

    /// <summary>
    /// Draws a shape on the bars where <paramref name="series"/> is true. Pine: <c>plotshape(series, title, style, location, color, text, size)</c>.
    /// </summary>
    /// <param name="series">Whether this bar gets the shape.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    /// <param name="style">The shape, a constant.</param>
    /// <param name="location">Where on the bar, a constant (for <see cref="ShapeLocation.Absolute"/>, pass a price instead of a condition).</param>
    /// <param name="color">The color on this bar.</param>
    /// <param name="text">Text written beside the shape, a constant.</param>
    /// <param name="size">The size, a constant.</param>
    public void PlotShape(bool series, string title = "Shapes", ShapeStyle style = ShapeStyle.XCross, ShapeLocation location = ShapeLocation.AboveBar,
                          Color? color = null, string? text = null, ShapeSize size = ShapeSize.Auto) =>
        throw CallSites.NotIntercepted("chart.PlotShape");

    /// <summary>
    /// Draws a shape where <paramref name="series"/> is not na and not 0, or, with <see cref="ShapeLocation.Absolute"/>,
    /// at the price <paramref name="series"/>. Pine: <c>plotshape(series, title, style, location, color, text, size)</c>.
    /// </summary>
    /// <inheritdoc cref="PlotShape(bool, string, ShapeStyle, ShapeLocation, Color?, string?, ShapeSize)"/>
    public void PlotShape(double series, string title = "Shapes", ShapeStyle style = ShapeStyle.XCross, ShapeLocation location = ShapeLocation.AboveBar,
                          Color? color = null, string? text = null, ShapeSize size = ShapeSize.Auto) =>
        throw CallSites.NotIntercepted("chart.PlotShape");

    /// <summary>
    /// Draws a character on the bars where <paramref name="series"/> is true. Pine: <c>plotchar(series, title, char, location, color, text, size)</c>.
    /// </summary>
    /// <param name="series">Whether this bar gets the character.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    /// <param name="character">The character, a constant: one character (an emoji is one).</param>
    /// <param name="location">Where on the bar, a constant.</param>
    /// <param name="color">The color on this bar.</param>
    /// <param name="text">Text written beside the character, a constant.</param>
    /// <param name="size">The size, a constant.</param>
    public void PlotChar(bool series, string title = "Char", string character = "★", ShapeLocation location = ShapeLocation.AboveBar,
                         Color? color = null, string? text = null, ShapeSize size = ShapeSize.Auto) =>
        throw CallSites.NotIntercepted("chart.PlotChar");

    /// <summary>
    /// Draws a character where <paramref name="series"/> is not na and not 0, or, with <see cref="ShapeLocation.Absolute"/>,
    /// at the price <paramref name="series"/>. Pine: <c>plotchar(series, title, char, location, color, text, size)</c>.
    /// </summary>
    /// <inheritdoc cref="PlotChar(bool, string, string, ShapeLocation, Color?, string?, ShapeSize)"/>
    public void PlotChar(double series, string title = "Char", string character = "★", ShapeLocation location = ShapeLocation.AboveBar,
                         Color? color = null, string? text = null, ShapeSize size = ShapeSize.Auto) =>
        throw CallSites.NotIntercepted("chart.PlotChar");

    /// <summary>Draws a candle of the script's own values on this bar. Pine: <c>plotcandle(open, high, low, close, title, color)</c>.</summary>
    /// <param name="open">The open.</param>
    /// <param name="high">The high.</param>
    /// <param name="low">The low.</param>
    /// <param name="close">The close; na in any of the four draws nothing on this bar.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    /// <param name="color">The candle's color on this bar; null for the chart's up and down colors.</param>
    public void PlotCandle(double open, double high, double low, double close, string title = "Candles", Color? color = null) =>
        throw CallSites.NotIntercepted("chart.PlotCandle");

    /// <summary>Draws an OHLC bar of the script's own values on this bar. Pine: <c>plotbar(open, high, low, close, title, color)</c>.</summary>
    /// <inheritdoc cref="PlotCandle"/>
    public void PlotBar(double open, double high, double low, double close, string title = "Bars", Color? color = null) =>
        throw CallSites.NotIntercepted("chart.PlotBar");

    /// <summary>
    /// A horizontal level across the chart. Pine: <c>hline(price, title, color, linestyle, linewidth)</c>. A level is
    /// not a series: call it in <c>Setup()</c> or on every bar with the same price (an input, say); the last call's
    /// price and color are the ones drawn.
    /// </summary>
    /// <param name="price">The level.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    /// <param name="color">The line's color.</param>
    /// <param name="lineStyle">Solid, dotted or dashed, a constant.</param>
    /// <param name="lineWidth">The width in pixels, a constant of at least 1.</param>
    /// <returns>The level, for <see cref="Fill(HLineId, HLineId, Color?, string)"/>.</returns>
    public HLineId HLine(double price, string title = "Price", Color? color = null, HLineStyle lineStyle = HLineStyle.Dashed, int lineWidth = 1) =>
        throw CallSites.NotIntercepted("chart.HLine");

    /// <summary>Paints the area between two plots on this bar. Pine: <c>fill(plot1, plot2, color, title)</c>.</summary>
    /// <param name="first">One plot: what <see cref="Plot"/> returned.</param>
    /// <param name="second">The other.</param>
    /// <param name="color">The color on this bar (Pine's default is <c>color.New(color.Blue, 90)</c>); null paints nothing here.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    public void Fill(PlotId first, PlotId second, Color? color, string title = "Fill") =>
        throw CallSites.NotIntercepted("chart.Fill");

    /// <summary>Paints the band between two levels. Pine: <c>fill(hline1, hline2, color, title)</c>.</summary>
    /// <param name="first">One level: what <see cref="HLine"/> returned.</param>
    /// <param name="second">The other.</param>
    /// <param name="color">The color; null paints nothing.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    public void Fill(HLineId first, HLineId second, Color? color, string title = "Fill") =>
        throw CallSites.NotIntercepted("chart.Fill");

    /// <summary>Colors this bar's background. Pine: <c>bgcolor(color, title)</c>.</summary>
    /// <param name="color">The color (usually transparent: <c>color.New(color.Green, 85)</c>); null leaves it as it is.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    public void BgColor(Color? color, string title = "Background") =>
        throw CallSites.NotIntercepted("chart.BgColor");

    /// <summary>Colors this bar's candle. Pine: <c>barcolor(color, title)</c>.</summary>
    /// <param name="color">The color; null leaves the candle as it is.</param>
    /// <param name="title">The title, a compile-time constant.</param>
    public void BarColor(Color? color, string title = "Bar color") =>
        throw CallSites.NotIntercepted("chart.BarColor");
}
