using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta volume variables: what scripts read (see PineTa.cs). Pine's variables are methods here.
public readonly partial struct PineTa
{
    /// <summary>
    /// Intraday intensity index, <c>(2 * close - high - low) / ((high - low) * volume)</c>. Pine: <c>ta.iii</c>.
    /// </summary>
    public double Iii() => throw CallSites.NotIntercepted("ta.Iii");

    /// <summary>
    /// Negative volume index: starts at 1 and follows the close's relative change on bars whose volume
    /// fell. Pine: <c>ta.nvi</c>.
    /// </summary>
    public double Nvi() => throw CallSites.NotIntercepted("ta.Nvi");

    /// <summary>
    /// On-balance volume: the running sum of the volume, added on bars whose close rose and subtracted
    /// on bars whose close fell. Pine: <c>ta.obv</c>.
    /// </summary>
    public double Obv() => throw CallSites.NotIntercepted("ta.Obv");
}
