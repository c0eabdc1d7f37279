using static ScriptGen.Trading.OrderArguments;

namespace ScriptGen.Trading;

/// <summary>
/// The order calls of Pine's <c>strategy</c> namespace: checks their arguments, puts prices on the tick
/// grid and sizes quantities, applies the placement rules (pyramiding for price entries, nothing to close,
/// nothing to protect), and places, modifies or cancels orders in the <see cref="OrderBook"/>.
/// </summary>
internal sealed class OrderPlacement
{
    private readonly OrderBook _book;
    private readonly TradeLedger _ledger;
    private readonly CurrentBar _current;
    private readonly OrderTriggers _triggers;
    private readonly RiskRules _risk;
    private readonly OrderSizing _sizing;
    private readonly double _tick;
    private readonly int _maxEntriesPerDirection;
    private readonly bool _reversalWhenPlaced;

    public OrderPlacement(
        OrderBook book, TradeLedger ledger, CurrentBar current, OrderTriggers triggers, RiskRules risk, StrategySettings settings, SymbolInfo symbol)
    {
        _book = book;
        _ledger = ledger;
        _current = current;
        _triggers = triggers;
        _risk = risk;
        _sizing = new OrderSizing(settings, symbol);
        _tick = symbol.MinTick;
        _maxEntriesPerDirection = settings.MaxEntriesPerDirection;
        _reversalWhenPlaced = settings.ReversalSizing == ReversalSizing.WhenPlaced;
    }

    /// <inheritdoc cref="IOrderBook.Entry" />
    public void Entry(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        PlacePriced(OrderKind.Entry, "strategy.entry", id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <inheritdoc cref="IOrderBook.Order" />
    public void Order(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        PlacePriced(OrderKind.Order, "strategy.order", id, direction, quantity, limit, stop, ocaName, ocaType, comment);

    /// <inheritdoc cref="IOrderBook.Exit" />
    public void Exit(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing)
    {
        const string Call = "strategy.exit";
        RequireId(Call, id);
        fromEntry = string.IsNullOrEmpty(fromEntry) ? null : fromEntry;
        if (IsPlacedAlready(id, fromEntry, quantity, quantityPercent, profitTicks, limit, lossTicks, stop, trailPrice, trailPoints, trailOffset,
                ocaName, comment, commentProfit, commentLoss, commentTrailing))
        {
            return;
        }

        RequireClosingQuantity(Call, id, quantity, quantityPercent);
        RequireFiniteOrNa(Call, id, nameof(profitTicks), profitTicks);
        RequireFiniteOrNa(Call, id, nameof(limit), limit);
        RequireFiniteOrNa(Call, id, nameof(lossTicks), lossTicks);
        RequireFiniteOrNa(Call, id, nameof(stop), stop);
        RequireFiniteOrNa(Call, id, nameof(trailPrice), trailPrice);
        RequireFiniteOrNa(Call, id, nameof(trailPoints), trailPoints);
        bool trailing = !double.IsNaN(trailPrice) || !double.IsNaN(trailPoints);
        RequireExitLevels(Call, id, profitTicks, limit, lossTicks, stop, trailing, trailOffset);

        PendingOrder? existing = _book.FindExit(id, fromEntry);
        if (existing is { Consumed: true })
        {
            return; // This bracket already filled for its entry (rule 6): calling it again does not re-arm it.
        }

        if (existing is null && !HasExitTarget(fromEntry))
        {
            return;
        }

        double offset = double.IsNaN(trailOffset) ? 0 : trailOffset;
        // Placed again as it stands, with no fill since its levels were resolved: resolving them again gives the same prices.
        bool sameLevels = existing is not null && existing.ExitLevelsFill == _ledger.Fills
            && existing.HasSameExit(fromEntry, quantity, quantityPercent, limit, stop, profitTicks, lossTicks, trailPrice, trailPoints, offset);
        bool sameTrail = existing is not null && existing.TrailPrice.Equals(trailPrice) && existing.TrailPoints.Equals(trailPoints)
            && existing.TrailOffset.Equals(offset);
        bool hadTrail = existing is not null && existing.HasTrailing;
        PendingOrder order = existing ?? _book.Rent(OrderKind.Exit, id);
        order.FromEntry = fromEntry;
        order.Quantity = quantity;
        order.QuantityPercent = quantityPercent;
        order.Limit = limit;
        order.Stop = stop;
        order.ProfitTicks = profitTicks;
        order.LossTicks = lossTicks;
        order.TrailPrice = trailPrice;
        order.TrailPoints = trailPoints;
        order.TrailOffset = offset;
        order.OcaName = ocaName;
        order.OcaType = ocaName is null ? OcaType.None : OcaType.Reduce; // Pine: an exit's group is always a reduce group.
        order.Comment = comment;
        order.CommentProfit = commentProfit;
        order.CommentLoss = commentLoss;
        order.CommentTrailing = commentTrailing;
        order.CoveredAtFill = -1; // Its entry may have changed.
        if (!sameLevels)
        {
            order.ResetPriceState();
        }

        if (!sameTrail)
        {
            order.TrailArmed = false; // A changed trailing stop starts over; an unchanged one keeps trailing.
        }

        if (existing is null)
        {
            _book.Add(order);
        }

        if (trailing && _ledger.CoveredQuantity(fromEntry) > 0)
        {
            SeedTrailing(order, foldExtreme: !hadTrail || sameTrail);
        }
    }

    /// <summary>
    /// The common case of a script that places the same bracket on every bar: an exit already in the book with exactly
    /// these arguments (validated when it was placed) changes nothing, except that after a fill its levels in ticks
    /// resolve again from the new entry price. Trailing exits take the full path, which folds the bar into the trail.
    /// </summary>
    private bool IsPlacedAlready(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing)
    {
        if (!double.IsNaN(trailPrice) || !double.IsNaN(trailPoints) || _book.FindExit(id, fromEntry) is not { Consumed: false } placed
            || !placed.HasSameExit(fromEntry, quantity, quantityPercent, limit, stop, profitTicks, lossTicks, trailPrice, trailPoints,
                double.IsNaN(trailOffset) ? 0 : trailOffset)
            || !string.Equals(placed.OcaName, ocaName, StringComparison.Ordinal) || !string.Equals(placed.Comment, comment, StringComparison.Ordinal)
            || !string.Equals(placed.CommentProfit, commentProfit, StringComparison.Ordinal)
            || !string.Equals(placed.CommentLoss, commentLoss, StringComparison.Ordinal)
            || !string.Equals(placed.CommentTrailing, commentTrailing, StringComparison.Ordinal))
        {
            return false;
        }

        if (placed.ExitLevelsFill != _ledger.Fills)
        {
            placed.ResetPriceState();
        }

        return true;
    }

    /// <summary>
    /// A trailing exit issued while its trades are open sees the bar it was issued on (TradingView measured, as
    /// PyneCore reproduces it): it arms when that bar closed past its activation level, and its best price takes
    /// in the bar's extreme, or, when the script changed the trailing stop, only the bar's close. Without this the
    /// stop would start one bar behind, from the next bar's open.
    /// </summary>
    private void SeedTrailing(PendingOrder order, bool foldExtreme)
    {
        _triggers.ResolveExitLevels(order);
        bool protectsLong = _ledger.PositionSize > 0;
        double activation = order.TrailActivation;
        ref readonly Models.FillBar bar = ref _current.Bar;
        if (!order.TrailArmed)
        {
            if (protectsLong ? !(bar.Close > activation) : !(bar.Close < activation))
            {
                order.ExitLevelsResolved = false; // Not armed: levels resolve when the path first meets the exit, as before.
                return;
            }

            order.TrailArmed = true;
            order.TrailBest = activation;
        }

        double seen = foldExtreme ? (protectsLong ? bar.High : bar.Low) : bar.Close;
        order.TrailBest = protectsLong ? Math.Max(order.TrailBest, seen) : Math.Min(order.TrailBest, seen);
    }

    /// <inheritdoc cref="IOrderBook.Close" />
    public void Close(string id, string? comment, double quantity, double quantityPercent, bool immediately)
    {
        RequireId("strategy.close", id);
        RequireClosingQuantity("strategy.close", id, quantity, quantityPercent);
        if (_ledger.OpenQuantityOf(id) <= 0)
        {
            return;
        }

        PendingOrder order = _book.Rent(OrderKind.Close, id);
        order.FromEntry = id;
        order.Quantity = quantity;
        order.QuantityPercent = quantityPercent;
        order.Comment = comment;
        order.Immediately = immediately;
        _book.Add(order);
    }

    /// <inheritdoc cref="IOrderBook.CloseAll" />
    public void CloseAll(string? comment, bool immediately)
    {
        if (_ledger.OpenCount == 0)
        {
            return;
        }

        PendingOrder order = _book.Rent(OrderKind.CloseAll, "Close position order");
        order.Comment = comment;
        order.Immediately = immediately;
        _book.Add(order);
    }

    /// <inheritdoc cref="IOrderBook.Cancel" />
    public void Cancel(string id)
    {
        RequireId("strategy.cancel", id);
        _book.Cancel(id);
    }

    /// <inheritdoc cref="IOrderBook.CancelAll" />
    public void CancelAll() => _book.CancelAll();

    private void PlacePriced(
        OrderKind kind, string call, string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment)
    {
        RequireId(call, id);
        RequireDirection(call, id, direction);
        RequireOpeningQuantity(call, id, quantity);
        RequireFiniteOrNa(call, id, nameof(limit), limit);
        RequireFiniteOrNa(call, id, nameof(stop), stop);
        RequireOcaType(call, id, ocaType);
        if (_risk.Active && (_risk.Halted || (kind == OrderKind.Entry && _risk.FilledOrdersCapReached)))
        {
            return; // Rule 20: after a halt nothing is placed; after the day's last allowed fill, no entry until the next day.
        }

        // Prices sit on the tick grid, rounded against the order (a buy limit down, a buy stop up), so
        // the order never fills at a better price than it asked for.
        bool buy = direction == Direction.Long;
        if (!double.IsNaN(limit))
        {
            limit = buy ? PriceGrid.Down(limit, _tick) : PriceGrid.Up(limit, _tick);
        }

        if (!double.IsNaN(stop))
        {
            stop = buy ? PriceGrid.Up(stop, _tick) : PriceGrid.Down(stop, _tick);
        }

        // Pyramiding (rule 10): a price entry in the position's direction with no room left is not
        // placed (PyneCore measured); market entries are checked when they fill.
        bool priced = !double.IsNaN(limit) || !double.IsNaN(stop);
        if (kind == OrderKind.Entry && priced && _ledger.SameDirectionAsPosition(direction) && _ledger.OpenCount >= _maxEntriesPerDirection)
        {
            return;
        }

        double units = double.IsNaN(quantity)
            ? _sizing.DefaultQuantity(priced ? (double.IsNaN(limit) ? stop : limit) : _current.ScriptPrice, _ledger.Equity)
            : _sizing.Round(quantity);
        if (!(units > 0))
        {
            return; // Below the quantity step (or no equity to size from): Pine places no order.
        }

        PendingOrder? existing = _book.FindEntryOrOrder(id);
        PendingOrder order = existing ?? _book.Rent(kind, id);
        order.Kind = kind;
        order.Direction = direction;
        order.Quantity = units;
        order.Limit = limit;
        order.Stop = stop;
        order.OcaName = ocaName;
        order.OcaType = ocaName is null ? OcaType.None : ocaType;
        order.Comment = comment;
        order.ResetPriceState();

        // Rule 11 as TradingView sizes a price entry's reversal: the opposite position at placement, fixed
        // from then on (a re-placement sizes it again); market entries are sized against the position they meet.
        order.PlacedReversal = kind == OrderKind.Entry && priced && _reversalWhenPlaced
            ? (_ledger.PositionSize != 0 && !_ledger.SameDirectionAsPosition(direction) ? Math.Abs(_ledger.PositionSize) : 0)
            : double.NaN;
        if (existing is null)
        {
            _book.Add(order);
        }
    }

    /// <summary>Whether an exit for <paramref name="fromEntry"/> has anything to protect now or once a pending entry fills.</summary>
    private bool HasExitTarget(string? fromEntry) =>
        fromEntry is null
            ? _ledger.OpenCount > 0 || _book.HasPendingEntry(null)
            : _ledger.OpenQuantityOf(fromEntry) > 0 || _book.HasPendingEntry(fromEntry);
}
