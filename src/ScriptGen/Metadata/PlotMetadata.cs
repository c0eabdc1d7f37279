namespace ScriptGen;

/// <summary>One <c>chart.Plot</c> call site of a script, known at compile time.</summary>
/// <param name="Title">The plot's title (Pine's <c>title</c>, a compile-time constant).</param>
/// <param name="Index">The plot's position among the script's plots: the order of the call sites in the source.</param>
public sealed record PlotMetadata(string Title, int Index)
{
    /// <summary>How the values are drawn (Pine's <c>style</c>); <see cref="PlotStyle.Line"/> by default.</summary>
    public PlotStyle Style { get; init; } = PlotStyle.Line;

    /// <summary>The line's width in pixels (Pine's <c>linewidth</c>), at least 1; 1 by default.</summary>
    public int LineWidth { get; init; } = 1;

    /// <summary>The level histograms, columns and areas are drawn from (Pine's <c>histbase</c>); 0 by default.</summary>
    public double HistBase { get; init; }
}
