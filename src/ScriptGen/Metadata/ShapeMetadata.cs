namespace ScriptGen;

/// <summary>
/// One <c>chart.PlotShape</c> or <c>chart.PlotChar</c> call site: a mark drawn on the bars where its series is
/// true (or, for a number, not na and not 0), known at compile time.
/// </summary>
/// <param name="Title">The title (a compile-time constant).</param>
/// <param name="Index">The position among the script's shapes and characters, in source order.</param>
public sealed record ShapeMetadata(string Title, int Index)
{
    /// <summary>The shape drawn (Pine's <c>style</c>); ignored when <see cref="Character"/> is set.</summary>
    public ShapeStyle Style { get; init; } = ShapeStyle.XCross;

    /// <summary>For <c>chart.PlotChar</c>: the character drawn (Pine's <c>char</c>); <c>null</c> for a shape.</summary>
    public string? Character { get; init; }

    /// <summary>Where on the bar it is drawn (Pine's <c>location</c>).</summary>
    public ShapeLocation Location { get; init; } = ShapeLocation.AboveBar;

    /// <summary>How large it is drawn (Pine's <c>size</c>).</summary>
    public ShapeSize Size { get; init; } = ShapeSize.Auto;

    /// <summary>The text written beside it (Pine's <c>text</c>), or <c>null</c>.</summary>
    public string? Text { get; init; }
}
