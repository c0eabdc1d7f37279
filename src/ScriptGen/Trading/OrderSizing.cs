namespace ScriptGen.Trading;

/// <summary>
/// The quantity of an order placed without one (rules 16, 19): the strategy's fixed default, or what its
/// default cash or percent of equity buys at a price, commission reserved, rounded down to the quantity step.
/// </summary>
internal sealed class OrderSizing
{
    private readonly StrategySettings _settings;
    private readonly double _pointValue;
    private readonly double _quantityStep;

    public OrderSizing(StrategySettings settings, SymbolInfo symbol)
    {
        _settings = settings;
        _pointValue = symbol.PointValue;
        _quantityStep = symbol.QuantityStep;
    }

    /// <summary>
    /// Units for an order without a quantity at <paramref name="price"/> (the price the script stands at for
    /// market orders, the order's price otherwise), with <paramref name="equity"/> to size from; 0 when none can be bought.
    /// </summary>
    public double DefaultQuantity(double price, double equity)
    {
        double value = _settings.DefaultQuantity;
        double unitValue = price * _pointValue;
        double units = _settings.DefaultQuantityType switch
        {
            QuantityType.Fixed => value,
            QuantityType.Cash => value / unitValue,
            _ => PercentOfEquityUnits(equity * value / 100, unitValue),
        };
        return double.IsFinite(units) && units > 0 ? PriceGrid.Quantity(units, _quantityStep) : 0;
    }

    /// <summary>A quantity the script gave, rounded down to the quantity step.</summary>
    public double Round(double quantity) => PriceGrid.Quantity(quantity, _quantityStep);

    /// <summary>Units <paramref name="money"/> buys, the commission of buying them reserved.</summary>
    private double PercentOfEquityUnits(double money, double unitValue) => _settings.CommissionType switch
    {
        CommissionType.Percent => money / (unitValue * (1 + _settings.CommissionValue / 100)),
        CommissionType.CashPerContract => money / (unitValue + _settings.CommissionValue),
        _ => (money - _settings.CommissionValue) / unitValue,
    };
}
