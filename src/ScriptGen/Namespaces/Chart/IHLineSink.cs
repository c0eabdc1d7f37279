namespace ScriptGen.Namespaces;

/// <summary>
/// One <c>chart.HLine</c> call site of a running script, as a <see cref="ChartNamespace"/> override sees it. A
/// level is not a series: what the last call records is the run's <see cref="HLineResult"/>.
/// </summary>
public interface IHLineSink
{
    /// <summary>The call site's compile-time description: title, line style and width.</summary>
    HLineMetadata Metadata { get; }

    /// <summary>Records the level's price and color (replacing what an earlier call recorded).</summary>
    /// <param name="price">The level; na draws nothing.</param>
    /// <param name="color">The color, or null for the default.</param>
    void Record(double price, Color? color);
}
