namespace ScriptGen;

/// <summary>One <c>chart.PlotShape</c> or <c>chart.PlotChar</c> call site over the run.</summary>
/// <param name="Metadata">Its compile-time description.</param>
/// <param name="Values">Per bar: 1 or 0 for a condition, the number given otherwise, na where the call did not run (empty when plots were not recorded).</param>
/// <param name="Colors">Per bar: the call's color, or null.</param>
public sealed record ShapeResult(ShapeMetadata Metadata, ReadOnlyMemory<double> Values, ReadOnlyMemory<Color?> Colors)
{
    /// <summary>The title.</summary>
    public string Title => Metadata.Title;

    /// <summary>
    /// Whether bar <paramref name="barIndex"/> shows the shape: its value is not na, and, unless the location is
    /// <see cref="ShapeLocation.Absolute"/> (where the value is a price), not 0.
    /// </summary>
    public bool IsShown(int barIndex)
    {
        double value = Values.Span[barIndex];
        return !double.IsNaN(value) && (value != 0 || Metadata.Location == ShapeLocation.Absolute);
    }
}
