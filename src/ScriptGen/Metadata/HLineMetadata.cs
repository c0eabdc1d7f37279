namespace ScriptGen;

/// <summary>One <c>chart.HLine</c> call site: a horizontal level across the whole chart, known at compile time but for its price.</summary>
/// <param name="Title">The title (a compile-time constant).</param>
/// <param name="Index">The position among the script's hlines, in source order.</param>
public sealed record HLineMetadata(string Title, int Index)
{
    /// <summary>How the line is drawn (Pine's <c>linestyle</c>); <see cref="HLineStyle.Dashed"/> by default, as in Pine.</summary>
    public HLineStyle LineStyle { get; init; } = HLineStyle.Dashed;

    /// <summary>The line's width in pixels (Pine's <c>linewidth</c>), at least 1.</summary>
    public int LineWidth { get; init; } = 1;
}
