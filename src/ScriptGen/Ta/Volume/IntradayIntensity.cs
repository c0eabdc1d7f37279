namespace ScriptGen.Ta;

/// <summary>Pine's intraday intensity index, <c>ta.iii</c>.</summary>
public static class IntradayIntensity
{
    /// <summary>
    /// <c>(2 * close - high - low) / ((high - low) * volume)</c>: where the close sits in the bar's range,
    /// per unit of volume. na (0 / 0) on a bar whose high equals its low.
    /// </summary>
    public static double Compute(double high, double low, double close, double volume) =>
        (2 * close - high - low) / ((high - low) * volume);
}
