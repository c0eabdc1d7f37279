namespace ScriptGen;

/// <summary>One <c>chart.Fill</c> call site over the run.</summary>
/// <param name="Metadata">Its compile-time description (whether it fills between plots or hlines).</param>
/// <param name="First">The index of one plot (in <see cref="IndicatorResult.Plots"/>) or hline (in <see cref="IndicatorResult.HLines"/>); -1 when the call never ran or plots were not recorded.</param>
/// <param name="Second">The index of the other.</param>
/// <param name="Colors">Per bar: the fill color, null where nothing is painted (empty when plots were not recorded).</param>
public sealed record FillResult(FillMetadata Metadata, int First, int Second, ReadOnlyMemory<Color?> Colors)
{
    /// <summary>The title.</summary>
    public string Title => Metadata.Title;
}
