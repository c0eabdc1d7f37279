namespace ScriptGen;

/// <summary>One <c>chart.Plot</c> call site of a script, known at compile time.</summary>
/// <param name="Title">The plot's title (Pine's <c>title</c>, a compile-time constant).</param>
/// <param name="Index">The plot's position among the script's plots: the order of the call sites in the source.</param>
public sealed record PlotMetadata(string Title, int Index);
