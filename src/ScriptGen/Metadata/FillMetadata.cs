namespace ScriptGen;

/// <summary>One <c>chart.Fill</c> call site: the area between two plots, or between two hlines, painted.</summary>
/// <param name="Title">The title (a compile-time constant).</param>
/// <param name="Index">The position among the script's fills, in source order.</param>
public sealed record FillMetadata(string Title, int Index)
{
    /// <summary>Whether it fills between two hlines (<see cref="HLineId"/>s) rather than two plots (<see cref="PlotId"/>s).</summary>
    public bool BetweenHLines { get; init; }
}
