namespace ScriptGen.Trading;

/// <summary>
/// What a triggered order does to the position: opens, adds to, reverses or closes trades, pays
/// commission (rule 13) and slippage (rule 14), and settles its OCA group.
/// </summary>
public sealed partial class Broker
{
    private const string MarginCallName = "Margin call";

    private void Execute(PendingOrder order, Trigger trigger)
    {
        switch (trigger.Action)
        {
            case TriggerAction.ArmStopLimit:
                order.StopLimitArmed = true;
                return;
            case TriggerAction.ArmTrailing:
                order.TrailArmed = true;
                order.TrailBest = trigger.Level;
                return;
        }

        switch (order.Kind)
        {
            case OrderKind.Entry:
                FillEntry(order, trigger);
                break;
            case OrderKind.Order:
                FillOrder(order, trigger);
                break;
            case OrderKind.Exit:
                FillExit(order, trigger);
                break;
            default:
                FillClose(order, trigger);
                break;
        }

        _extremes.Sample(EquityAt(trigger.Level));
    }

    /// <summary>
    /// <c>strategy.entry</c> fills: ignored beyond the pyramiding limit (rule 10); against the position,
    /// one order closes it and opens the new quantity (rule 11).
    /// </summary>
    private void FillEntry(PendingOrder order, Trigger trigger)
    {
        bool reversal = _positionSize != 0 && !SameDirectionAsPosition(order.Direction);
        if (!reversal && _positionSize != 0 && _open.Count >= _settings.MaxEntriesPerDirection)
        {
            Remove(order);
            return;
        }

        double closing = reversal ? Math.Abs(_positionSize) : 0;
        FillBuySell(order, trigger, closing, order.Quantity);
    }

    /// <summary><c>strategy.order</c> fills: against the position it closes up to its quantity (FIFO), the rest opens the other way.</summary>
    private void FillOrder(PendingOrder order, Trigger trigger)
    {
        double closing = _positionSize != 0 && !SameDirectionAsPosition(order.Direction) ? Math.Min(order.Quantity, Math.Abs(_positionSize)) : 0;
        FillBuySell(order, trigger, closing, order.Quantity - closing);
    }

    private void FillBuySell(PendingOrder order, Trigger trigger, double closing, double opening)
    {
        double price = FillPrice(trigger, order.Direction);
        double filled = closing + opening;
        double commission = _commission.Commission(filled, price, _pointValue);
        string id = order.Id;
        string? comment = order.Comment;
        Direction direction = order.Direction;
        OcaType ocaType = order.OcaType;
        string? ocaName = order.OcaName;
        Remove(order);
        if (closing > 0)
        {
            CloseTrades(null, closing, id, comment, price, commission * (closing / filled));
        }

        if (opening > 0)
        {
            OpenTrade(id, comment, direction, opening, price, commission * (opening / filled));
        }

        SettleOca(ocaName, ocaType, filled, except: null);
        AfterFill(closedPosition: closing > 0 && opening > 0);
    }

    /// <summary>An exit's level traded: it closes its quantity of the covered trades, and the bracket's other levels die with it (rule 6).</summary>
    private void FillExit(PendingOrder order, Trigger trigger)
    {
        double quantity = ExitQuantity(order);
        double covered = CoveredQuantity(order.FromEntry);
        Direction side = _positionSize > 0 ? Direction.Short : Direction.Long;
        double price = FillPrice(trigger, side);
        double commission = _commission.Commission(quantity, price, _pointValue);
        string? comment = trigger.Leg switch
        {
            OrderLeg.Limit => order.CommentProfit ?? order.Comment,
            OrderLeg.Stop => order.CommentLoss ?? order.Comment,
            _ => order.CommentTrailing ?? order.Comment,
        };
        string? filter = _settings.CloseEntriesRule == CloseEntriesRule.Any ? order.FromEntry : null;
        CloseTrades(filter, quantity, order.Id, comment, price, commission);
        if (quantity < covered)
        {
            order.Consumed = true; // A partial exit fires once per entry; the marker goes when the entry's trades close.
            SettleOca(order.OcaName, order.OcaType, quantity, except: order);
        }
        else
        {
            string? ocaName = order.OcaName;
            OcaType ocaType = order.OcaType;
            Remove(order);
            SettleOca(ocaName, ocaType, quantity, except: null);
        }

        AfterFill(closedPosition: false);
    }

    /// <summary><c>strategy.close</c> / <c>close_all</c> fills: a market order closing its quantity.</summary>
    private void FillClose(PendingOrder order, Trigger trigger)
    {
        double quantity = ClosingQuantity(order.Quantity, order.QuantityPercent, CoveredQuantity(order.FromEntry));
        if (quantity <= 0)
        {
            Remove(order); // What it was to close was closed earlier (by another order on this tick).
            return;
        }

        Direction side = _positionSize > 0 ? Direction.Short : Direction.Long;
        double price = FillPrice(trigger, side);
        double commission = _commission.Commission(quantity, price, _pointValue);
        string exitId = order.Kind == OrderKind.CloseAll ? order.Id : CloseName(order.Id);
        string? filter = _settings.CloseEntriesRule == CloseEntriesRule.Any ? order.FromEntry : null;
        string? comment = order.Comment;
        Remove(order);
        CloseTrades(filter, quantity, exitId, comment, price, commission);
        AfterFill(closedPosition: false);
    }

    /// <summary>Market and stop fills take slippage (rule 14); limit fills never do, gap-filled ones included.</summary>
    private double FillPrice(Trigger trigger, Direction side) =>
        trigger.Leg == OrderLeg.Limit ? trigger.FillPrice : _slippage.Slip(trigger.FillPrice, side, _tick);

    private void OpenTrade(string id, string? comment, Direction direction, double quantity, double price, double commission)
    {
        Trade trade = Trade.Open(_nextTradeNumber++, id, comment, direction, quantity, _bar, _time, price, commission, _pointValue);
        _open.Add(trade);
        _fills++;
    }

    /// <summary>
    /// Closes <paramref name="quantity"/> units at <paramref name="price"/>, oldest trades first (rule 12:
    /// FIFO; only the trades of <paramref name="entryFilter"/> under <c>close_entries_rule = "ANY"</c>),
    /// splitting the last trade when it is larger than what is left to close.
    /// </summary>
    private void CloseTrades(string? entryFilter, double quantity, string exitId, string? comment, double price, double commission)
    {
        double total = quantity;
        _fills++;
        for (int i = 0; i < _open.Count && quantity > 0;)
        {
            Trade trade = _open[i];
            if (entryFilter is not null && !string.Equals(trade.EntryId, entryFilter, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            Trade closing = trade;
            if (trade.Quantity > quantity)
            {
                closing = trade.Split(quantity);
                i++;
            }
            else
            {
                _open.RemoveAt(i);
            }

            closing.Close(exitId, comment, _bar, _time, price, commission * (closing.Quantity / total));
            quantity -= closing.Quantity;
            Record(closing);
        }
    }

    private void Record(Trade closed)
    {
        _closed.Add(closed);
        _realized += closed.Profit;
        if (closed.Profit > 0)
        {
            _winners++;
            _grossProfit += closed.Profit;
        }
        else if (closed.Profit < 0)
        {
            _losers++;
            _grossLoss -= closed.Profit;
        }
        else
        {
            _evens++;
        }
    }

    /// <summary>
    /// After a fill: the position's size and average price, the largest position held, and the exits
    /// left with nothing to protect go (a reversal also ends the brackets of the position it closed).
    /// </summary>
    private void AfterFill(bool closedPosition)
    {
        double size = 0, cost = 0, units = 0;
        foreach (Trade trade in _open)
        {
            size += trade.Size;
            units += trade.Quantity;
            cost += trade.Quantity * trade.EntryPrice;
        }

        _positionSize = size;
        _positionAveragePrice = units == 0 ? double.NaN : cost / units;
        if (size > _maxContractsLong)
        {
            _maxContractsLong = size;
        }

        if (-size > _maxContractsShort)
        {
            _maxContractsShort = -size;
        }

        RemoveOrphanExits(reversed: closedPosition);
    }

    /// <summary>
    /// Exits whose trades are all closed and whose entry is not pending any more are cancelled; a
    /// bracket without a from-entry goes when its position is closed or reversed.
    /// </summary>
    private void RemoveOrphanExits(bool reversed = false)
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Kind != OrderKind.Exit)
            {
                continue;
            }

            bool orphan = order.FromEntry is null
                ? reversed || (_open.Count == 0 && (order.Consumed || !HasPendingEntry(null)))
                : OpenQuantityOf(order.FromEntry) <= 0 && (order.Consumed || !HasPendingEntry(order.FromEntry));
            if (orphan)
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>OCA groups: a fill cancels the rest of its group, or reduces their quantities by what it filled.</summary>
    private void SettleOca(string? ocaName, OcaType ocaType, double filled, PendingOrder? except)
    {
        if (ocaName is null || ocaType == OcaType.None)
        {
            return;
        }

        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder other = _pending[i];
            if (other == except || other.Consumed || !string.Equals(other.OcaName, ocaName, StringComparison.Ordinal))
            {
                continue;
            }

            if (ocaType == OcaType.Cancel)
            {
                RemoveAt(i);
            }
            else if (!double.IsNaN(other.Quantity))
            {
                other.Quantity -= filled;
                if (!(other.Quantity > 0))
                {
                    RemoveAt(i);
                }
            }
        }
    }

    /// <summary>
    /// What an exit closes now: its quantity (or percent) of the trades it covers, capped by them; without
    /// either, what the other unfilled exits with a quantity on the same trades leave.
    /// </summary>
    private double ExitQuantity(PendingOrder order)
    {
        double covered = CoveredQuantity(order.FromEntry);
        if (covered <= 0)
        {
            return 0;
        }

        if (!double.IsNaN(order.Quantity) || !double.IsNaN(order.QuantityPercent))
        {
            return ClosingQuantity(order.Quantity, order.QuantityPercent, covered);
        }

        double reserved = 0;
        foreach (PendingOrder other in _pending)
        {
            if (other != order && other.Kind == OrderKind.Exit && !other.Consumed
                && string.Equals(other.FromEntry, order.FromEntry, StringComparison.Ordinal)
                && (!double.IsNaN(other.Quantity) || !double.IsNaN(other.QuantityPercent)))
            {
                reserved += ClosingQuantity(other.Quantity, other.QuantityPercent, covered);
            }
        }

        return Math.Max(0, covered - reserved);
    }

    /// <summary>A closing order's quantity out of <paramref name="covered"/> units: all, a number of units, or a percent rounded down to the quantity step.</summary>
    private double ClosingQuantity(double quantity, double percent, double covered)
    {
        if (!double.IsNaN(quantity))
        {
            return Math.Min(PriceGrid.Quantity(quantity, _symbol.QuantityStep), covered);
        }

        if (!double.IsNaN(percent))
        {
            return Math.Min(PriceGrid.Quantity(covered * percent / 100, _symbol.QuantityStep), covered);
        }

        return covered;
    }

    /// <summary>The units an exit or close covers: the trades of <paramref name="fromEntry"/>, or the whole position.</summary>
    private double CoveredQuantity(string? fromEntry) => fromEntry is null ? Math.Abs(_positionSize) : OpenQuantityOf(fromEntry);

    private double AverageEntryPriceOf(string? fromEntry)
    {
        if (fromEntry is null)
        {
            return _positionAveragePrice;
        }

        double units = 0, cost = 0;
        foreach (Trade trade in _open)
        {
            if (string.Equals(trade.EntryId, fromEntry, StringComparison.Ordinal))
            {
                units += trade.Quantity;
                cost += trade.Quantity * trade.EntryPrice;
            }
        }

        return units == 0 ? double.NaN : cost / units;
    }
}
