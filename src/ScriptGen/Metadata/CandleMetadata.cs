namespace ScriptGen;

/// <summary>One <c>chart.PlotCandle</c> or <c>chart.PlotBar</c> call site: bars of the script's own open, high, low and close.</summary>
/// <param name="Title">The title (a compile-time constant).</param>
/// <param name="Index">The position among the script's candles and bars, in source order.</param>
public sealed record CandleMetadata(string Title, int Index)
{
    /// <summary>Whether they are drawn as OHLC bars (<c>chart.PlotBar</c>) rather than candles (<c>chart.PlotCandle</c>).</summary>
    public bool IsBar { get; init; }
}
