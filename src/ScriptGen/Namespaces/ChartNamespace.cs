namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's plotting functions (<c>plot</c>, later shapes, hlines and fills), grouped as the
/// <c>chart</c> namespace. Stateless: each plot call site records into its own
/// <see cref="PlotBuffer"/>. Register a subclass under <c>"chart"</c> to observe or redirect plots.
/// </summary>
public class ChartNamespace
{
    /// <summary>The shared default instance.</summary>
    public static ChartNamespace Default { get; } = new();

    /// <summary><c>plot(series, title, color)</c>: records the bar's value of one plot.</summary>
    public virtual void Plot(PlotBuffer plot, int barIndex, double series, Color? color) =>
        plot.Record(barIndex, series, color);
}
