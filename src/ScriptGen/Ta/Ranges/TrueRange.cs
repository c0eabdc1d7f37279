using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>Pine's true range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>.</summary>
internal static class TrueRange
{
    /// <summary>True range: <c>max(high - low, |high - close[1]|, |low - close[1]|)</c>. On the first bar it is na, or <c>high - low</c> when <paramref name="handleNa"/> is true. / <c>ta.tr(handle_na)</c>.</summary>
    [PineFunction("ta.tr")]
    public static double Compute(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.PreviousClose)] double previousClose,
        bool handleNa = false)
    {
        if (double.IsNaN(previousClose))
        {
            return handleNa ? high - low : double.NaN;
        }

        return Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));
    }
}
