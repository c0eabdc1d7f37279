using System.Globalization;

namespace ScriptGen.Trading;

/// <summary>The order calls of Pine's <c>strategy</c> namespace: placing, modifying and cancelling orders.</summary>
public sealed partial class Broker
{
    private readonly List<PendingOrder> _pending = new(8);
    private readonly Stack<PendingOrder> _pool = new(8);
    private readonly Dictionary<string, string> _closeNames = new(StringComparer.Ordinal);
    private long _nextSequence;
    private int _immediateCount;

    /// <summary>
    /// <c>strategy.entry</c>: opens a position, adds to it within the pyramiding limit, or reverses an
    /// opposite one in one order (rule 11). Market without <paramref name="limit"/> and <paramref name="stop"/>;
    /// limit, stop, or stop-limit with both (rule 5). Reusing the id of a pending entry or order modifies it.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="direction">Long or short.</param>
    /// <param name="quantity">Units; na for the strategy's default sizing, fixed now (rule 16).</param>
    /// <param name="limit">Limit price, or na.</param>
    /// <param name="stop">Stop price, or na.</param>
    /// <param name="ocaName">OCA group, or null.</param>
    /// <param name="ocaType">What filling this order does to the rest of its OCA group.</param>
    /// <param name="comment">Shown as the trade's signal instead of the id.</param>
    /// <exception cref="ArgumentException">An empty id, a quantity that is not a positive number, a price that is not finite.</exception>
    public void Entry(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        PlacePriced(OrderKind.Entry, "strategy.entry", id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <summary>
    /// <c>strategy.order</c>: buys or sells <paramref name="quantity"/> whatever the position, ignoring
    /// pyramiding; against a position it closes it (FIFO) and any remainder opens the other way.
    /// </summary>
    /// <inheritdoc cref="Entry" />
    public void Order(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        PlacePriced(OrderKind.Order, "strategy.order", id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <summary>
    /// <c>strategy.exit</c>: a bracket closing the trades of <paramref name="fromEntry"/> (all open trades
    /// when null): take-profit (<paramref name="limit"/>, or <paramref name="profitTicks"/> from the entry
    /// price), stop-loss (<paramref name="stop"/>, or <paramref name="lossTicks"/>), trailing stop
    /// (activation <paramref name="trailPrice"/> or <paramref name="trailPoints"/> ticks from the entry,
    /// <paramref name="trailOffset"/> ticks behind the best price). The first level the path reaches fills
    /// and the others are cancelled (rule 6). Reusing the id (with the same from-entry) modifies it; a call
    /// with nothing to protect (no open trade, no pending entry) does nothing, as in Pine.
    /// </summary>
    /// <exception cref="ArgumentException">An empty id, no exit level at all, an invalid quantity, percent or offset.</exception>
    public void Exit(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing)
    {
        const string Call = "strategy.exit";
        RequireId(Call, id);
        fromEntry = string.IsNullOrEmpty(fromEntry) ? null : fromEntry;
        RequireClosingQuantity(Call, id, quantity, quantityPercent);
        RequireFiniteOrNa(Call, id, nameof(profitTicks), profitTicks);
        RequireFiniteOrNa(Call, id, nameof(limit), limit);
        RequireFiniteOrNa(Call, id, nameof(lossTicks), lossTicks);
        RequireFiniteOrNa(Call, id, nameof(stop), stop);
        RequireFiniteOrNa(Call, id, nameof(trailPrice), trailPrice);
        RequireFiniteOrNa(Call, id, nameof(trailPoints), trailPoints);
        bool trailing = !double.IsNaN(trailPrice) || !double.IsNaN(trailPoints);
        if (!double.IsNaN(trailOffset) && (!(trailOffset >= 0) || double.IsInfinity(trailOffset) || !trailing))
        {
            throw new ArgumentException(
                $"{Call}(\"{id}\"): trailOffset must be 0 or more ticks, given with trailPrice or trailPoints; got {Show(trailOffset)}{(trailing ? "" : " without an activation level")}.",
                nameof(trailOffset));
        }

        if (double.IsNaN(limit) && double.IsNaN(profitTicks) && double.IsNaN(stop) && double.IsNaN(lossTicks) && !trailing)
        {
            throw new ArgumentException(
                $"{Call}(\"{id}\"): give at least one exit level: limit or profit (take-profit), stop or loss (stop-loss), trailPrice or trailPoints (trailing stop).");
        }

        PendingOrder? existing = FindExit(id, fromEntry);
        if (existing is { Consumed: true })
        {
            return; // This bracket already filled for its entry (rule 6): calling it again does not re-arm it.
        }

        if (existing is null && !HasExitTarget(fromEntry))
        {
            return;
        }

        bool sameTrail = existing is not null && existing.TrailPrice.Equals(trailPrice) && existing.TrailPoints.Equals(trailPoints)
            && existing.TrailOffset.Equals(NaToZero(trailOffset));
        PendingOrder order = existing ?? Rent(OrderKind.Exit, id);
        order.FromEntry = fromEntry;
        order.Quantity = quantity;
        order.QuantityPercent = quantityPercent;
        order.Limit = limit;
        order.Stop = stop;
        order.ProfitTicks = profitTicks;
        order.LossTicks = lossTicks;
        order.TrailPrice = trailPrice;
        order.TrailPoints = trailPoints;
        order.TrailOffset = NaToZero(trailOffset);
        order.OcaName = ocaName;
        order.OcaType = ocaName is null ? OcaType.None : OcaType.Reduce; // Pine: an exit's group is always a reduce group.
        order.Comment = comment;
        order.CommentProfit = commentProfit;
        order.CommentLoss = commentLoss;
        order.CommentTrailing = commentTrailing;
        order.PlacedBar = _bar;
        order.ResetPriceState();
        if (!sameTrail)
        {
            order.TrailArmed = false; // A changed trailing stop starts over; an unchanged one keeps trailing.
        }

        if (existing is null)
        {
            Add(order);
        }
    }

    /// <summary>
    /// <c>strategy.close</c>: a market order closing the trades of entry <paramref name="id"/>, all of them or
    /// <paramref name="quantity"/> / <paramref name="quantityPercent"/> of them; at the next open, or at this
    /// bar's close when <paramref name="immediately"/>. Does nothing when no trade of that entry is open.
    /// </summary>
    /// <exception cref="ArgumentException">An empty id, an invalid quantity or percent.</exception>
    public void Close(string id, string? comment, double quantity, double quantityPercent, bool immediately)
    {
        RequireId("strategy.close", id);
        RequireClosingQuantity("strategy.close", id, quantity, quantityPercent);
        if (OpenQuantityOf(id) <= 0)
        {
            return;
        }

        PendingOrder order = Rent(OrderKind.Close, id);
        order.FromEntry = id;
        order.Quantity = quantity;
        order.QuantityPercent = quantityPercent;
        order.Comment = comment;
        order.Immediately = immediately;
        Add(order);
    }

    /// <summary>
    /// <c>strategy.close_all</c>: a market order closing the whole position, at the next open or, when
    /// <paramref name="immediately"/>, at this bar's close. Does nothing when flat.
    /// </summary>
    public void CloseAll(string? comment, bool immediately)
    {
        if (_open.Count == 0)
        {
            return;
        }

        PendingOrder order = Rent(OrderKind.CloseAll, "Close position order");
        order.Quantity = double.NaN;
        order.QuantityPercent = double.NaN;
        order.Comment = comment;
        order.Immediately = immediately;
        Add(order);
    }

    /// <summary>
    /// <c>strategy.cancel</c>: cancels the pending entry or order with id <paramref name="id"/> and the exits
    /// with that exit id (not the exits of that entry). A market order can only be cancelled in the
    /// execution that placed it (rule 2): by the next one it has filled.
    /// </summary>
    public void Cancel(string id)
    {
        RequireId("strategy.cancel", id);
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Kind is OrderKind.Entry or OrderKind.Order or OrderKind.Exit && string.Equals(order.Id, id, StringComparison.Ordinal))
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary><c>strategy.cancel_all</c>: cancels every pending order.</summary>
    public void CancelAll()
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            RemoveAt(i);
        }
    }

    private void PlacePriced(
        OrderKind kind, string call, string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment)
    {
        RequireId(call, id);
        if (direction is not (Direction.Long or Direction.Short))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"{call}(\"{id}\"): direction must be Direction.Long or Direction.Short.");
        }

        if (!double.IsNaN(quantity) && (!(quantity > 0) || double.IsInfinity(quantity)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(quantity), quantity, $"{call}(\"{id}\"): quantity must be a positive number, or na for the default; got {Show(quantity)}.");
        }

        RequireFiniteOrNa(call, id, nameof(limit), limit);
        RequireFiniteOrNa(call, id, nameof(stop), stop);
        if (ocaType is not (OcaType.None or OcaType.Cancel or OcaType.Reduce))
        {
            throw new ArgumentOutOfRangeException(nameof(ocaType), ocaType, $"{call}(\"{id}\"): ocaType must be OcaType.None, Cancel or Reduce.");
        }

        // Prices sit on the tick grid, rounded against the order (a buy limit down, a buy stop up), so
        // the order never fills at a better price than it asked for.
        int side = direction == Direction.Long ? 1 : -1;
        if (!double.IsNaN(limit))
        {
            limit = side > 0 ? PriceGrid.Down(limit, _tick) : PriceGrid.Up(limit, _tick);
        }

        if (!double.IsNaN(stop))
        {
            stop = side > 0 ? PriceGrid.Up(stop, _tick) : PriceGrid.Down(stop, _tick);
        }

        // Pyramiding (rule 10): a price entry in the position's direction with no room left is not
        // placed (PyneCore measured); market entries are checked when they fill.
        bool priced = !double.IsNaN(limit) || !double.IsNaN(stop);
        if (kind == OrderKind.Entry && priced && SameDirectionAsPosition(direction) && _open.Count >= _settings.MaxEntriesPerDirection)
        {
            return;
        }

        double units = double.IsNaN(quantity)
            ? DefaultQuantity(priced ? (double.IsNaN(limit) ? stop : limit) : _close)
            : PriceGrid.Quantity(quantity, _symbol.QuantityStep);
        if (!(units > 0))
        {
            return; // Below the quantity step (or no equity to size from): Pine places no order.
        }

        PendingOrder? existing = FindEntryOrOrder(id);
        PendingOrder order = existing ?? Rent(kind, id);
        order.Kind = kind;
        order.Direction = direction;
        order.Quantity = units;
        order.Limit = limit;
        order.Stop = stop;
        order.OcaName = ocaName;
        order.OcaType = ocaName is null ? OcaType.None : ocaType;
        order.Comment = comment;
        order.PlacedBar = _bar;
        order.ResetPriceState();
        if (existing is null)
        {
            Add(order);
        }
    }

    /// <summary>
    /// The quantity of an order without one (rules 16, 19): the fixed default, or what the default cash or
    /// percent of equity buys at <paramref name="price"/> (the signal bar's close for market orders, the
    /// order's price otherwise), commission reserved, rounded down to the quantity step.
    /// </summary>
    private double DefaultQuantity(double price)
    {
        double value = _settings.DefaultQuantity;
        double unitValue = price * _pointValue;
        double units = _settings.DefaultQuantityType switch
        {
            QuantityType.Fixed => value,
            QuantityType.Cash => value / unitValue,
            _ => PercentOfEquityUnits(Equity * value / 100, unitValue),
        };
        return double.IsFinite(units) && units > 0 ? PriceGrid.Quantity(units, _symbol.QuantityStep) : 0;
    }

    private double PercentOfEquityUnits(double money, double unitValue) => _settings.CommissionType switch
    {
        CommissionType.Percent => money / (unitValue * (1 + _settings.CommissionValue / 100)),
        CommissionType.CashPerContract => money / (unitValue + _settings.CommissionValue),
        _ => (money - _settings.CommissionValue) / unitValue,
    };

    private bool SameDirectionAsPosition(Direction direction) =>
        direction == Direction.Long ? _positionSize > 0 : _positionSize < 0;

    /// <summary>Whether an exit for <paramref name="fromEntry"/> has anything to protect now or once a pending entry fills.</summary>
    private bool HasExitTarget(string? fromEntry) =>
        fromEntry is null ? _open.Count > 0 || HasPendingEntry(null) : OpenQuantityOf(fromEntry) > 0 || HasPendingEntry(fromEntry);

    /// <summary>A pending entry or order with id <paramref name="id"/> (any, when null).</summary>
    private bool HasPendingEntry(string? id)
    {
        foreach (PendingOrder order in _pending)
        {
            if (order.Kind is OrderKind.Entry or OrderKind.Order && (id is null || string.Equals(order.Id, id, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Units open in trades of entry <paramref name="id"/>.</summary>
    private double OpenQuantityOf(string id)
    {
        double quantity = 0;
        foreach (Trade trade in _open)
        {
            if (string.Equals(trade.EntryId, id, StringComparison.Ordinal))
            {
                quantity += trade.Quantity;
            }
        }

        return quantity;
    }

    private PendingOrder? FindEntryOrOrder(string id)
    {
        foreach (PendingOrder order in _pending)
        {
            if (order.Kind is OrderKind.Entry or OrderKind.Order && string.Equals(order.Id, id, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return null;
    }

    private PendingOrder? FindExit(string id, string? fromEntry)
    {
        foreach (PendingOrder order in _pending)
        {
            if (order.Kind == OrderKind.Exit && string.Equals(order.Id, id, StringComparison.Ordinal)
                && string.Equals(order.FromEntry, fromEntry, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return null;
    }

    private PendingOrder Rent(OrderKind kind, string id)
    {
        PendingOrder order = _pool.Count > 0 ? _pool.Pop() : new PendingOrder();
        order.Kind = kind;
        order.Id = id;
        order.Sequence = _nextSequence++;
        order.PlacedBar = _bar;
        order.Quantity = order.QuantityPercent = double.NaN;
        order.Limit = order.Stop = order.ProfitTicks = order.LossTicks = double.NaN;
        order.TrailPrice = order.TrailPoints = double.NaN;
        order.TrailOffset = 0;
        return order;
    }

    private void Add(PendingOrder order)
    {
        _pending.Add(order);
        if (order.Immediately)
        {
            _immediateCount++;
        }
    }

    private void RemoveAt(int index)
    {
        PendingOrder order = _pending[index];
        _pending.RemoveAt(index);
        if (order.Immediately)
        {
            _immediateCount--;
        }

        order.Reset();
        _pool.Push(order);
    }

    private void Remove(PendingOrder order)
    {
        int index = _pending.IndexOf(order);
        if (index >= 0)
        {
            RemoveAt(index);
        }
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

    private static double NaToZero(double value) => double.IsNaN(value) ? 0 : value;

    private static void RequireId(string call, string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw new ArgumentException($"{call}: the order id must be a non-empty string.", nameof(id));
        }
    }

    private static void RequireFiniteOrNa(string call, string id, string parameter, double value)
    {
        if (double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(parameter, value, $"{call}(\"{id}\"): {parameter} must be a finite number or na; got {Show(value)}.");
        }
    }

    private static void RequireClosingQuantity(string call, string id, double quantity, double quantityPercent)
    {
        if (!double.IsNaN(quantity) && (!(quantity > 0) || double.IsInfinity(quantity)))
        {
            throw new ArgumentOutOfRangeException(
                nameof(quantity), quantity, $"{call}(\"{id}\"): quantity must be a positive number, or na for all; got {Show(quantity)}.");
        }

        if (!double.IsNaN(quantityPercent) && !(quantityPercent > 0 && quantityPercent <= 100))
        {
            throw new ArgumentOutOfRangeException(
                nameof(quantityPercent), quantityPercent, $"{call}(\"{id}\"): quantityPercent must be in (0, 100], or na; got {Show(quantityPercent)}.");
        }
    }

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
