using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta statistics: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Standard deviation of the last <paramref name="length"/> non-na values; population (biased)
    /// unless <paramref name="biased"/> is false. Pine: <c>ta.stdev(source, length, biased)</c>.
    /// </summary>
    public double Stdev(double source, int length, bool biased = true) => throw CallSites.NotIntercepted("ta.Stdev");

    /// <summary>
    /// Pearson correlation of <paramref name="source1"/> and <paramref name="source2"/> over the last
    /// <paramref name="length"/> bars, from -1 to 1. Pine: <c>ta.correlation(source1, source2, length)</c>.
    /// </summary>
    public double Correlation(double source1, double source2, int length) => throw CallSites.NotIntercepted("ta.Correlation");

    /// <summary>
    /// Linear regression: the least-squares line through the last <paramref name="length"/> values,
    /// evaluated <paramref name="offset"/> bars back from this one. Pine: <c>ta.linreg(source, length, offset)</c>.
    /// </summary>
    public double Linreg(double source, int length, int offset) => throw CallSites.NotIntercepted("ta.Linreg");

    /// <summary>Median of the last <paramref name="length"/> non-na values. Pine: <c>ta.median(source, length)</c>.</summary>
    public double Median(double source, int length) => throw CallSites.NotIntercepted("ta.Median");

    /// <summary>
    /// Most frequent of the last <paramref name="length"/> values; of equally frequent values, the
    /// smallest. Pine: <c>ta.mode(source, length)</c>.
    /// </summary>
    public double Mode(double source, int length) => throw CallSites.NotIntercepted("ta.Mode");
}
