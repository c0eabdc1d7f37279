namespace ScriptGen.Trading;

/// <summary>
/// What a script reads about the margin the position holds (rule 17's balance, read rather than enforced):
/// <c>strategy.opentrades.capital_held</c> and <c>strategy.margin_liquidation_price</c>, as TradingView reports them
/// (measured by PyneCore, scenarios 084-087).
/// </summary>
internal sealed class MarginLevels
{
    private readonly TradeLedger _ledger;
    private readonly double _longRatio;
    private readonly double _shortRatio;
    private readonly double _pointValue;
    private readonly double _minTick;

    public MarginLevels(TradeLedger ledger, StrategySettings settings, SymbolInfo symbol)
    {
        _ledger = ledger;
        _longRatio = settings.MarginLong / 100;
        _shortRatio = settings.MarginShort / 100;
        _pointValue = symbol.PointValue;
        _minTick = symbol.MinTick;
    }

    /// <summary>
    /// The entry value of the open trades, Σ |size| × entry price × point value: it does not follow the market, a short
    /// counts like a long, and the margin percentages do not scale it; 0 while flat, na when neither side requires
    /// margin (both percentages 0; one side at 0 still reports).
    /// </summary>
    public double CapitalHeld()
    {
        if (_longRatio <= 0 && _shortRatio <= 0)
        {
            return double.NaN;
        }

        double held = 0;
        foreach (Trade trade in _ledger.Open)
        {
            held += trade.Quantity * trade.EntryPrice * _pointValue;
        }

        return held;
    }

    /// <summary>
    /// The price at which the position would be margin called: where equity, initial capital + net profit + the
    /// position's profit at that price (from its average price), equals the margin the position needs there (its value
    /// × the side's margin percentage). On the tick grid, rounded away from the market's side: down for a long (a
    /// negative price is reported as it is), up for a short. na while flat and when the position's side requires no
    /// margin (or, for a long at 100 %, where no price balances).
    /// </summary>
    public double LiquidationPrice()
    {
        double position = _ledger.PositionSize;
        if (position == 0)
        {
            return double.NaN;
        }

        bool isLong = position > 0;
        double ratio = isLong ? _longRatio : _shortRatio;
        if (ratio <= 0)
        {
            return double.NaN;
        }

        double held = Math.Abs(position) * _pointValue;
        double capital = _ledger.ClosedEquity;
        double averagePrice = _ledger.PositionAveragePrice;
        if (isLong)
        {
            // capital + held × (P − average) = held × P × ratio
            double perUnit = held * (1 - ratio);
            return perUnit == 0 ? double.NaN : PriceGrid.Down((held * averagePrice - capital) / perUnit, _minTick);
        }

        // capital − held × (P − average) = held × P × ratio
        return PriceGrid.Up((capital + held * averagePrice) / (held * (1 + ratio)), _minTick);
    }
}
