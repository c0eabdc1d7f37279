namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's plotting functions (<c>plot</c>, later shapes, hlines and fills), grouped as the
/// <c>chart</c> namespace. Stateless: each plot call site records into its own
/// <see cref="IPlotSink"/>. Register a subclass under <c>"chart"</c> to observe, transform or drop
/// plotted values (calling the base method records them in the run's results).
/// </summary>
public class ChartNamespace
{
    /// <summary>The shared default instance.</summary>
    public static ChartNamespace Default { get; } = new();

    /// <summary><c>plot(series, title, color)</c>: records the bar's value of one plot.</summary>
    /// <param name="plot">The call site's plot: its metadata, and where its values go.</param>
    /// <param name="barIndex">The bar being run (0 is the first bar).</param>
    /// <param name="series">The value plotted; na leaves a gap.</param>
    /// <param name="color">The call's color, or null.</param>
    public virtual void Plot(IPlotSink plot, int barIndex, double series, Color? color) =>
        plot.Record(barIndex, series, color);
}
