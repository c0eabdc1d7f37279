namespace ScriptGen.Namespaces;

/// <summary>
/// One <c>chart.Fill</c> call site of a running script, as a <see cref="ChartNamespace"/> override sees it;
/// what it records becomes the run's <see cref="FillResult"/>.
/// </summary>
public interface IFillSink
{
    /// <summary>The call site's compile-time description: title, and whether it fills between plots or hlines.</summary>
    FillMetadata Metadata { get; }

    /// <summary>Records the bar's fill color between plots (or hlines) <paramref name="first"/> and <paramref name="second"/>.</summary>
    /// <param name="barIndex">The bar (0 is the first bar of the run).</param>
    /// <param name="first">The index of one plot (or hline, see <see cref="FillMetadata.BetweenHLines"/>).</param>
    /// <param name="second">The index of the other.</param>
    /// <param name="color">The color on this bar; null paints nothing.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index that is not one of the script's plots (or hlines): a default id.</exception>
    void Record(int barIndex, int first, int second, Color? color);
}
