using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta channels: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Keltner channels: the EMA of <paramref name="series"/> and bands <paramref name="mult"/> EMAs of the
    /// range (true range, or high - low without <paramref name="useTrueRange"/>) away. Pine:
    /// <c>[middle, upper, lower] = ta.kc(series, length, mult, useTrueRange)</c>.
    /// </summary>
    public (double Middle, double Upper, double Lower) Kc(double series, int length, double mult, bool useTrueRange = true) =>
        throw CallSites.NotIntercepted("ta.Kc");

    /// <summary>Keltner channels width, <c>(upper - lower) / middle</c>. Pine: <c>ta.kcw(series, length, mult, useTrueRange)</c>.</summary>
    public double Kcw(double series, int length, double mult, bool useTrueRange = true) => throw CallSites.NotIntercepted("ta.Kcw");
}
