namespace ScriptGen.Trading;

/// <summary>
/// One filled entry as its exits and the pyramiding limit see it (<see cref="EntryBook"/>): the fill's id, side,
/// quantity and price, and how much of it no order bound to it, nor an unbound close, has settled yet. Its exit
/// legs (<see cref="PendingOrder.Binding"/>) take their slices of <see cref="Quantity"/>, their tick levels from
/// <see cref="EntryPrice"/>, and go when <see cref="Bound"/> is spent.
/// </summary>
internal sealed class EntryBinding
{
    /// <summary>The id of the order that filled: the entry id, or the exit id of an exit that filled on top of a reversal.</summary>
    public string EntryId = string.Empty;

    /// <summary>The side the fill opened.</summary>
    public Direction Direction;

    /// <summary>The units the fill opened: what a <c>qty_percent</c> leg takes its percent of, however much is left.</summary>
    public double Quantity;

    /// <summary>The units not yet settled by a closing fill bound to this entry or by an unbound one (oldest entry first).</summary>
    public double Bound;

    /// <summary>The fill's price: the base of its exit legs' levels given in ticks.</summary>
    public double EntryPrice;

    /// <summary>
    /// Opened by an exit that gap-filled on top of a reversal (docs/strategy.md "Gap batch"): a later exit takes its
    /// leg on this entry before the legs on the entries that were open already (TradingView measured, PyneCore).
    /// </summary>
    public bool ExitOpened;

    /// <summary>Whether this entry is still in the book (its bound units not all settled).</summary>
    public bool Live;
}
