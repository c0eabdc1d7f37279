using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// The filled entries of the open position, one per fill, oldest first: TradingView's second view of a position
/// (docs/strategy.md "Exits and pyramided fills"). The trade rows (<see cref="TradeLedger"/>) settle first in, first
/// out across the whole position; an exit leg settles the one fill it is bound to, a <c>strategy.close</c> the fills of
/// its entry id (oldest first), and every unbound close (a reversal, <c>close_all</c>, a margin call, a reducing
/// <c>strategy.order</c>) the fills oldest first, as the rows go. A fill counts toward the pyramiding limit until its
/// own units are settled, and its exit legs go with it then.
/// </summary>
internal sealed class EntryBook
{
    // What is left of a fill within a billionth of it is the rounding of adding and taking units (0.1 + 0.2 ...), not a
    // quantity: the fill is settled (as TradeLedger closes such trades whole).
    private const double RoundingResidue = 1e-9;

    private readonly OrderBook _orders;
    private readonly double _quantityStep;
    private readonly List<EntryBinding> _entries = new(4);

    // Settled fills are reused for later fills (a strategy that trades every few bars would otherwise allocate one per
    // fill). A settled fill is retired first and freed only at a bar's start, when no call in progress holds it, and only
    // once no pending order refers to it (a gap-committed leg outlives its fill, and reads its Live flag).
    private readonly List<EntryBinding> _retired = new(4);
    private readonly Stack<EntryBinding> _free = new(4);

    public EntryBook(OrderBook orders, double quantityStep)
    {
        _orders = orders;
        _quantityStep = quantityStep;
    }

    /// <summary>The fills not yet settled: what the pyramiding limit counts (PyneCore measured: not the trade rows).</summary>
    public int Count => _entries.Count;

    /// <summary>The fills, oldest first; valid until the book changes.</summary>
    public ReadOnlySpan<EntryBinding> Entries => CollectionsMarshal.AsSpan(_entries);

    /// <summary>
    /// A fill of <paramref name="quantity"/> units of <paramref name="entryId"/> at <paramref name="price"/>: it joins the
    /// book, and the exit legs that waited for this entry id to fill are bound to it.
    /// </summary>
    public void Bind(string entryId, Direction direction, double quantity, double price, bool exitOpened)
    {
        _orders.NoteChange();
        EntryBinding entry = _free.Count > 0 ? _free.Pop() : new EntryBinding();
        entry.EntryId = entryId;
        entry.Direction = direction;
        entry.Quantity = quantity;
        entry.Bound = quantity;
        entry.EntryPrice = price;
        entry.ExitOpened = exitOpened;
        entry.Live = true;
        _entries.Add(entry);
        _orders.BindWaitingExits(entry, _quantityStep);
    }

    /// <summary>The units of entry <paramref name="entryId"/> not yet settled, over all its fills.</summary>
    public double BoundQuantityOf(string entryId)
    {
        double bound = 0;
        foreach (EntryBinding entry in Entries)
        {
            if (string.Equals(entry.EntryId, entryId, StringComparison.Ordinal))
            {
                bound += entry.Bound;
            }
        }

        return bound;
    }

    /// <summary>Whether entry <paramref name="entryId"/> has a fill not yet settled.</summary>
    public bool Has(string entryId)
    {
        foreach (EntryBinding entry in Entries)
        {
            if (string.Equals(entry.EntryId, entryId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An exit leg bound to <paramref name="entry"/> closed <paramref name="quantity"/> units: they settle that fill alone.</summary>
    /// <returns>Whether the fill is now settled (it left the book, with its exit legs).</returns>
    public bool Settle(EntryBinding entry, double quantity)
    {
        _orders.NoteChange();
        entry.Bound -= quantity;
        if (entry.Bound > entry.Quantity * RoundingResidue)
        {
            return false;
        }

        int index = _entries.IndexOf(entry);
        if (index >= 0)
        {
            Spend(index);
        }

        return true;
    }

    /// <summary>
    /// A close not bound to one fill closed <paramref name="quantity"/> units: they settle the fills of
    /// <paramref name="entryId"/> (every fill when null) oldest first.
    /// </summary>
    public void SettleOldestFirst(string? entryId, double quantity)
    {
        _orders.NoteChange();
        double residue = quantity * RoundingResidue;
        for (int i = 0; i < _entries.Count && quantity > residue;)
        {
            EntryBinding entry = _entries[i];
            if (entryId is not null && !string.Equals(entry.EntryId, entryId, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            double taken = Math.Min(entry.Bound, quantity);
            entry.Bound -= taken;
            quantity -= taken;
            if (entry.Bound <= entry.Quantity * RoundingResidue)
            {
                Spend(i);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The position is flat: whatever rounding left in the book is settled.</summary>
    public void Clear()
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            Spend(i);
        }
    }

    /// <summary>
    /// A bar starts: the settled fills no pending order refers to any more are free for later fills. Called where no fill
    /// is in progress (nothing on the stack holds a settled fill).
    /// </summary>
    public void RecycleSettled()
    {
        for (int i = _retired.Count - 1; i >= 0; i--)
        {
            EntryBinding entry = _retired[i];
            if (!_orders.RefersTo(entry))
            {
                _retired.RemoveAt(i);
                _free.Push(entry);
            }
        }
    }

    private void Spend(int index)
    {
        _orders.NoteChange();
        EntryBinding entry = _entries[index];
        _entries.RemoveAt(index);
        entry.Live = false;
        _orders.RemoveExitsOf(entry);
        _retired.Add(entry);
    }
}
