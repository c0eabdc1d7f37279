namespace ScriptGen;

/// <summary>One <c>chart.BarColor</c> or <c>chart.BgColor</c> call site: a color per bar for the bar itself or its background.</summary>
/// <param name="Title">The title (a compile-time constant).</param>
/// <param name="Index">The position among the script's bar and background colors, in source order.</param>
/// <param name="Target">What the color paints.</param>
public sealed record BarColorMetadata(string Title, int Index, BarColorTarget Target);
