namespace ScriptGen;

/// <summary>The names the source gives the bar columns, so messages name the column the user knows.</summary>
internal sealed record BarColumnNames(string Time, string Open, string High, string Low, string Close, string Volume)
{
    /// <summary>The names used by arrays and memory, which have no names of their own.</summary>
    public static BarColumnNames Default { get; } = new("time", "open", "high", "low", "close", "volume");
}
