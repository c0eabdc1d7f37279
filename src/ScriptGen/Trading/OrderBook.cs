using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// The orders waiting to fill, in placement order, and their OCA groups. Orders are pooled: placing,
/// filling and cancelling them allocates nothing once the pool is warm. The book knows nothing of
/// prices or the position; what fills where is the path walk's question, and what a fill does is the
/// fill executor's.
/// </summary>
internal sealed class OrderBook
{
    private readonly List<PendingOrder> _pending = new(8);
    private readonly Stack<PendingOrder> _pool = new(8);
    private long _nextSequence;
    private int _immediateCount;
    private long _changes;

    /// <summary>The number of pending orders.</summary>
    public int Count => _pending.Count;

    /// <summary>The number of pending <c>strategy.close(immediately = true)</c> orders (filled by the close pass).</summary>
    public int ImmediateCount => _immediateCount;

    /// <summary>The pending order at <paramref name="index"/>, in placement order.</summary>
    public PendingOrder this[int index] => _pending[index];

    /// <summary>The pending orders, in placement order; valid until the book changes.</summary>
    public ReadOnlySpan<PendingOrder> Orders => CollectionsMarshal.AsSpan(_pending);

    /// <summary>
    /// Counts the changes to what an order call reads: orders placed, modified, filled, armed or gone, fills bound or settled
    /// (<see cref="EntryBook"/>), and with them the position. Equal counts mean nothing of that changed in between, so an order
    /// call made again with the same arguments would find everything as it left it (<see cref="OrderPlacement"/>'s repeated
    /// <c>strategy.exit</c>). Only a trailing stop's best price moves without a count, which a call without a trail never reads.
    /// </summary>
    public long Changes => _changes;

    /// <summary>Counts a change made outside the book's own methods (to an order's fields or to the fills, see <see cref="Changes"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void NoteChange() => _changes++;

    /// <summary>A blank order of <paramref name="kind"/> with id <paramref name="id"/>, last in placement order, not yet in the book.</summary>
    public PendingOrder Rent(OrderKind kind, string id)
    {
        PendingOrder order = _pool.Count > 0 ? _pool.Pop() : new PendingOrder();
        order.Kind = kind;
        order.Id = id;
        order.Sequence = _nextSequence++;
        order.Quantity = order.QuantityPercent = double.NaN;
        order.Limit = order.Stop = order.ProfitTicks = order.LossTicks = double.NaN;
        order.TrailPrice = order.TrailPoints = double.NaN;
        order.TrailOffset = 0;
        return order;
    }

    /// <summary>Puts a rented order in the book.</summary>
    public void Add(PendingOrder order)
    {
        _changes++;
        _pending.Add(order);
        if (order.Immediately)
        {
            _immediateCount++;
        }
    }

    /// <summary>Takes the order at <paramref name="index"/> out of the book and back to the pool.</summary>
    public void RemoveAt(int index)
    {
        _changes++;
        PendingOrder order = _pending[index];
        _pending.RemoveAt(index);
        if (order.Immediately)
        {
            _immediateCount--;
        }

        order.Reset();
        _pool.Push(order);
    }

    /// <summary>Takes <paramref name="order"/> out of the book, if it is there.</summary>
    public void Remove(PendingOrder order)
    {
        int index = _pending.IndexOf(order);
        if (index >= 0)
        {
            RemoveAt(index);
        }
    }

    /// <summary><c>strategy.cancel</c>: the entries and orders with id <paramref name="id"/>, and the exits with that exit id.</summary>
    public void Cancel(string id)
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Kind is OrderKind.Entry or OrderKind.Order or OrderKind.Exit && string.Equals(order.Id, id, StringComparison.Ordinal))
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary><c>strategy.cancel_all</c>: every pending order.</summary>
    public void CancelAll()
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            RemoveAt(i);
        }
    }

    /// <summary>The pending entry or order with id <paramref name="id"/> (they share one id space), or null.</summary>
    public PendingOrder? FindEntryOrOrder(string id)
    {
        foreach (PendingOrder order in Orders)
        {
            if (order.Kind is OrderKind.Entry or OrderKind.Order && string.Equals(order.Id, id, StringComparison.Ordinal))
            {
                return order;
            }
        }

        return null;
    }

    /// <summary>
    /// The exit leg with id <paramref name="id"/> and from-entry <paramref name="fromEntry"/> for <paramref name="entry"/>, or,
    /// when <paramref name="entry"/> is null, the one waiting for entry <paramref name="targetEntry"/> to fill; null when there is none.
    /// </summary>
    public PendingOrder? FindExit(string id, string? fromEntry, EntryBinding? entry, string targetEntry)
    {
        foreach (PendingOrder order in Orders)
        {
            if (order.Kind == OrderKind.Exit && order.Binding == entry && string.Equals(order.Id, id, StringComparison.Ordinal)
                && string.Equals(order.FromEntry, fromEntry, StringComparison.Ordinal)
                && (entry is not null || string.Equals(order.TargetEntry, targetEntry, StringComparison.Ordinal)))
            {
                return order;
            }
        }

        return null;
    }

    /// <summary>A pending entry or order with id <paramref name="id"/> (any, when null).</summary>
    public bool HasPendingEntry(string? id)
    {
        foreach (PendingOrder order in Orders)
        {
            if (order.Kind is OrderKind.Entry or OrderKind.Order && (id is null || string.Equals(order.Id, id, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>OCA groups: a fill cancels the rest of its group, or reduces their quantities by what it filled (cancelling at zero).</summary>
    public void SettleOca(string? ocaName, OcaType ocaType, double filled, PendingOrder? except)
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
                _changes++;
                other.Quantity -= filled;
                if (!(other.Quantity > 0))
                {
                    RemoveAt(i);
                }
            }
        }
    }

    /// <summary>
    /// Cancels the exit legs left with nothing to protect: a leg whose fill is settled, a leg waiting for an entry that is not
    /// pending any more; a leg of an exit without a from-entry also goes when the position is <paramref name="reversed"/> (it
    /// protects the position it was placed for). A gap-committed leg stays: it fills at this open whatever happened before it.
    /// </summary>
    public void RemoveOrphanExits(bool reversed)
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Kind != OrderKind.Exit || order.GapCommitted)
            {
                continue;
            }

            bool orphan = order.Binding is { } entry
                ? !entry.Live
                : (reversed && order.FromEntry is null) || !HasPendingEntry(order.TargetEntry);
            if (orphan)
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>Whether a pending order is bound to <paramref name="entry"/>.</summary>
    public bool RefersTo(EntryBinding entry)
    {
        foreach (PendingOrder order in Orders)
        {
            if (order.Binding == entry)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fill <paramref name="entry"/> is settled: its exit legs go (consumed markers too), but a gap-committed one.</summary>
    public void RemoveExitsOf(EntryBinding entry)
    {
        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Kind == OrderKind.Exit && order.Binding == entry && !order.GapCommitted)
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Entry <paramref name="entry"/>'s id filled: the exit legs that waited for it are bound to this fill, in the order they were
    /// placed, each taking its slice (<see cref="Slice"/>); a leg left no slice goes.
    /// </summary>
    public void BindWaitingExits(EntryBinding entry, double quantityStep)
    {
        for (int i = 0; i < _pending.Count; i++)
        {
            PendingOrder order = _pending[i];
            if (order.Kind == OrderKind.Exit && order.Binding is null && !order.GapCommitted
                && string.Equals(order.TargetEntry, entry.EntryId, StringComparison.Ordinal))
            {
                _changes++;
                order.Binding = entry;
                order.Reserved = Slice(order, entry, order.Quantity, order.QuantityPercent, quantityStep);
            }
        }

        for (int i = _pending.Count - 1; i >= 0; i--)
        {
            PendingOrder order = _pending[i];
            if (order.Binding == entry && !(order.Reserved > 0))
            {
                RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// The units exit leg <paramref name="leg"/> (null: a leg not placed yet) reserves of <paramref name="entry"/>, first come, first
    /// served: <paramref name="quantity"/> units, or <paramref name="quantityPercent"/> of the fill's quantity, or without either all
    /// that the fill's other legs (consumed ones included) have not reserved; never more than that remainder, rounded down to the
    /// quantity step. TradingView caps a later leg at the remainder and places none when nothing is left (PyneCore measured).
    /// </summary>
    public double Slice(PendingOrder? leg, EntryBinding entry, double quantity, double quantityPercent, double quantityStep)
    {
        double reserved = 0;
        foreach (PendingOrder other in Orders)
        {
            if (other != leg && other.Kind == OrderKind.Exit && other.Binding == entry)
            {
                reserved += other.Reserved;
            }
        }

        double unreserved = entry.Quantity - reserved;
        double wanted = !double.IsNaN(quantity) ? quantity
            : !double.IsNaN(quantityPercent) ? entry.Quantity * quantityPercent / 100
            : unreserved;
        return PriceGrid.Quantity(Math.Min(wanted, unreserved), quantityStep);
    }

    /// <summary>What exit leg <paramref name="leg"/> closes now: its slice, at most what is left of its fill; 0 while it waits for a fill.</summary>
    public static double LegQuantity(PendingOrder leg) =>
        leg.Binding is { Live: true } entry ? Math.Min(leg.Reserved, entry.Bound) : 0;

    /// <summary>The open's gap batch is over: exits it committed and did not fill are ordinary exits again.</summary>
    public void EndGapBatch()
    {
        _changes++;
        foreach (PendingOrder order in Orders)
        {
            order.GapCommitted = false;
        }
    }

    /// <summary>The price moved to <paramref name="price"/>: armed trailing stops follow the best price for the position they protect.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void TrackTrailingStops(double price, bool longPosition)
    {
        if (_pending.Count != 0)
        {
            TrackTrailing(price, longPosition);
        }
    }

    private void TrackTrailing(double price, bool longPosition)
    {
        foreach (PendingOrder order in Orders)
        {
            if (order.TrailArmed)
            {
                // The best price for the covered position: the highest for a long, the lowest for a short.
                order.TrailBest = longPosition ? Math.Max(order.TrailBest, price) : Math.Min(order.TrailBest, price);
            }
        }
    }
}
