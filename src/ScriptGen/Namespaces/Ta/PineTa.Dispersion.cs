using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta dispersion: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Mean absolute deviation of the last <paramref name="length"/> values from their mean; na while
    /// an na is among them. Pine: <c>ta.dev(source, length)</c>.
    /// </summary>
    public double Dev(double source, int length) => throw CallSites.NotIntercepted("ta.Dev");

    /// <summary>
    /// Variance of the last <paramref name="length"/> non-na values; population (biased) unless
    /// <paramref name="biased"/> is false. Pine: <c>ta.variance(source, length, biased)</c>.
    /// </summary>
    public double Variance(double source, int length, bool biased = true) => throw CallSites.NotIntercepted("ta.Variance");
}
