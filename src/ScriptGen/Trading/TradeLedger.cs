using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// Position and trade accounting: the open trades (oldest first), the closed ones (in closing order),
/// the position they add up to, realized and open profit, and the closed trades' statistics, tallied
/// once as each trade closes (<see cref="TradeTally"/>: all, longs, shorts). A fill changes the ledger
/// through <see cref="OpenTrade"/> and <see cref="CloseTrades"/>, then <see cref="UpdatePosition"/>.
/// </summary>
internal sealed class TradeLedger
{
    // What is left of a closing quantity within a billionth of it is the rounding of summing sizes (a position
    // of pyramided percent-of-equity trades is 0.1 + 0.2 + ...), not a quantity: closing it would split off a
    // trade of 1e-13 units, and TradingView's close leaves none.
    private const double RoundingResidue = 1e-9;

    private readonly double _initialCapital;
    private readonly double _pointValue;
    private readonly List<Trade> _open = new(4);
    private readonly ClosedTradeStore _closed = new();
    private readonly Stack<Trade> _spare = new(4);
    private TradeTally _all;
    private TradeTally _long;
    private TradeTally _short;
    private double _positionSize;
    private double _positionAveragePrice = double.NaN;
    private double _openProfit;

    // A mark asked for but not yet made (MarkAtLater): the close of the last bar held with nothing to do. Made before anything
    // reads or changes the open trades, so every reader sees what marking at once would have given.
    private double _laterMarkPrice;
    private bool _markLater;

    // Whether a script holds one of the open trades' objects (TradeList hands them out): such a trade's profit is read without
    // asking the ledger, so its marks cannot wait. A field, not a pass over the open trades, because every held bar asks.
    private bool _openTradeHandedOut;
    private double _maxContractsLong;
    private double _maxContractsShort;
    private int _nextTradeNumber = 1;
    private long _fills;

    // Off (RunOptions.RecordDrawdown): trades start with na extremes, which no price moves, so their run-up and drawdown read na.
    private readonly bool _recordExtremes;

    // Off (RunOptions.RecordTrades): a closed trade is tallied and let go; only the tallies' count says how many closed.
    private readonly bool _keepClosed;

    public TradeLedger(double initialCapital, double pointValue, bool recordExtremes = true, bool keepClosed = true)
    {
        _initialCapital = initialCapital;
        _pointValue = pointValue;
        _recordExtremes = recordExtremes;
        _keepClosed = keepClosed;
    }

    /// <summary>The open trades, oldest first (marked at the last close asked for).</summary>
    public List<Trade> Open
    {
        get
        {
            MakeLaterMark();
            return _open;
        }
    }

    /// <summary>The closed trades, in the order they closed; empty when they are not kept (<see cref="KeepsClosed"/>).</summary>
    public ClosedTradeStore Closed => _closed;

    /// <summary>Whether closed trades are kept in <see cref="Closed"/> (<see cref="RunOptions.RecordTrades"/>).</summary>
    public bool KeepsClosed => _keepClosed;

    /// <summary>How many trades have closed, kept or not.</summary>
    public int ClosedCount => _all.Count;

    /// <summary>The number of open trades.</summary>
    public int OpenCount => _open.Count;

    /// <summary>Whether the run follows drawdown and run-up (<see cref="RunOptions.RecordDrawdown"/>): without, the trades' extremes and equity's are na.</summary>
    public bool RecordsExtremes => _recordExtremes;

    /// <summary>Signed position: positive long, negative short, 0 flat.</summary>
    public double PositionSize => _positionSize;

    /// <summary>Quantity-weighted average entry price of the open trades; na when flat.</summary>
    public double PositionAveragePrice => _positionAveragePrice;

    /// <summary>The entry id of the oldest open trade; null when flat.</summary>
    public string? PositionEntryName => _open.Count == 0 ? null : _open[0].EntryId;

    /// <summary>Σ profit of the closed trades.</summary>
    public double NetProfit => _all.NetProfit;

    /// <summary>Σ profit of the open trades at the last mark.</summary>
    public double OpenProfit
    {
        get
        {
            MakeLaterMark();
            return _openProfit;
        }
    }

    /// <summary>Initial capital + net profit: equity without the open trades (the first term of <see cref="EquityAt"/>'s sum).</summary>
    public double ClosedEquity => _initialCapital + _all.NetProfit;

    /// <summary>Initial capital + net profit + open profit.</summary>
    public double Equity
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // Read on every bar's mark; see Broker.ReadBar.
        get
        {
            MakeLaterMark();
            return ClosedEquity + _openProfit;
        }
    }

    /// <summary>The largest long position after any fill.</summary>
    public double MaxContractsHeldLong => _maxContractsLong;

    /// <summary>The largest short position after any fill (positive).</summary>
    public double MaxContractsHeldShort => _maxContractsShort;

    /// <summary>Fills so far (each opened trade, each closing order): the path walk re-runs the script when it moves.</summary>
    public long Fills => _fills;

    /// <summary>The statistics of all closed trades: <c>strategy.wintrades</c>, <c>grossprofit</c>, ... read them.</summary>
    public ref readonly TradeTally All => ref _all;

    /// <summary>The statistics of the closed trades of <paramref name="side"/> (all when null).</summary>
    public ref readonly TradeTally Tally(Direction? side)
    {
        if (side is null)
        {
            return ref _all;
        }

        return ref side == Direction.Long ? ref _long : ref _short;
    }

    /// <summary>Opens a trade from an entry fill.</summary>
    public void OpenTrade(string id, string? comment, Direction direction, double quantity, int bar, long time, double price, double commission)
    {
        MakeLaterMark();
        // A closed trade is kept as a value (ClosedTradeStore), so its object is free for the next one unless something outside
        // the broker holds it: no allocation per trade.
        Trade trade = _spare.Count > 0 ? _spare.Pop() : new Trade();
        trade.Reopen(_nextTradeNumber++, id, comment, direction, quantity, bar, time, price, commission, _pointValue);
        if (!_recordExtremes)
        {
            trade.HighestPrice = trade.LowestPrice = double.NaN;
            trade.ExtremesHidden = true;
        }

        _open.Add(trade);
        _fills++;
    }

    /// <summary>
    /// Closes <paramref name="quantity"/> units at <paramref name="price"/>, oldest trades first (rule 12:
    /// FIFO; only the trades of <paramref name="entryFilter"/> under <c>close_entries_rule = "ANY"</c>),
    /// splitting the last trade when it is larger than what is left to close (by more than rounding); the order's
    /// <paramref name="commission"/> is shared by quantity.
    /// </summary>
    public void CloseTrades(string? entryFilter, double quantity, string exitId, string? comment, int bar, long time, double price, double commission)
    {
        MakeLaterMark();
        double total = quantity;
        double residue = quantity * RoundingResidue;
        _fills++;
        for (int i = 0; i < _open.Count && quantity > residue;)
        {
            Trade trade = _open[i];
            if (entryFilter is not null && !string.Equals(trade.EntryId, entryFilter, StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            Trade closing = trade;
            if (trade.Quantity - quantity > trade.Quantity * RoundingResidue)
            {
                closing = trade.Split(quantity);
                i++;
            }
            else
            {
                _open.RemoveAt(i);
            }

            closing.Close(exitId, comment, bar, time, price, commission * (closing.Quantity / total));
            quantity -= closing.Quantity;
            Record(closing);
        }

        if (_openTradeHandedOut)
        {
            _openTradeHandedOut = AnyOpenTradeHandedOut();
        }
    }

    private bool AnyOpenTradeHandedOut()
    {
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            if (trade.HandedOut)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>After a fill: the position's size and average price, and the largest position held.</summary>
    public void UpdatePosition()
    {
        double size = 0, cost = 0, units = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
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
    }

    /// <summary>Marks the open trades at <paramref name="price"/>: their profit and the open profit (what the script reads).</summary>
    public void MarkAt(double price)
    {
        _markLater = false;
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            trade.Mark(price);
            openProfit += trade.Profit;
        }

        _openProfit = openProfit;
    }

    /// <summary>
    /// <see cref="MarkAt"/> when something first needs it: the open profit, equity or open trades read, or the trades changed.
    /// For a bar held with nothing to do and nothing recording its equity, in a run not following the path: the next such
    /// bar's mark replaces this one unmade. Marks at once when a script holds one of the open trades' objects, whose
    /// profit it may read without asking the ledger.
    /// </summary>
    public void MarkAtLater(double price)
    {
        if (_openTradeHandedOut)
        {
            MarkAt(price);
            return;
        }

        _laterMarkPrice = price;
        _markLater = true;
    }

    /// <summary>An open trade's object was given to code outside the broker (<see cref="Trade.HandedOut"/> is set on it).</summary>
    public void OpenTradeHandedOut() => _openTradeHandedOut = true;

    private void MakeLaterMark()
    {
        if (_markLater)
        {
            MarkAt(_laterMarkPrice);
        }
    }

    /// <summary>Equity if the open trades were marked at <paramref name="price"/> (nothing is marked).</summary>
    public double EquityAt(double price)
    {
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            openProfit += trade.GrossProfitAt(price, trade.Quantity) - trade.EntryCommission;
        }

        return ClosedEquity + openProfit;
    }

    /// <summary>
    /// The path reached <paramref name="price"/>: each open trade sees it as a possible new extreme (for its
    /// run-up and drawdown). Returns the equity there, in the same pass. Inlined into the path walk: it runs
    /// at every point of every bar with a position.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double MoveTo(double price)
    {
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            if (price > trade.HighestPrice)
            {
                trade.HighestPrice = price;
            }

            if (price < trade.LowestPrice)
            {
                trade.LowestPrice = price;
            }

            openProfit += trade.GrossProfitAt(price, trade.Quantity) - trade.EntryCommission;
        }

        return ClosedEquity + openProfit;
    }

    /// <summary>
    /// The path went through every price from <paramref name="lowest"/> to <paramref name="highest"/> with nothing filling: each
    /// open trade sees both as possible new extremes (as <see cref="MoveTo"/> at each point would, in one pass).
    /// </summary>
    /// <remarks>
    /// Math.Max/Min compile without branches: whether a bar makes a new extreme is a coin toss while a trade is young, and
    /// as compared branches their mispredictions cost the broker benchmark (a trade every ten bars) about a fifth of its
    /// time (docs/performance.md, "Reference strategies").
    /// The range is never na (a path's range leaves na points out), and a trade whose extremes are not recorded keeps its
    /// na (Math.Max/Min return it).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Once a held bar; see Broker.ReadBar.
    public void SeeRange(double lowest, double highest)
    {
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            trade.HighestPrice = Math.Max(trade.HighestPrice, highest);
            trade.LowestPrice = Math.Min(trade.LowestPrice, lowest);
        }
    }

    /// <summary>Whether an order in <paramref name="direction"/> adds to the position (false when flat).</summary>
    public bool SameDirectionAsPosition(Direction direction) =>
        direction == Direction.Long ? _positionSize > 0 : _positionSize < 0;

    /// <summary>The open trades marked at the last bar's close, for the results.</summary>
    public void MarkOpenAtEnd(int lastBar, long lastTime, double lastClose)
    {
        MakeLaterMark();
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            trade.MarkOpenAtEnd(lastBar, lastTime, lastClose);
        }

        if (!_recordExtremes)
        {
            // The run is over: its results read na where its script would have been stopped.
            foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
            {
                trade.ExtremesHidden = false;
            }

            _closed.RevealExtremes();
        }
    }

    private void Record(Trade closed)
    {
        if (_keepClosed)
        {
            _closed.Add(closed);
        }

        _all.Add(closed);
        if (closed.Direction == Direction.Long)
        {
            _long.Add(closed);
        }
        else
        {
            _short.Add(closed);
        }

        if (!closed.HandedOut)
        {
            _spare.Push(closed);
        }
    }
}
