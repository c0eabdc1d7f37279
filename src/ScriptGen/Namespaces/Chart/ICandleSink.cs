namespace ScriptGen.Namespaces;

/// <summary>
/// One <c>chart.PlotCandle</c> or <c>chart.PlotBar</c> call site of a running script, as a
/// <see cref="ChartNamespace"/> override sees it; what it records becomes the run's <see cref="CandleResult"/>.
/// </summary>
public interface ICandleSink
{
    /// <summary>The call site's compile-time description: title, candles or bars.</summary>
    CandleMetadata Metadata { get; }

    /// <summary>Records the bar's open, high, low and close (na in any of them draws nothing on that bar).</summary>
    /// <param name="barIndex">The bar (0 is the first bar of the run).</param>
    /// <param name="open">The open.</param>
    /// <param name="high">The high.</param>
    /// <param name="low">The low.</param>
    /// <param name="close">The close.</param>
    /// <param name="color">The color on this bar, or null for the chart's up and down colors.</param>
    void Record(int barIndex, double open, double high, double low, double close, Color? color);
}
