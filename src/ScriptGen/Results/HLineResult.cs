namespace ScriptGen;

/// <summary>One <c>chart.HLine</c> call site over the run: a level, with the price and color of its last call.</summary>
/// <param name="Metadata">Its compile-time description.</param>
/// <param name="Price">The level; na when the call never ran or plots were not recorded (<see cref="RunOptions.RecordPlots"/>).</param>
/// <param name="Color">Its color, or null.</param>
public sealed record HLineResult(HLineMetadata Metadata, double Price, Color? Color)
{
    /// <summary>The title.</summary>
    public string Title => Metadata.Title;
}
