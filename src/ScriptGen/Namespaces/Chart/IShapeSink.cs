namespace ScriptGen.Namespaces;

/// <summary>
/// One <c>chart.PlotShape</c> or <c>chart.PlotChar</c> call site of a running script, as a
/// <see cref="ChartNamespace"/> override sees it; what it records becomes the run's <see cref="ShapeResult"/>.
/// </summary>
public interface IShapeSink
{
    /// <summary>The call site's compile-time description: title, shape or character, location, size, text.</summary>
    ShapeMetadata Metadata { get; }

    /// <summary>Records the series on bar <paramref name="barIndex"/>.</summary>
    /// <param name="barIndex">The bar (0 is the first bar of the run).</param>
    /// <param name="value">1 or 0 for a condition; for a number, the number (a price for <see cref="ShapeLocation.Absolute"/>); na draws nothing.</param>
    /// <param name="color">The color on this bar, or null for the default.</param>
    void Record(int barIndex, double value, Color? color);
}
