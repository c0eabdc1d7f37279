namespace ScriptGen.Trading;

/// <summary>Which strategy call placed a pending order, which decides what it does when it fills.</summary>
internal enum OrderKind
{
    /// <summary><c>strategy.entry</c>: opens a position or adds to it (pyramiding), reversing an opposite one.</summary>
    Entry,

    /// <summary><c>strategy.order</c>: buys or sells its quantity, whatever the position; no pyramiding limit, no reversal of its own.</summary>
    Order,

    /// <summary><c>strategy.exit</c>: a take-profit / stop-loss / trailing-stop bracket closing an entry's trades or the position.</summary>
    Exit,

    /// <summary><c>strategy.close</c>: a market order closing an entry's trades.</summary>
    Close,

    /// <summary><c>strategy.close_all</c>: a market order closing the position.</summary>
    CloseAll,
}
