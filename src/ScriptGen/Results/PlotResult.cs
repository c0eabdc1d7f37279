namespace ScriptGen;

/// <summary>One plot's values over the run: one per bar, na where the plot call did not run.</summary>
/// <param name="Title">The plot's title.</param>
/// <param name="Index">Its position among the script's plots.</param>
/// <param name="Values">One value per bar (empty when plots were not recorded).</param>
/// <param name="Color">The color of the last plot call that gave one.</param>
public sealed record PlotResult(string Title, int Index, ReadOnlyMemory<double> Values, Color? Color);
