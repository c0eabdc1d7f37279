namespace ScriptGen;

/// <summary>The side of a trade or entry: Pine's <c>strategy.long</c> / <c>strategy.short</c>.</summary>
public enum Direction
{
    /// <summary>Buy to open; profits when price rises.</summary>
    Long,

    /// <summary>Sell to open; profits when price falls.</summary>
    Short,
}
