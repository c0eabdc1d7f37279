namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's drawing functions (<c>plot</c>, <c>plotshape</c>, <c>plotchar</c>, <c>plotcandle</c>, <c>plotbar</c>,
/// <c>hline</c>, <c>fill</c>, <c>bgcolor</c>, <c>barcolor</c>), grouped as the <c>chart</c> namespace. Stateless:
/// each call site records into its own sink, which carries the call site's compile-time metadata (title,
/// style). Register a subclass under <c>"chart"</c> to observe, transform or drop what scripts draw: each
/// method is called with the call's sink and per-bar values, and calling the base method records them in
/// the run's results.
/// </summary>
public class ChartNamespace
{
    /// <summary>The shared default instance.</summary>
    public static ChartNamespace Default { get; } = new();

    /// <summary><c>plot(series, title, color, ...)</c>: records the bar's value of one plot.</summary>
    /// <param name="plot">The call site's plot: its metadata, and where its values go.</param>
    /// <param name="barIndex">The bar being run (0 is the first bar).</param>
    /// <param name="series">The value plotted; na leaves a gap.</param>
    /// <param name="color">The call's color, or null.</param>
    public virtual void Plot(IPlotSink plot, int barIndex, double series, Color? color) =>
        plot.Record(barIndex, series, color);

    /// <summary><c>plotshape(series, ...)</c>: records whether (and, for <see cref="ShapeLocation.Absolute"/>, where) the bar gets the shape.</summary>
    /// <param name="shape">The call site's sink and metadata.</param>
    /// <param name="barIndex">The bar being run.</param>
    /// <param name="series">1 or 0 for a condition, else the number given (a price for an absolute location); na draws nothing.</param>
    /// <param name="color">The call's color, or null.</param>
    public virtual void PlotShape(IShapeSink shape, int barIndex, double series, Color? color) =>
        shape.Record(barIndex, series, color);

    /// <summary><c>plotchar(series, ...)</c>: as <see cref="PlotShape"/>, for a character (<see cref="ShapeMetadata.Character"/>).</summary>
    /// <inheritdoc cref="PlotShape"/>
    public virtual void PlotChar(IShapeSink shape, int barIndex, double series, Color? color) =>
        shape.Record(barIndex, series, color);

    /// <summary><c>plotcandle(open, high, low, close, ...)</c>: records the bar's candle.</summary>
    /// <param name="candle">The call site's sink and metadata.</param>
    /// <param name="barIndex">The bar being run.</param>
    /// <param name="open">The open.</param>
    /// <param name="high">The high.</param>
    /// <param name="low">The low.</param>
    /// <param name="close">The close.</param>
    /// <param name="color">The call's color, or null.</param>
    public virtual void PlotCandle(ICandleSink candle, int barIndex, double open, double high, double low, double close, Color? color) =>
        candle.Record(barIndex, open, high, low, close, color);

    /// <summary><c>plotbar(open, high, low, close, ...)</c>: records the bar's OHLC bar.</summary>
    /// <inheritdoc cref="PlotCandle"/>
    public virtual void PlotBar(ICandleSink candle, int barIndex, double open, double high, double low, double close, Color? color) =>
        candle.Record(barIndex, open, high, low, close, color);

    /// <summary><c>hline(price, ...)</c>: records the level (a constant: the last call's price is the one drawn).</summary>
    /// <param name="hline">The call site's sink and metadata.</param>
    /// <param name="price">The level.</param>
    /// <param name="color">The call's color, or null.</param>
    public virtual void HLine(IHLineSink hline, double price, Color? color) =>
        hline.Record(price, color);

    /// <summary><c>fill(plot1, plot2, color)</c> or <c>fill(hline1, hline2, color)</c>: records the bar's fill color.</summary>
    /// <param name="fill">The call site's sink and metadata (<see cref="FillMetadata.BetweenHLines"/> says what the indexes refer to).</param>
    /// <param name="barIndex">The bar being run.</param>
    /// <param name="first">The index of one plot (<see cref="PlotId.Index"/>) or hline (<see cref="HLineId.Index"/>).</param>
    /// <param name="second">The index of the other.</param>
    /// <param name="color">The call's color; null paints nothing on this bar.</param>
    public virtual void Fill(IFillSink fill, int barIndex, int first, int second, Color? color) =>
        fill.Record(barIndex, first, second, color);

    /// <summary><c>bgcolor(color)</c>: records the color of the bar's background.</summary>
    /// <param name="background">The call site's sink and metadata.</param>
    /// <param name="barIndex">The bar being run.</param>
    /// <param name="color">The color; null leaves the background as it is.</param>
    public virtual void BgColor(IBarColorSink background, int barIndex, Color? color) =>
        background.Record(barIndex, color);

    /// <summary><c>barcolor(color)</c>: records the color of the price bar.</summary>
    /// <param name="bar">The call site's sink and metadata.</param>
    /// <param name="barIndex">The bar being run.</param>
    /// <param name="color">The color; null leaves the bar as it is.</param>
    public virtual void BarColor(IBarColorSink bar, int barIndex, Color? color) =>
        bar.Record(barIndex, color);
}
