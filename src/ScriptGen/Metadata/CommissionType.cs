namespace ScriptGen;

/// <summary>How <see cref="StrategySettings.CommissionValue"/> is charged on each fill: Pine's <c>commission_type</c>.</summary>
public enum CommissionType
{
    /// <summary>A percent of the fill's value (quantity × price × point value). Pine's <c>strategy.commission.percent</c>.</summary>
    Percent,

    /// <summary>A cash amount per contract/unit filled. Pine's <c>strategy.commission.cash_per_contract</c>.</summary>
    CashPerContract,

    /// <summary>A cash amount per order filled (a reversal is one order). Pine's <c>strategy.commission.cash_per_order</c>.</summary>
    CashPerOrder,
}
