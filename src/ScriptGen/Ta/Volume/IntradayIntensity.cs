using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>Pine's intraday intensity index, <c>ta.iii</c>.</summary>
internal static class IntradayIntensity
{
    /// <summary>Intraday intensity index, <c>(2 * close - high - low) / ((high - low) * volume)</c>.</summary>
    [PineFunction("ta.iii")]
    public static double Compute(
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.Volume)] double volume) =>
        (2 * close - high - low) / ((high - low) * volume);
}
