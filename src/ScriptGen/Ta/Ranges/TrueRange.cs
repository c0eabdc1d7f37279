namespace ScriptGen.Ta;

/// <summary>Pine's true range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>.</summary>
public static class TrueRange
{
    /// <summary>
    /// The true range of a bar. When the previous close is na (the first bar), the result is na,
    /// or <c>high - low</c> with <paramref name="handleNa"/> (Pine's <c>ta.tr(true)</c>).
    /// </summary>
    /// <remarks>Pine's <c>close[1]</c> is the bar series', whatever bars the call ran on.</remarks>
    public static double Compute(double high, double low, double previousClose, bool handleNa)
    {
        if (double.IsNaN(previousClose))
        {
            return handleNa ? high - low : double.NaN;
        }

        return Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));
    }
}
