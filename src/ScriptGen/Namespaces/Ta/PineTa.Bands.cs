using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta bands: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Bollinger Bands: the middle band <c>sma(series, length)</c> and the bands <paramref name="mult"/>
    /// population standard deviations above and below it; deconstruct it with
    /// <c>var (middle, upper, lower) = ta.Bb(close, 20, 2)</c>. Pine: <c>ta.bb(series, length, mult)</c>.
    /// </summary>
    public (double Middle, double Upper, double Lower) Bb(double series, int length, double mult) =>
        throw CallSites.NotIntercepted("ta.Bb");

    /// <summary>
    /// Bollinger Bands width, <c>(upper - lower) / middle * 100</c>. Pine: <c>ta.bbw(series, length, mult)</c>.
    /// </summary>
    public double Bbw(double series, int length, double mult) => throw CallSites.NotIntercepted("ta.Bbw");
}
