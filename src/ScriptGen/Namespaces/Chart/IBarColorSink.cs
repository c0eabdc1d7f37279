namespace ScriptGen.Namespaces;

/// <summary>
/// One <c>chart.BarColor</c> or <c>chart.BgColor</c> call site of a running script, as a
/// <see cref="ChartNamespace"/> override sees it; what it records becomes the run's <see cref="BarColorResult"/>.
/// </summary>
public interface IBarColorSink
{
    /// <summary>The call site's compile-time description: title, and whether it colors bars or the background.</summary>
    BarColorMetadata Metadata { get; }

    /// <summary>Records the color of bar <paramref name="barIndex"/> (or of its background).</summary>
    /// <param name="barIndex">The bar (0 is the first bar of the run).</param>
    /// <param name="color">The color; null leaves the bar (or background) as it is.</param>
    void Record(int barIndex, Color? color);
}
