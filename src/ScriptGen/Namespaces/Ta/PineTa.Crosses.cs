using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta crosses, rises and falls: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Whether <paramref name="source1"/> crossed <paramref name="source2"/> on this bar, in either
    /// direction (Pine's tolerance keeps equal stretches from firing). Pine: <c>ta.cross(source1, source2)</c>.
    /// </summary>
    public bool Cross(double source1, double source2) => throw CallSites.NotIntercepted("ta.Cross");

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

    /// <summary>
    /// Whether <paramref name="source"/> has fallen on each of the last <paramref name="length"/> bars.
    /// Pine: <c>ta.falling(source, length)</c>.
    /// </summary>
    public bool Falling(double source, int length) => throw CallSites.NotIntercepted("ta.Falling");

    /// <summary>
    /// Whether <paramref name="source"/> has risen on each of the last <paramref name="length"/> bars.
    /// Pine: <c>ta.rising(source, length)</c>.
    /// </summary>
    public bool Rising(double source, int length) => throw CallSites.NotIntercepted("ta.Rising");
}
