using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta oscillators: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>Relative strength index. Pine: <c>ta.rsi(source, length)</c>.</summary>
    public double Rsi(double source, int length) => throw CallSites.NotIntercepted("ta.Rsi");

    /// <summary>
    /// Money flow index: <c>100 - 100 / (1 + upper / lower)</c> over the volume-weighted
    /// <paramref name="series"/> of rising and falling bars. Pine: <c>ta.mfi(series, length)</c>.
    /// </summary>
    public double Mfi(double series, int length) => throw CallSites.NotIntercepted("ta.Mfi");

    /// <summary>
    /// Stochastic: <c>100 * (source - lowest(low, length)) / (highest(high, length) - lowest(low, length))</c>.
    /// Pine: <c>ta.stoch(source, high, low, length)</c>.
    /// </summary>
    public double Stoch(double source, double high, double low, int length) => throw CallSites.NotIntercepted("ta.Stoch");

    /// <summary>
    /// Chande momentum oscillator: <c>100 * (up - down) / (up + down)</c> over the last
    /// <paramref name="length"/> changes. Pine: <c>ta.cmo(series, length)</c>.
    /// </summary>
    public double Cmo(double series, int length) => throw CallSites.NotIntercepted("ta.Cmo");

    /// <summary>
    /// Commodity channel index: <c>(source - sma) / (0.015 * mean absolute deviation)</c>.
    /// Pine: <c>ta.cci(source, length)</c>.
    /// </summary>
    public double Cci(double source, int length) => throw CallSites.NotIntercepted("ta.Cci");

    /// <summary>Center of gravity (Ehlers). Pine: <c>ta.cog(source, length)</c>.</summary>
    public double Cog(double source, int length) => throw CallSites.NotIntercepted("ta.Cog");

    /// <summary>
    /// Williams %R of the bars: <c>100 * (close - highest) / (highest - lowest)</c>, from -100 to 0.
    /// Pine: <c>ta.wpr(length)</c>.
    /// </summary>
    public double Wpr(int length) => throw CallSites.NotIntercepted("ta.Wpr");

    /// <summary>
    /// MACD: the line <c>ema(source, fastLength) - ema(source, slowLength)</c>, its signal
    /// <c>ema(line, signalLength)</c> and the histogram <c>line - signal</c>; deconstruct it with
    /// <c>var (macd, signal, histogram) = ta.Macd(close, 12, 26, 9)</c>.
    /// Pine: <c>ta.macd(source, fastlen, slowlen, siglen)</c>.
    /// </summary>
    public (double Macd, double Signal, double Histogram) Macd(double source, int fastLength, int slowLength, int signalLength) =>
        throw CallSites.NotIntercepted("ta.Macd");
}
