namespace ScriptGen.Namespaces;

/// <summary>
/// One plot of a running script, as a <see cref="ChartNamespace"/> override sees it: which plot it is,
/// and where its bar values go. The runtime gives each <c>chart.Plot</c> call site its own sink; what a
/// sink has recorded becomes the run's <see cref="PlotResult"/> and what importers read.
/// </summary>
public interface IPlotSink
{
    /// <summary>The plot's compile-time description: its title, position, style and line width.</summary>
    PlotMetadata Metadata { get; }

    /// <summary>Records <paramref name="value"/> as the plot's value on bar <paramref name="barIndex"/>.</summary>
    /// <param name="barIndex">The bar (0 is the first bar of the run).</param>
    /// <param name="value">The value; na leaves a gap.</param>
    /// <param name="color">The color of this bar, or null for none (the plot is then drawn in the last color it was given).</param>
    void Record(int barIndex, double value, Color? color);
}
