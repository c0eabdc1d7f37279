using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// Margin calls (rule 17), when <c>margin_long</c> / <c>margin_short</c> is above 0: the User Manual's
/// ten steps, checked at every point of the bar's path.
/// </summary>
public sealed partial class Broker
{
    /// <summary>
    /// At <paramref name="price"/>: position value × margin ratio is the margin the position needs; when
    /// equity falls below it, the shortfall (available funds / margin ratio) is converted to units,
    /// truncated to the quantity step, and four times that (at least one step, at most the position) is
    /// closed at this price, FIFO, as a "Margin call" exit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckMarginCall(double price)
    {
        if (_marginCallsEnabled)
        {
            CheckMarginCallAt(price);
        }
    }

    private void CheckMarginCallAt(double price)
    {
        bool isLong = _positionSize > 0;
        double ratio = isLong ? _marginLongRatio : _marginShortRatio;
        if (ratio <= 0 || _open.Count == 0)
        {
            return;
        }

        double units = Math.Abs(_positionSize);
        double unitValue = price * _pointValue;
        double available = EquityAt(price) - units * unitValue * ratio;   // steps 1-7
        if (available >= 0)
        {
            return;
        }

        double loss = available / ratio;                                   // step 8 (negative)
        double step = _symbol.QuantityStep;
        double cover = PriceGrid.Quantity(-loss / unitValue, step);         // step 9
        if (cover <= 0)
        {
            cover = step; // A shortfall smaller than one step still liquidates one step (PyneCore measured one contract).
        }

        double liquidated = Math.Min(cover * 4, units);                    // step 10
        double commission = _commission.Commission(liquidated, price, _pointValue);
        CloseTrades(null, liquidated, MarginCallName, null, price, commission);
        if (isLong)
        {
            _marginCallsLong++;
        }
        else
        {
            _marginCallsShort++;
        }

        AfterFill(closedPosition: false);
        _extremes.Sample(EquityAt(price));
    }
}
