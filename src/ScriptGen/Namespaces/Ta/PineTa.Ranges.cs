using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta highs, lows and ranges: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>Highest value of the last <paramref name="length"/> bars. Pine: <c>ta.highest(source, length)</c>.</summary>
    public double Highest(double source, int length) => throw CallSites.NotIntercepted("ta.Highest");

    /// <summary>Highest <c>high</c> of the last <paramref name="length"/> bars. Pine: <c>ta.highest(length)</c>.</summary>
    [ImplicitArgument("source", "high")]
    public double Highest(int length) => throw CallSites.NotIntercepted("ta.Highest");

    /// <summary>Lowest value of the last <paramref name="length"/> bars. Pine: <c>ta.lowest(source, length)</c>.</summary>
    public double Lowest(double source, int length) => throw CallSites.NotIntercepted("ta.Lowest");

    /// <summary>Lowest <c>low</c> of the last <paramref name="length"/> bars. Pine: <c>ta.lowest(length)</c>.</summary>
    [ImplicitArgument("source", "low")]
    public double Lowest(int length) => throw CallSites.NotIntercepted("ta.Lowest");

    /// <summary>
    /// Offset to the highest value of the last <paramref name="length"/> bars: 0 for this bar, -1 for
    /// the previous one, ... (the oldest of equal highs). A whole number, as a double because it is na
    /// during warm-up. Pine: <c>ta.highestbars(source, length)</c>.
    /// </summary>
    public double Highestbars(double source, int length) => throw CallSites.NotIntercepted("ta.Highestbars");

    /// <summary>Offset to the highest <c>high</c> of the last <paramref name="length"/> bars. Pine: <c>ta.highestbars(length)</c>.</summary>
    [ImplicitArgument("source", "high")]
    public double Highestbars(int length) => throw CallSites.NotIntercepted("ta.Highestbars");

    /// <summary>
    /// Offset to the lowest value of the last <paramref name="length"/> bars: 0 for this bar, -1 for
    /// the previous one, ... (the oldest of equal lows). Pine: <c>ta.lowestbars(source, length)</c>.
    /// </summary>
    public double Lowestbars(double source, int length) => throw CallSites.NotIntercepted("ta.Lowestbars");

    /// <summary>Offset to the lowest <c>low</c> of the last <paramref name="length"/> bars. Pine: <c>ta.lowestbars(length)</c>.</summary>
    [ImplicitArgument("source", "low")]
    public double Lowestbars(int length) => throw CallSites.NotIntercepted("ta.Lowestbars");

    /// <summary>
    /// Highest minus lowest value of the last <paramref name="length"/> bars. Pine: <c>ta.range(source, length)</c>.
    /// </summary>
    public double Range(double source, int length) => throw CallSites.NotIntercepted("ta.Range");

    /// <summary>All-time highest value of <paramref name="source"/> (na ignored). Pine: <c>ta.max(source)</c>.</summary>
    public double Max(double source) => throw CallSites.NotIntercepted("ta.Max");

    /// <summary>All-time lowest value of <paramref name="source"/> (na ignored). Pine: <c>ta.min(source)</c>.</summary>
    public double Min(double source) => throw CallSites.NotIntercepted("ta.Min");

    /// <summary>
    /// True range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>. On the first bar it is
    /// na, or <c>high - low</c> when <paramref name="handleNa"/> is true. Pine: <c>ta.tr</c> /
    /// <c>ta.tr(handle_na)</c>.
    /// </summary>
    public double Tr(bool handleNa = false) => throw CallSites.NotIntercepted("ta.Tr");

    /// <summary>Average true range: <c>rma(tr(true), length)</c>. Pine: <c>ta.atr(length)</c>.</summary>
    public double Atr(int length) => throw CallSites.NotIntercepted("ta.Atr");
}
