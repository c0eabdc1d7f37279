using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// What a triggered order does: arms a stop-limit or a trailing stop, or fills: at its price with
/// slippage (rule 14, <see cref="ISlippageModel"/>), paying commission (rule 13, <see cref="ICommissionModel"/>),
/// opening, adding to, reversing or closing trades in the <see cref="TradeLedger"/>, and settling its OCA group.
/// It keeps the Pine rules of each kind of order; the models only answer their one question.
/// </summary>
internal sealed class FillExecutor
{
    private const string MarginCallName = "Margin call";

    private readonly OrderBook _book;
    private readonly TradeLedger _ledger;
    private readonly EntryBook _entries;
    private readonly EquityRecorder _equity;
    private readonly CurrentBar _current;
    private readonly RiskRules _risk;
    private readonly ICommissionModel _commission;
    private readonly ISlippageModel _slippage;
    private readonly int _maxEntriesPerDirection;
    private readonly bool _closeAnyEntry;
    private readonly double _quantityStep;
    private readonly double _pointValue;
    private readonly double _marginLong;
    private readonly double _marginShort;
    private readonly bool _marginChecks;
    private readonly Dictionary<string, string> _closeNames = new(StringComparer.Ordinal);

    // The bar on which a strategy.close / close_all last filled, and whether the position it closed was long: the
    // opposite entry that follows it on that bar is a reversal's new leg to TradingView's margin check.
    private int _closeFilledBar = -1;
    private bool _closeFilledLong;

    public FillExecutor(
        OrderBook book, TradeLedger ledger, EntryBook entries, EquityRecorder equity, CurrentBar current, RiskRules risk, ICommissionModel commission,
        ISlippageModel slippage, StrategySettings settings, SymbolInfo symbol)
    {
        _book = book;
        _ledger = ledger;
        _entries = entries;
        _equity = equity;
        _current = current;
        _risk = risk;
        _commission = commission;
        _slippage = slippage;
        _maxEntriesPerDirection = settings.MaxEntriesPerDirection;
        _closeAnyEntry = settings.CloseEntriesRule == CloseEntriesRule.Any;
        _quantityStep = symbol.QuantityStep;
        _pointValue = symbol.PointValue;
        _marginLong = settings.MarginLong / 100;
        _marginShort = settings.MarginShort / 100;
        _marginChecks = _marginLong > 0 || _marginShort > 0;
    }

    /// <summary>The path reached <paramref name="order"/> as <paramref name="trigger"/> says: arm it or fill it; a fill samples equity at its level.</summary>
    public void Execute(PendingOrder order, Trigger trigger)
    {
        _book.NoteChange(); // Armed, consumed or turned around: the order's fields change, besides what the book and the fills count.
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

        if (_ledger.RecordsExtremes)
        {
            _equity.Sample(_ledger.EquityAt(trigger.Level)); // A lean run's equity extremes are na: no sample to take.
        }
    }

    /// <summary>
    /// A margin call (rule 17) closes <paramref name="quantity"/> units at <paramref name="price"/>, FIFO, as a
    /// <c>Margin call</c> market exit: commission charged, no slippage.
    /// </summary>
    public void Liquidate(double quantity, double price) => ForcedClose(quantity, price, MarginCallName, comment: null);

    /// <summary>
    /// A <c>strategy.risk.*</c> rule broke (rule 20): every pending order is cancelled and the whole position closes at
    /// <paramref name="price"/> as a <c>Risk management close</c> market exit with the comment <paramref name="comment"/>
    /// (the Strategy Tester's signal, <c>Close Position (...)</c>): commission charged, no slippage, not counted as an order.
    /// </summary>
    public void CloseForRisk(string comment, double price)
    {
        _book.CancelAll();
        if (_ledger.PositionSize != 0)
        {
            ForcedClose(Math.Abs(_ledger.PositionSize), price, RiskRules.CloseId, comment);
        }
    }

    /// <summary>A close that is not the strategy's order (a margin call, a risk rule): FIFO at <paramref name="price"/>, commission, no slippage.</summary>
    private void ForcedClose(double quantity, double price, string exitId, string? comment)
    {
        Direction side = _ledger.PositionSize > 0 ? Direction.Short : Direction.Long;
        var fill = new OrderFill(exitId, OrderType.Market, side, OrderRole.Exit, quantity, price);
        double commission = _commission.Commission(in fill, in _current.Bar);
        _ledger.CloseTrades(null, quantity, exitId, comment, _current.Bar.Index, _current.Bar.Time, price, commission);
        _entries.SettleOldestFirst(null, quantity);
        AfterFill(closedPosition: false);
        _equity.Sample(_ledger.EquityAt(price));
    }

    /// <summary>
    /// <c>strategy.entry</c> fills: ignored beyond the pyramiding limit (rule 10); against the position,
    /// one order closes it and opens the new quantity (rule 11).
    /// </summary>
    private void FillEntry(PendingOrder order, Trigger trigger)
    {
        if (_risk.Active && (_risk.Halted || _risk.FilledOrdersCapReached))
        {
            _book.Remove(order); // Rule 20: no order fills after a halt, nor after the day's last allowed fill.
            return;
        }

        double position = _ledger.PositionSize;
        bool against = position != 0 && !_ledger.SameDirectionAsPosition(order.Direction);
        if (!against && position != 0 && _entries.Count >= _maxEntriesPerDirection)
        {
            _book.Remove(order);
            return;
        }

        double closing, opening;
        if (double.IsNaN(order.PlacedReversal))
        {
            closing = against ? Math.Abs(position) : 0;
            opening = order.Quantity;
        }
        else
        {
            // Reversal sized when placed: the order trades its quantity plus the position it was placed
            // against, whatever the position is now; against a position it closes up to all of it first.
            double total = order.Quantity + order.PlacedReversal;
            closing = against ? Math.Min(total, Math.Abs(position)) : 0;
            opening = total - closing;
        }

        if (_risk.Active)
        {
            // Rule 20: an entry opens nothing in a direction allow_entry_in forbids (against a position it only
            // closes it), and opens no more than max_position_size leaves room for.
            opening = _risk.MayOpen(order.Direction)
                ? _risk.LimitOpening(opening, against ? Math.Abs(position) - closing : Math.Abs(position), _quantityStep)
                : 0;
            if (closing <= 0 && opening <= 0)
            {
                _book.Remove(order);
                return;
            }
        }

        if (_marginChecks && ExceedsMargin(order.Direction, position, closing, opening, trigger.FillPrice))
        {
            _book.Remove(order); // Rejected before it fills: the position it would leave cannot be margined.
            return;
        }

        FillBuySell(order, trigger, closing, opening);
    }

    /// <summary>
    /// Whether an entry that closes <paramref name="closing"/> units of <paramref name="position"/> and opens
    /// <paramref name="opening"/> would need more margin than the equity at <paramref name="price"/>. TradingView
    /// rejects such an entry before it fills (PyneCore measured). A position reversed on the bar it was opened
    /// still holds its margin while the new leg is checked (two same-bar opposite entries over margin: the second
    /// is dropped); one opened earlier frees it. An entry adding to a position opened on this bar cleared its
    /// check on its own and is left to the margin call, and so is an entry from flat against the position a
    /// <c>strategy.close</c> closed earlier on the bar (a reversal written as a close and an entry).
    /// </summary>
    private bool ExceedsMargin(Direction direction, double position, double closing, double opening, double price)
    {
        double ratio = direction == Direction.Long ? _marginLong : _marginShort;
        if (ratio <= 0 || opening <= 0)
        {
            return false;
        }

        bool openedThisBar = _ledger.OpenCount > 0 && _ledger.Open[^1].EntryBar == _current.Bar.Index;
        double units;
        if (closing > 0)
        {
            units = openedThisBar ? Math.Abs(position) + opening : opening;
        }
        else if (position != 0)
        {
            if (openedThisBar)
            {
                return false;
            }

            units = Math.Abs(position) + opening;
        }
        else if (_closeFilledBar == _current.Bar.Index && _closeFilledLong == (direction == Direction.Short))
        {
            // Flat after a strategy.close of the opposite position on this bar: the reversal's new leg fills and the
            // margin call trims it (PyneCore 073, TradingView's exported trades); a fresh entry would be rejected.
            return false;
        }
        else
        {
            units = opening;
        }

        double equity = _ledger.EquityAt(price);
        double needed = units * price * _pointValue * ratio;
        return needed - equity > Math.Abs(equity) * 1e-11; // The tolerance is float noise only.
    }

    /// <summary><c>strategy.order</c> fills: against the position it closes up to its quantity (FIFO), the rest opens the other way.</summary>
    private void FillOrder(PendingOrder order, Trigger trigger)
    {
        if (_risk.Active && (_risk.Halted || _risk.FilledOrdersCapReached))
        {
            _book.Remove(order);
            return;
        }

        double position = _ledger.PositionSize;
        double closing = position != 0 && !_ledger.SameDirectionAsPosition(order.Direction) ? Math.Min(order.Quantity, Math.Abs(position)) : 0;
        FillBuySell(order, trigger, closing, order.Quantity - closing);
    }

    private void FillBuySell(PendingOrder order, Trigger trigger, double closing, double opening)
    {
        double filled = closing + opening;
        OrderRole role = closing > 0 ? (opening > 0 ? OrderRole.Reversal : OrderRole.Exit) : OrderRole.Entry;
        var fill = new OrderFill(order.Id, order.TypeAt(trigger.Leg), order.Direction, role, filled, trigger.FillPrice);
        double price = FillPrice(fill, trigger.Leg);
        double commission = CommissionAt(in fill, price);
        string id = order.Id;
        string? comment = order.Comment;
        Direction direction = order.Direction;
        OcaType ocaType = order.OcaType;
        string? ocaName = order.OcaName;
        bool entryOrOrder = order.Kind is OrderKind.Entry or OrderKind.Order;
        _book.Remove(order);
        int bar = _current.Bar.Index;
        long time = _current.Bar.Time;
        if (closing > 0)
        {
            _ledger.CloseTrades(null, closing, id, comment, bar, time, price, commission * (closing / filled));
            _entries.SettleOldestFirst(null, closing); // Not bound to a fill: the fills settle oldest first, as the rows do.
        }

        if (opening > 0)
        {
            _ledger.OpenTrade(id, comment, direction, opening, bar, time, price, commission * (opening / filled));
            _entries.Bind(id, direction, opening, price, exitOpened: !entryOrOrder);
        }

        _book.SettleOca(ocaName, ocaType, filled, except: null);
        AfterFill(closedPosition: closing > 0 && opening > 0);
        AfterStrategyOrder(price, entryOrOrder);
    }

    /// <summary>An exit's level traded: it closes its quantity of the covered trades, and the bracket's other levels die with it (rule 6).</summary>
    private void FillExit(PendingOrder order, Trigger trigger)
    {
        if (order.GapCommitted && (order.GapBuys ? _ledger.PositionSize >= 0 : _ledger.PositionSize <= 0))
        {
            FillExitOnTop(order, trigger);
            return;
        }

        EntryBinding entry = order.Binding!;
        double quantity = OrderBook.LegQuantity(order);
        Direction side = entry.Direction == Direction.Long ? Direction.Short : Direction.Long;
        var fill = new OrderFill(order.Id, order.TypeAt(trigger.Leg), side, OrderRole.Exit, quantity, trigger.FillPrice);
        double price = FillPrice(fill, trigger.Leg);
        double commission = CommissionAt(in fill, price);
        string? comment = trigger.Leg switch
        {
            OrderLeg.Limit => order.CommentProfit ?? order.Comment,
            OrderLeg.Stop => order.CommentLoss ?? order.Comment,
            _ => order.CommentTrailing ?? order.Comment,
        };
        // Under ANY a leg closes its own entry's trades (a leg of an exit without a from-entry too), so the rows of an entry
        // and its fills stay in step; under FIFO the oldest rows, whoever's they are.
        string? filter = _closeAnyEntry ? entry.EntryId : null;
        string? ocaName = order.OcaName;
        OcaType ocaType = order.OcaType;
        _ledger.CloseTrades(filter, quantity, order.Id, comment, _current.Bar.Index, _current.Bar.Time, price, commission);
        if (_entries.Settle(entry, quantity))
        {
            // Its fill is settled: the fill's legs went with it (this one too, unless the gap batch committed it).
            _book.Remove(order);
            _book.SettleOca(ocaName, ocaType, quantity, except: null);
        }
        else
        {
            order.Consumed = true; // A partial leg fires once per fill; the marker goes when the fill is settled.
            _book.SettleOca(ocaName, ocaType, quantity, except: order);
        }

        AfterFill(closedPosition: false);
        AfterStrategyOrder(price, entryOrOrder: false);
    }

    /// <summary>
    /// An exit that gapped through the same open as a price entry that reversed the position just before it
    /// still fills there (TradingView measured): it trades its own quantity again, on top of the reversal,
    /// opening a position under its own exit id.
    /// </summary>
    private void FillExitOnTop(PendingOrder order, Trigger trigger)
    {
        if (_ledger.PositionSize == 0)
        {
            _book.Remove(order); // Closed rather than reversed: nothing it was placed for is left.
            return;
        }

        order.Direction = order.GapBuys ? Direction.Long : Direction.Short;
        order.Comment = trigger.Leg switch
        {
            OrderLeg.Limit => order.CommentProfit ?? order.Comment,
            OrderLeg.Stop => order.CommentLoss ?? order.Comment,
            _ => order.CommentTrailing ?? order.Comment,
        };
        FillBuySell(order, trigger, closing: 0, opening: order.GapQuantity);
    }

    /// <summary><c>strategy.close</c> / <c>close_all</c> fills: a market order closing its quantity.</summary>
    private void FillClose(PendingOrder order, Trigger trigger)
    {
        // strategy.close closes what is left of its entry's fills (the rows of other entries may have gone FIFO in their place).
        double covered = order.FromEntry is null ? Math.Abs(_ledger.PositionSize) : _entries.BoundQuantityOf(order.FromEntry);
        double quantity = order.ClosingQuantity(covered, _quantityStep);
        if (quantity <= 0)
        {
            _book.Remove(order); // What it was to close was closed earlier (by another order on this tick).
            return;
        }

        Direction side = _ledger.PositionSize > 0 ? Direction.Short : Direction.Long;
        string exitId = order.Kind == OrderKind.CloseAll ? order.Id : CloseName(order.Id);
        var fill = new OrderFill(order.Id, OrderType.Market, side, OrderRole.Exit, quantity, trigger.FillPrice);
        double price = FillPrice(fill, trigger.Leg);
        double commission = CommissionAt(in fill, price);
        string? filter = _closeAnyEntry ? order.FromEntry : null;
        string? comment = order.Comment;
        _closeFilledBar = _current.Bar.Index;
        _closeFilledLong = _ledger.PositionSize > 0;
        string? entryId = order.FromEntry;
        _book.Remove(order);
        _ledger.CloseTrades(filter, quantity, exitId, comment, _current.Bar.Index, _current.Bar.Time, price, commission);
        _entries.SettleOldestFirst(entryId, quantity);
        AfterFill(closedPosition: false);
        AfterStrategyOrder(price, entryOrOrder: false);
    }

    /// <summary>The commission on <paramref name="fill"/> filled at <paramref name="price"/>, its price after slippage.</summary>
    /// <remarks>
    /// Without slippage the fill is passed as built. A copy with the price set (<c>with</c>) loads the fields just stored
    /// as one wide read, which the processor cannot forward from those stores: it was the hottest instruction of a sweep's
    /// fills in a <c>perf</c> profile (docs/performance.md, Sweeps).
    /// </remarks>
    private double CommissionAt(in OrderFill fill, double price) => price == fill.Price
        ? _commission.Commission(in fill, in _current.Bar)
        : _commission.Commission(fill with { Price = price }, in _current.Bar);

    /// <summary>Market and stop fills take slippage (rule 14); limit fills never do, gap-filled ones included.</summary>
    private double FillPrice(in OrderFill fill, OrderLeg leg) =>
        leg == OrderLeg.Limit ? fill.Price : _slippage.Slip(in fill, in _current.Bar);

    /// <summary>
    /// After a fill: the position's size and average price, and the exits left with nothing to protect go
    /// (a reversal also ends the brackets of the position it closed).
    /// </summary>
    private void AfterFill(bool closedPosition)
    {
        _ledger.UpdatePosition();
        if (_ledger.OpenCount == 0)
        {
            _entries.Clear();
        }

        _book.RemoveOrphanExits(closedPosition);
    }

    /// <summary>
    /// One of the strategy's own orders filled at <paramref name="price"/> (a reversal is one order): it counts toward
    /// <c>max_intraday_filled_orders</c>, and the fill that reaches the day's limit closes the position (rule 20). An
    /// entry or order that filled past the bar's open on the position's favourable side closes at the bar's extreme on
    /// that side, where TradingView's path had gone by the time it acted (PyneCore measured); any other fill closes at
    /// its own price.
    /// </summary>
    private void AfterStrategyOrder(double price, bool entryOrOrder)
    {
        if (!_risk.Active)
        {
            return;
        }

        _risk.CountFill();
        double position = _ledger.PositionSize;
        if (!_risk.FilledOrdersCapReached || position == 0)
        {
            return;
        }

        ref readonly FillBar bar = ref _current.Bar;
        double closePrice = !entryOrOrder ? price
            : position > 0 && price > bar.Open ? bar.High
            : position < 0 && price < bar.Open ? bar.Low
            : price;
        CloseForRisk(RiskRules.FilledOrdersComment, closePrice);
    }

    /// <summary>The Strategy Tester's name of a <c>strategy.close</c> exit, built once per entry id.</summary>
    private string CloseName(string id)
    {
        if (!_closeNames.TryGetValue(id, out string? name))
        {
            name = "Close entry(s) order " + id;
            _closeNames.Add(id, name);
        }

        return name;
    }
}
