using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta moving averages: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>Simple moving average of the last <paramref name="length"/> non-na values. Pine: <c>ta.sma(source, length)</c>.</summary>
    public double Sma(double source, int length) => throw CallSites.NotIntercepted("ta.Sma");

    /// <summary>
    /// Exponential moving average, alpha = 2 / (length + 1), seeded by the SMA of the first
    /// <paramref name="length"/> values. Pine: <c>ta.ema(source, length)</c>.
    /// </summary>
    public double Ema(double source, int length) => throw CallSites.NotIntercepted("ta.Ema");

    /// <summary>
    /// Wilder's moving average, alpha = 1 / length, seeded by the SMA of the first
    /// <paramref name="length"/> values. Pine: <c>ta.rma(source, length)</c>.
    /// </summary>
    public double Rma(double source, int length) => throw CallSites.NotIntercepted("ta.Rma");
}
