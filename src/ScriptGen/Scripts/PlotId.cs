namespace ScriptGen;

/// <summary>
/// What <c>chart.Plot</c> returns, as Pine's <c>plot</c> returns a plot id: which plot of the script a call
/// site is, for <c>chart.Fill(upper, lower, color)</c>. Keep it in a local or field; the default value
/// refers to no plot.
/// </summary>
public readonly record struct PlotId
{
    private readonly int _indexPlusOne; // so that default(PlotId) refers to no plot

    internal PlotId(int index) => _indexPlusOne = index + 1;

    /// <summary>The plot's position among the script's plots (<see cref="PlotMetadata.Index"/>), or -1 for the default value.</summary>
    public int Index => _indexPlusOne - 1;
}
