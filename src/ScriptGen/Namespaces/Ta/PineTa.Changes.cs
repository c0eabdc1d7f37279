using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta changes and counts: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// <paramref name="source"/> less its value <paramref name="length"/> calls ago; na when either is na
    /// and during the first <paramref name="length"/> calls. Pine: <c>ta.change(source, length)</c>.
    /// </summary>
    public double Change(double source, int length = 1) => throw CallSites.NotIntercepted("ta.Change");

    /// <summary>Momentum: <paramref name="source"/> less its value <paramref name="length"/> calls ago. Pine: <c>ta.mom(source, length)</c>.</summary>
    public double Mom(double source, int length) => throw CallSites.NotIntercepted("ta.Mom");

    /// <summary>
    /// Rate of change in percent: <c>100 * (source - source[length]) / source[length]</c>. Pine:
    /// <c>ta.roc(source, length)</c>.
    /// </summary>
    public double Roc(double source, int length) => throw CallSites.NotIntercepted("ta.Roc");

    /// <summary>
    /// The running total of <paramref name="source"/>; an na value returns na and adds nothing. Pine:
    /// <c>ta.cum(source)</c>.
    /// </summary>
    public double Cum(double source) => throw CallSites.NotIntercepted("ta.Cum");

    /// <summary>
    /// Bars since <paramref name="condition"/> was last true (0 when it is true now), na before it ever
    /// was: a whole <see cref="double"/>, since Pine's int result can be na. Pine: <c>ta.barssince(condition)</c>.
    /// </summary>
    public double Barssince(bool condition) => throw CallSites.NotIntercepted("ta.Barssince");

    /// <summary>
    /// The value <paramref name="source"/> had when <paramref name="condition"/> was true for the
    /// <paramref name="occurrence"/>-th most recent time (0 = the latest, this bar included). Pine:
    /// <c>ta.valuewhen(condition, source, occurrence)</c>.
    /// </summary>
    public double Valuewhen(bool condition, double source, int occurrence) => throw CallSites.NotIntercepted("ta.Valuewhen");
}
