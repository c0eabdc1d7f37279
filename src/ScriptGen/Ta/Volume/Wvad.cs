using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>Pine's Williams variable accumulation/distribution, <c>ta.wvad</c>.</summary>
internal static class Wvad
{
    /// <summary>Williams variable accumulation/distribution of this bar, <c>(close - open) / (high - low) * volume</c>; na when high equals low.</summary>
    [PineFunction("ta.wvad")]
    public static double Compute(
        [Bar(BarValue.Open)] double open,
        [Bar(BarValue.High)] double high,
        [Bar(BarValue.Low)] double low,
        [Bar(BarValue.Close)] double close,
        [Bar(BarValue.Volume)] double volume) =>
        high == low ? double.NaN : (close - open) / (high - low) * volume;
}
