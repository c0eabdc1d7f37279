using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta crosses: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Whether <paramref name="source1"/> crossed over <paramref name="source2"/> on this bar: above
    /// now, at or below on the last bar both were defined. Pine: <c>ta.crossover(source1, source2)</c>.
    /// </summary>
    public bool Crossover(double source1, double source2) => throw CallSites.NotIntercepted("ta.Crossover");

    /// <summary>
    /// Whether <paramref name="source1"/> crossed under <paramref name="source2"/> on this bar.
    /// Pine: <c>ta.crossunder(source1, source2)</c>.
    /// </summary>
    public bool Crossunder(double source1, double source2) => throw CallSites.NotIntercepted("ta.Crossunder");
}
