using System.Globalization;

namespace ScriptGen.Trading;

/// <summary>
/// One strategy run's broker emulator: takes the script's orders, fills them as TradingView's broker
/// emulator does, and keeps the position, the trades and the equity curve.
/// </summary>
/// <remarks>
/// <para>Fill rules implemented (numbers from broker-rules.md): the script runs after a bar closes
/// and its market orders fill at the next bar's open (rules 1, 2); pending orders fill in the order
/// they were placed; an entry against the open position closes it and opens the new one in the same
/// fill (rule 11); same-direction entries beyond the pyramiding limit are ignored (rule 10);
/// closing is FIFO (rule 12); equity is initial capital + net profit + open profit (rule 18).</para>
/// <para>Orders still pending after the last bar never fill. A position still open at the end stays
/// open and is reported with its open P&amp;L at the last close.</para>
/// </remarks>
public sealed class Broker
{
    private readonly StrategySettings _settings;
    private readonly SymbolInfo _symbol;
    private readonly List<PendingOrder> _pending = new(4);
    private readonly List<OpenEntry> _open = new(4);
    private readonly List<Trade> _closed = new();
    private readonly double[] _equity;
    private double _netProfit;
    private double _openProfit;
    private int _nextTradeNumber = 1;
    private int _currentBar = -1;

    internal Broker(StrategySettings settings, SymbolInfo symbol, int barCount)
    {
        _settings = settings;
        _symbol = symbol;
        _equity = new double[barCount];
    }

    /// <summary>The run's trading settings.</summary>
    public StrategySettings Settings => _settings;

    /// <summary>Starting cash.</summary>
    public double InitialCapital => _settings.InitialCapital;

    /// <summary>Signed position: positive long, negative short, 0 flat. Pine's <c>strategy.position_size</c>.</summary>
    public double PositionSize
    {
        get
        {
            double size = 0;
            foreach (OpenEntry entry in _open)
            {
                size += entry.Sign * entry.Quantity;
            }

            return size;
        }
    }

    /// <summary>Quantity-weighted average entry price of the open position; na when flat. Pine's <c>strategy.position_avg_price</c>.</summary>
    public double PositionAveragePrice
    {
        get
        {
            double quantity = 0, cost = 0;
            foreach (OpenEntry entry in _open)
            {
                quantity += entry.Quantity;
                cost += entry.Quantity * entry.Price;
            }

            return quantity == 0 ? double.NaN : cost / quantity;
        }
    }

    /// <summary>Profit of all closed trades. Pine's <c>strategy.netprofit</c>.</summary>
    public double NetProfit => _netProfit;

    /// <summary>Unrealized profit of the open trades at the last close. Pine's <c>strategy.openprofit</c>.</summary>
    public double OpenProfit => _openProfit;

    /// <summary>Initial capital + net profit + open profit. Pine's <c>strategy.equity</c>.</summary>
    public double Equity => _settings.InitialCapital + _netProfit + _openProfit;

    /// <summary>The closed trades, oldest first.</summary>
    public IReadOnlyList<Trade> ClosedTrades => _closed;

    /// <summary>The number of open trades. Pine's <c>strategy.opentrades</c>.</summary>
    public int OpenTradeCount => _open.Count;

    /// <summary>The open trades, oldest first (exit fields unset).</summary>
    public IReadOnlyList<Trade> OpenTrades
    {
        get
        {
            var trades = new Trade[_open.Count];
            for (int i = 0; i < trades.Length; i++)
            {
                trades[i] = _open[i].ToOpenTrade();
            }

            return trades;
        }
    }

    internal ReadOnlyMemory<double> EquityCurve => _equity;

    /// <summary>
    /// <c>strategy.entry</c>: a market order to open a position, reversing an opposite one. A pending
    /// entry with the same id is replaced.
    /// </summary>
    public void Entry(string id, Direction direction, double? quantity, string? comment)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        double qty = quantity ?? _settings.DefaultQuantity;
        if (!(qty > 0) || double.IsInfinity(qty))
        {
            throw new ArgumentOutOfRangeException(
                nameof(quantity), quantity, $"strategy.entry(\"{id}\"): quantity must be a positive number; got {qty.ToString(CultureInfo.InvariantCulture)}.");
        }

        var order = new PendingOrder(OrderKind.Entry, id, direction, qty, comment, _currentBar);
        for (int i = 0; i < _pending.Count; i++)
        {
            if (_pending[i].Kind == OrderKind.Entry && _pending[i].Id == id)
            {
                _pending[i] = order; // Reusing a pending order's id modifies that order.
                return;
            }
        }

        _pending.Add(order);
    }

    /// <summary><c>strategy.close</c>: a market order closing the open trades entered with <paramref name="id"/>.</summary>
    public void Close(string id, string? comment)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _pending.Add(new PendingOrder(OrderKind.Close, id, Direction.Long, 0, comment, _currentBar));
    }

    /// <summary><c>strategy.close_all</c>: a market order closing the whole position.</summary>
    public void CloseAll(string? comment) =>
        _pending.Add(new PendingOrder(OrderKind.CloseAll, string.Empty, Direction.Long, 0, comment, _currentBar));

    /// <summary>
    /// A bar has closed and the script is about to run on it: orders pending from the previous bar
    /// fill at its open, then the position is marked to its close, which is what the script sees
    /// (it runs after the close) and what the equity curve records.
    /// </summary>
    internal void OnBar(int bar, long time, double open, double close)
    {
        _currentBar = bar;
        if (_pending.Count > 0)
        {
            // Orders fill in the order they were placed; each sees the position the previous left.
            foreach (PendingOrder order in _pending)
            {
                Fill(order, bar, time, open);
            }

            _pending.Clear();
        }

        MarkToClose(bar, close);
    }

    private void MarkToClose(int bar, double close)
    {
        double openProfit = 0;
        foreach (OpenEntry entry in _open)
        {
            openProfit += (close - entry.Price) * entry.Quantity * entry.Sign * _symbol.PointValue;
        }

        _openProfit = openProfit;
        _equity[bar] = _settings.InitialCapital + _netProfit + openProfit;
    }

    /// <summary>The open trades marked at the last bar's close, for the results.</summary>
    internal IReadOnlyList<Trade> MarkOpenTrades(int lastBar, long lastTime, double lastClose)
    {
        var trades = new Trade[_open.Count];
        for (int i = 0; i < trades.Length; i++)
        {
            OpenEntry entry = _open[i];
            trades[i] = entry.ToOpenTrade() with
            {
                ExitBar = lastBar,
                ExitTime = lastTime,
                ExitPrice = lastClose,
                Profit = (lastClose - entry.Price) * entry.Quantity * entry.Sign * _symbol.PointValue,
            };
        }

        return trades;
    }

    private void Fill(PendingOrder order, int bar, long time, double price)
    {
        switch (order.Kind)
        {
            case OrderKind.Entry:
                FillEntry(order, bar, time, price);
                break;
            case OrderKind.Close:
                CloseWhere(order.Id, $"Close entry(s) order {order.Id}", order.Comment, bar, time, price);
                break;
            case OrderKind.CloseAll:
                CloseWhere(null, "Close position order", order.Comment, bar, time, price);
                break;
        }
    }

    private void FillEntry(PendingOrder order, int bar, long time, double price)
    {
        if (_open.Count > 0 && _open[0].Direction != order.Direction)
        {
            // Reversal (rule 11): one order closes the position and opens the new one.
            CloseWhere(null, order.Id, order.Comment, bar, time, price);
        }
        else if (_open.Count >= _settings.MaxEntriesPerDirection)
        {
            return; // Pyramiding limit reached (rule 10): the entry is ignored.
        }

        _open.Add(new OpenEntry
        {
            Number = _nextTradeNumber++,
            Id = order.Id,
            Comment = order.Comment,
            Direction = order.Direction,
            Quantity = order.Quantity,
            Bar = bar,
            Time = time,
            Price = price,
        });
    }

    private void CloseWhere(string? entryId, string exitId, string? comment, int bar, long time, double price)
    {
        // FIFO (rule 12): oldest first; with an id, only that entry's trades.
        for (int i = 0; i < _open.Count;)
        {
            OpenEntry entry = _open[i];
            if (entryId is not null && entry.Id != entryId)
            {
                i++;
                continue;
            }

            double profit = (price - entry.Price) * entry.Quantity * entry.Sign * _symbol.PointValue;
            _netProfit += profit;
            _closed.Add(entry.ToClosedTrade(exitId, comment, bar, time, price, profit));
            _open.RemoveAt(i);
        }
    }
}
