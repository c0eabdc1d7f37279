namespace ScriptGen;

/// <summary>
/// What <c>chart.HLine</c> returns, as Pine's <c>hline</c> returns an hline id: which level of the script a
/// call site is, for <c>chart.Fill(upper, lower, color)</c>. The default value refers to no hline.
/// </summary>
public readonly record struct HLineId
{
    private readonly int _indexPlusOne; // so that default(HLineId) refers to no hline

    internal HLineId(int index) => _indexPlusOne = index + 1;

    /// <summary>The hline's position among the script's hlines (<see cref="HLineMetadata.Index"/>), or -1 for the default value.</summary>
    public int Index => _indexPlusOne - 1;
}
