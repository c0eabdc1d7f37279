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
    private readonly EntryBook _entries;
    private readonly CurrentBar _current;
    private readonly OrderTriggers _triggers;
    private readonly RiskRules _risk;
    private readonly OrderSizing _sizing;
    private readonly double _tick;
    private readonly double _quantityStep;
    private readonly int _maxEntriesPerDirection;
    private readonly bool _reversalWhenPlaced;

    // The last strategy.exit call of each exit id, with the book's change count when it returned (see Exit); allocated on the
    // first call, a few slots: scripts call one or two exits on every bar.
    private const int ExitMemoSlots = 8;
    private ExitMemo[] _exitMemos = [];
    private int _exitMemoCount;
    private long _exitMemoWrites;
    private long _exitMemoStamps;
    private int _lastExitMemo = -1;

    /// <summary>Whether a repeated <c>strategy.exit</c> call returns at once when nothing changed (on but in the tests that compare both ways).</summary>
    internal bool RemembersExits { get; set; } = true;

    /// <summary>How many <c>strategy.exit</c> calls returned at once as repeats (for the tests that compare both ways).</summary>
    internal long RepeatedExitCalls { get; private set; }

    /// <summary>How many of <see cref="RepeatedExitCalls"/> returned at their generated call site, before reaching <see cref="Exit"/> (for the tests).</summary>
    internal long RepeatedAtCallSite { get; private set; }

    /// <summary>
    /// The memo slot holding the last <c>strategy.exit</c> call, or -1: a call returned as a repeat or placed and remembered
    /// (not a trailing call, memos on) leaves its id's slot holding it. A generated call site that always passes the same
    /// arguments notes the slot and its <see cref="ExitMemoWritten"/> stamp, and may skip its next call while
    /// <see cref="TryRepeatExit"/> holds (<see cref="CompilerServices.OrderCallSite"/>).
    /// </summary>
    internal int LastExitMemo => _lastExitMemo;

    /// <summary>The stamp of the last write of memo <paramref name="slot"/> (unique in the run: a slot written again, for its id or another, has a new one).</summary>
    internal long ExitMemoWritten(int slot) => _exitMemos[slot].Written;

    /// <summary>
    /// Whether a call that left memo <paramref name="slot"/> holding it, with the book at <paramref name="changes"/> and the slot
    /// stamped <paramref name="written"/>, is a repeat now, counting it as one if so: nothing counted changed and the slot was
    /// not written since, so it still holds that call at the current count and <see cref="Exit"/> would return at once.
    /// </summary>
    internal bool TryRepeatExit(long changes, int slot, long written)
    {
        if (changes != _book.Changes || _exitMemos[slot].Written != written)
        {
            return false;
        }

        RepeatedExitCalls++;
        RepeatedAtCallSite++;
        return true;
    }

    public OrderPlacement(
        OrderBook book, TradeLedger ledger, EntryBook entries, CurrentBar current, OrderTriggers triggers, RiskRules risk, StrategySettings settings,
        SymbolInfo symbol)
    {
        _book = book;
        _ledger = ledger;
        _entries = entries;
        _current = current;
        _triggers = triggers;
        _risk = risk;
        _sizing = new OrderSizing(settings, symbol);
        _tick = symbol.MinTick;
        _quantityStep = symbol.QuantityStep;
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
    /// <remarks>
    /// TradingView binds an exit to each fill of its entry (PyneCore measured): the call places one leg per fill of
    /// <paramref name="fromEntry"/> (of every entry without one), each taking its slice of that fill and pricing its tick levels
    /// from that fill's price, and one leg for the entry while it is pending, bound to the fill it makes.
    /// </remarks>
    public void Exit(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing)
    {
        const string Call = "strategy.exit";
        fromEntry = string.IsNullOrEmpty(fromEntry) ? null : fromEntry;
        int memo = RemembersExits ? FindExitMemo(id) : -1;
        if (memo >= 0 && _exitMemos[memo].Changes == _book.Changes
            && _exitMemos[memo].Call.Matches(fromEntry, quantity, quantityPercent, profitTicks, limit, lossTicks, stop, trailPrice, trailPoints, trailOffset,
                ocaName, comment, commentProfit, commentLoss, commentTrailing))
        {
            // The same call as last time, and nothing it reads changed since (Pine scripts call strategy.exit on every bar):
            // placing it again would leave every leg as it is. Trailing calls are not remembered: they take in the bar.
            RepeatedExitCalls++;
            _lastExitMemo = memo;
            return;
        }

        _lastExitMemo = -1;
        var call = new ExitCall(id, fromEntry, quantity, quantityPercent, profitTicks, limit, lossTicks, stop, trailPrice, trailPoints, trailOffset,
            ocaName, comment, commentProfit, commentLoss, commentTrailing);
        bool remember = RemembersExits && !call.Trailing;
        RequireId(Call, id);
        RequireClosingQuantity(Call, id, quantity, quantityPercent);
        RequireFiniteOrNa(Call, id, nameof(profitTicks), profitTicks);
        RequireFiniteOrNa(Call, id, nameof(limit), limit);
        RequireFiniteOrNa(Call, id, nameof(lossTicks), lossTicks);
        RequireFiniteOrNa(Call, id, nameof(stop), stop);
        RequireFiniteOrNa(Call, id, nameof(trailPrice), trailPrice);
        RequireFiniteOrNa(Call, id, nameof(trailPoints), trailPoints);
        RequireExitLevels(Call, id, profitTicks, limit, lossTicks, stop, call.Trailing, trailOffset);
        PlaceLegs(in call);
        if (remember)
        {
            _lastExitMemo = RememberExit(memo, in call);
        }
    }

    /// <summary>Places or modifies the legs of a checked <c>strategy.exit</c> call.</summary>
    private void PlaceLegs(in ExitCall call)
    {
        string? fromEntry = call.FromEntry;

        // One leg per fill not yet settled, the fills an exit opened on top of a reversal first (TradingView measured).
        ReadOnlySpan<EntryBinding> entries = _entries.Entries;
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (EntryBinding entry in entries)
            {
                if (entry.ExitOpened == (pass == 0) && (fromEntry is null || string.Equals(entry.EntryId, fromEntry, StringComparison.Ordinal)))
                {
                    PlaceLeg(in call, entry, entry.EntryId);
                }
            }
        }

        // One leg waiting for the entry to fill. Without a from-entry: for each pending entry that opens from flat or adds to
        // the position; a reversal's new position is not protected by an exit placed for the one it reverses (PyneCore measured).
        if (fromEntry is not null)
        {
            if (_book.HasPendingEntry(fromEntry))
            {
                PlaceLeg(in call, null, fromEntry);
            }

            return;
        }

        for (int i = 0, count = _book.Count; i < count; i++)
        {
            PendingOrder pending = _book[i];
            if (pending.Kind is OrderKind.Entry or OrderKind.Order && (_ledger.PositionSize == 0 || _ledger.SameDirectionAsPosition(pending.Direction)))
            {
                PlaceLeg(in call, null, pending.Id);
            }
        }
    }

    /// <summary>
    /// Places or modifies the leg of <paramref name="call"/> on fill <paramref name="entry"/> (null: the leg waiting for
    /// <paramref name="targetEntry"/> to fill). A partial leg that fired stays fired (rule 6); a leg the fill's other legs left
    /// nothing to is not placed.
    /// </summary>
    private void PlaceLeg(in ExitCall call, EntryBinding? entry, string targetEntry)
    {
        PendingOrder? existing = _book.FindExit(call.Id, call.FromEntry, entry, targetEntry);
        if (existing is { Consumed: true })
        {
            return; // This leg already closed its slice of the fill: calling the exit again does not re-arm it.
        }

        double reserved = double.NaN;
        if (entry is not null)
        {
            reserved = _book.Slice(existing, entry, call.Quantity, call.QuantityPercent, _quantityStep);
            if (!(reserved > 0))
            {
                return; // The fill's other legs hold all of it: TradingView places no order (PyneCore measured).
            }
        }

        bool sameLevels = existing is not null && call.HasSameLevels(existing);
        if (sameLevels && !call.Trailing && call.HasSameLabels(existing!))
        {
            // Placed again as it stands (a script calling strategy.exit on every bar): only its slice is taken again, first come
            // first served. Trailing exits take the full path, which folds the bar into the trail.
            if (BitConverter.DoubleToInt64Bits(existing!.Reserved) != BitConverter.DoubleToInt64Bits(reserved))
            {
                _book.NoteChange();
                existing.Reserved = reserved;
            }

            return;
        }

        _book.NoteChange();

        bool sameTrail = existing is not null && call.HasSameTrail(existing);
        bool hadTrail = existing is not null && existing.HasTrailing;
        PendingOrder order = existing ?? _book.Rent(OrderKind.Exit, call.Id);
        call.WriteTo(order);
        order.Binding = entry;
        order.TargetEntry = targetEntry;
        order.Reserved = reserved;
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

        if (call.Trailing && entry is not null)
        {
            SeedTrailing(order, foldExtreme: !hadTrail || sameTrail);
        }
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
        bool protectsLong = order.Binding!.Direction == Direction.Long;
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
        if (!(_entries.BoundQuantityOf(id) > 0))
        {
            return; // No fill of this entry left to close.
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

    /// <summary>The slot of the remembered call of exit <paramref name="id"/>, or -1.</summary>
    private int FindExitMemo(string id)
    {
        ExitMemo[] memos = _exitMemos;
        int count = _exitMemoCount;
        for (int i = 0; i < count; i++)
        {
            if ((object)memos[i].Call.Id == id)
            {
                return i; // The script's literal, as on most calls.
            }
        }

        for (int i = 0; i < count; i++)
        {
            if (string.Equals(memos[i].Call.Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Remembers <paramref name="call"/> as its exit id's last, in <paramref name="slot"/> (-1: a new slot); returns the slot.</summary>
    private int RememberExit(int slot, in ExitCall call)
    {
        if (slot < 0)
        {
            if (_exitMemos.Length == 0)
            {
                _exitMemos = new ExitMemo[ExitMemoSlots];
            }

            // A script with more exit ids than slots (ids built per trade) overwrites the oldest: a forgotten call is placed in full.
            slot = _exitMemoCount < ExitMemoSlots ? _exitMemoCount++ : (int)(_exitMemoWrites % ExitMemoSlots);
            _exitMemoWrites++;
        }

        _exitMemos[slot].Call = call;
        _exitMemos[slot].Changes = _book.Changes;
        _exitMemos[slot].Written = ++_exitMemoStamps;
        return slot;
    }

    /// <summary>A <c>strategy.exit</c> call and the book's change count when it returned (fields: read in place, not copied).</summary>
    private struct ExitMemo
    {
        public ExitCall Call;
        public long Changes;
        public long Written;
    }

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
        if (kind == OrderKind.Entry && priced && _ledger.SameDirectionAsPosition(direction) && _entries.Count >= _maxEntriesPerDirection)
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
        _book.NoteChange();
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
}
