namespace ScriptGen;

/// <summary>How an order that gives no quantity is sized: Pine's <c>default_qty_type</c>.</summary>
public enum QuantityType
{
    /// <summary>A fixed number of contracts/units, <see cref="StrategySettings.DefaultQuantity"/>. Pine's <c>strategy.fixed</c>.</summary>
    Fixed,

    /// <summary>As many units as <see cref="StrategySettings.DefaultQuantity"/> in cash buys. Pine's <c>strategy.cash</c>.</summary>
    Cash,

    /// <summary>As many units as <see cref="StrategySettings.DefaultQuantity"/> percent of equity buys. Pine's <c>strategy.percent_of_equity</c>.</summary>
    PercentOfEquity,
}
