namespace ScriptGen;

/// <summary>
/// When the reversal part of a price (limit, stop, stop-limit) <c>strategy.entry</c> is sized: the
/// position it must close before opening its own quantity the other way. Market entries are always
/// sized against the position they fill against.
/// </summary>
public enum ReversalSizing
{
    /// <summary>
    /// TradingView's rule, the default: fixed when the order is placed. An entry placed while flat only
    /// ever trades its own quantity, so a "Limit Short" of 1 placed while flat that fills after a long of 1
    /// opened only closes that long; one placed against a long of 2 sells 2 + its quantity whatever the
    /// position is when it fills.
    /// </summary>
    WhenPlaced,

    /// <summary>
    /// ScriptGen's behaviour before issue #20, kept as an option: sized against the position when the
    /// order fills, so a price entry always ends in a position of its own quantity in its direction.
    /// </summary>
    WhenFilled,
}
