using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta moving averages: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>
    /// Simple moving average of the last <paramref name="length"/> non-na values (an na source holds
    /// the last average). Pine: <c>ta.sma(source, length)</c>.
    /// </summary>
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

    /// <summary>
    /// Arnaud Legoux moving average: a Gaussian-weighted average of the last <paramref name="length"/>
    /// values, centred at <paramref name="offset"/> (0 = oldest, 1 = newest) with width
    /// length / <paramref name="sigma"/>. Pine: <c>ta.alma(series, length, offset, sigma, floor)</c>.
    /// </summary>
    public double Alma(double series, int length, double offset = 0.85, double sigma = 6, bool floor = false) =>
        throw CallSites.NotIntercepted("ta.Alma");

    /// <summary>
    /// Weighted moving average of the last <paramref name="length"/> values, weights length (newest)
    /// down to 1 (oldest). Pine: <c>ta.wma(source, length)</c>.
    /// </summary>
    public double Wma(double source, int length) => throw CallSites.NotIntercepted("ta.Wma");

    /// <summary>
    /// Hull moving average, <c>wma(2 * wma(source, length / 2) - wma(source, length), floor(sqrt(length)))</c>.
    /// Pine: <c>ta.hma(source, length)</c>.
    /// </summary>
    public double Hma(double source, int length) => throw CallSites.NotIntercepted("ta.Hma");

    /// <summary>
    /// Symmetrically weighted moving average of the last four values, weights 1/6, 2/6, 2/6, 1/6.
    /// Pine: <c>ta.swma(source)</c>.
    /// </summary>
    public double Swma(double source) => throw CallSites.NotIntercepted("ta.Swma");

    /// <summary>
    /// Volume-weighted moving average, <c>sma(source * volume, length) / sma(volume, length)</c>.
    /// Pine: <c>ta.vwma(source, length)</c>.
    /// </summary>
    public double Vwma(double source, int length) => throw CallSites.NotIntercepted("ta.Vwma");
}
