namespace ScriptGen.Trading;

/// <summary>
/// Margin calls (rule 17), when <c>margin_long</c> / <c>margin_short</c> is above 0: the User Manual's ten
/// steps, checked by the path walk at every point of a bar's path. This decides whether and how much to
/// liquidate; <see cref="FillExecutor.Liquidate"/> does it.
/// </summary>
internal sealed class MarginCalls
{
    private readonly TradeLedger _ledger;
    private readonly FillExecutor _executor;
    private readonly double _longRatio;
    private readonly double _shortRatio;
    private readonly double _pointValue;
    private readonly double _quantityStep;

    public MarginCalls(TradeLedger ledger, FillExecutor executor, StrategySettings settings, SymbolInfo symbol)
    {
        _ledger = ledger;
        _executor = executor;
        _longRatio = settings.MarginLong / 100;
        _shortRatio = settings.MarginShort / 100;
        _pointValue = symbol.PointValue;
        _quantityStep = symbol.QuantityStep;
    }

    /// <summary>Whether either side has a margin requirement (Pine v5's default is none: then nothing is checked).</summary>
    public bool Enabled => _longRatio > 0 || _shortRatio > 0;

    /// <summary>Margin calls on long positions so far.</summary>
    public int Long { get; private set; }

    /// <summary>Margin calls on short positions so far.</summary>
    public int Short { get; private set; }

    /// <summary>
    /// At <paramref name="price"/>: position value × margin ratio is the margin the position needs; when
    /// equity falls below it, the shortfall (available funds / margin ratio) is converted to units,
    /// truncated to the quantity step, and four times that (one whole contract when it truncates to nothing; at
    /// most the position) is closed at this price, FIFO, as a "Margin call" exit.
    /// </summary>
    public void Check(double price)
    {
        double position = _ledger.PositionSize;
        bool isLong = position > 0;
        double ratio = isLong ? _longRatio : _shortRatio;
        if (ratio <= 0 || _ledger.OpenCount == 0)
        {
            return;
        }

        double units = Math.Abs(position);
        double unitValue = price * _pointValue;
        double available = _ledger.EquityAt(price) - units * unitValue * ratio;   // steps 1-7
        if (available >= 0)
        {
            return;
        }

        double loss = available / ratio;                                          // step 8 (negative)
        double cover = PriceGrid.Quantity(-loss / unitValue, _quantityStep);       // step 9
        // Step 10. A shortfall smaller than one quantity step closes one whole contract (one step when a step is
        // larger), capped by the position: TradingView wipes a 0.4 BTC short over a 0.008 shortfall (PyneCore 058).
        double liquidated = Math.Min(cover > 0 ? cover * 4 : Math.Max(1, _quantityStep), units);
        if (isLong)
        {
            Long++;
        }
        else
        {
            Short++;
        }

        _executor.Liquidate(liquidated, price);
    }
}
