namespace ScriptGen;

/// <summary>One <c>chart.BarColor</c> or <c>chart.BgColor</c> call site over the run.</summary>
/// <param name="Metadata">Its compile-time description (bars or background).</param>
/// <param name="Colors">Per bar: the color, null where none was given (empty when plots were not recorded).</param>
public sealed record BarColorResult(BarColorMetadata Metadata, ReadOnlyMemory<Color?> Colors)
{
    /// <summary>The title.</summary>
    public string Title => Metadata.Title;
}
