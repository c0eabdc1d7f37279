namespace ScriptGen.Trading.Models;

/// <summary>What a filled order does to the position.</summary>
public enum OrderRole
{
    /// <summary>Opens a position or adds to it, closing nothing.</summary>
    Entry,

    /// <summary>Closes all or part of the position, opening nothing: <c>strategy.exit</c>, <c>close</c>, <c>close_all</c>, a margin call, or a <c>strategy.order</c> no larger than the position against it.</summary>
    Exit,

    /// <summary>Closes the position and opens one the other way, in one order: a <c>strategy.entry</c> against the position (rule 11), or a <c>strategy.order</c> larger than it.</summary>
    Reversal,
}
