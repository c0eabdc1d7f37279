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
}
