namespace ScriptGen;

/// <summary>The directions <c>strategy.entry</c> may open positions in (Pine's <c>strategy.direction.*</c>).</summary>
public enum AllowedDirection
{
    /// <summary>Long and short. Pine's <c>strategy.direction.all</c>, the default.</summary>
    All,

    /// <summary>Long only: a short entry closes a long position instead of reversing it. Pine's <c>strategy.direction.long</c>.</summary>
    Long,

    /// <summary>Short only: a long entry closes a short position instead of reversing it. Pine's <c>strategy.direction.short</c>.</summary>
    Short,
}
