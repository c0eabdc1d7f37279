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
    /// True range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>. On the first bar it is
    /// na, or <c>high - low</c> when <paramref name="handleNa"/> is true. Pine: <c>ta.tr</c> /
    /// <c>ta.tr(handle_na)</c>.
    /// </summary>
    public double Tr(bool handleNa = false) => throw CallSites.NotIntercepted("ta.Tr");

    /// <summary>Average true range: <c>rma(tr(true), length)</c>. Pine: <c>ta.atr(length)</c>.</summary>
    public double Atr(int length) => throw CallSites.NotIntercepted("ta.Atr");
}
