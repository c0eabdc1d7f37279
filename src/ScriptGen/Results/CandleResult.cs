namespace ScriptGen;

/// <summary>One <c>chart.PlotCandle</c> or <c>chart.PlotBar</c> call site over the run: the script's own bars.</summary>
/// <param name="Metadata">Its compile-time description.</param>
/// <param name="Open">Per bar: the open given, na where the call did not run (empty when plots were not recorded).</param>
/// <param name="High">Per bar: the high.</param>
/// <param name="Low">Per bar: the low.</param>
/// <param name="Close">Per bar: the close.</param>
/// <param name="Colors">Per bar: the call's color, or null (the chart's up and down colors).</param>
public sealed record CandleResult(
    CandleMetadata Metadata, ReadOnlyMemory<double> Open, ReadOnlyMemory<double> High, ReadOnlyMemory<double> Low,
    ReadOnlyMemory<double> Close, ReadOnlyMemory<Color?> Colors)
{
    /// <summary>The title.</summary>
    public string Title => Metadata.Title;
}
