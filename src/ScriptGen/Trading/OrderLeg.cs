namespace ScriptGen.Trading;

/// <summary>Which level of an order a trigger reached: it decides the fill price rule and, for exits, the comment.</summary>
internal enum OrderLeg
{
    /// <summary>A market order, filled at the current price.</summary>
    Market,

    /// <summary>A limit (for an exit, the take-profit): filled at its price or better, no slippage.</summary>
    Limit,

    /// <summary>A stop (for an exit, the stop-loss): filled at its price or worse, with slippage.</summary>
    Stop,

    /// <summary>An exit's trailing stop: filled as a stop.</summary>
    Trailing,
}
