namespace ScriptGen;

/// <summary>One plot's values over the run: one per bar, na where the plot call did not run.</summary>
/// <param name="Title">The plot's title.</param>
/// <param name="Index">Its position among the script's plots.</param>
/// <param name="Values">One value per bar (empty when plots were not recorded).</param>
/// <param name="Color">The color of the last plot call that gave one (what bars without a color of their own are drawn in); null when plots were not recorded.</param>
public sealed record PlotResult(string Title, int Index, ReadOnlyMemory<double> Values, Color? Color)
{
    /// <summary>The color each bar's call gave, null where it gave none or did not run (empty when plots were not recorded).</summary>
    public ReadOnlyMemory<Color?> Colors { get; init; }

    /// <summary>The plot's compile-time description: style, line width, histogram base.</summary>
    public PlotMetadata Metadata { get; init; } = new(Title, Index);
}
