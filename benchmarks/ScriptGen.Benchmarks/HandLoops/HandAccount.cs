using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The position, the trades and the equity bookkeeping of one position at a time, shared by the reference
/// strategies' hand loops: what <see cref="EmaCrossStrategyHandLoop"/> writes out inline, as a struct the
/// loops keep in a local, its per-bar methods inlined into the loop.
/// </summary>
/// <remarks>
/// As docs/strategy.md states the broker's bookkeeping: a fill closes the open trade whole at its price and
/// may open a new one there; while a position is open, its trade's highest and lowest price and the equity's
/// drawdown and run-up follow the four-point path and every fill; equity is initial capital + closed profit +
/// open profit; profit is <c>(exit - entry) * quantity * side * pointValue</c>, in the broker's operation
/// order, so every sum is the same double. No commission, no slippage.
/// </remarks>
internal struct HandAccount
{
    private readonly double _capital;
    private readonly double _pointValue;
    private readonly List<HandTrade> _trades;
    private HandEquityExtremes _extremes;
    private double _netProfit;
    private int _position; // +1 long, -1 short, 0 flat
    private double _quantity;
    private int _entryBar;
    private long _entryTime;
    private double _entryPrice;
    private double _highest;
    private double _lowest;

    public HandAccount(double initialCapital, double pointValue)
    {
        _capital = initialCapital;
        _pointValue = pointValue;
        _trades = [];
        _extremes = new HandEquityExtremes(initialCapital);
    }

    /// <summary>+1 long, -1 short, 0 flat.</summary>
    public readonly int Position => _position;

    /// <summary>The open trade's units (0 when flat).</summary>
    public readonly double Quantity => _position == 0 ? 0 : _quantity;

    /// <summary>Equity with the open trade marked at <paramref name="price"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly double EquityAt(double price) =>
        _position == 0 ? _capital + _netProfit : _capital + _netProfit + (price - _entryPrice) * _quantity * _position * _pointValue;

    /// <summary>The path reached <paramref name="price"/> with a position open (callers check) and nothing filling there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MoveTo(double price)
    {
        _highest = Math.Max(_highest, price);
        _lowest = Math.Min(_lowest, price);
        _extremes.Sample(_capital + _netProfit + (price - _entryPrice) * _quantity * _position * _pointValue);
    }

    /// <summary>
    /// The rest of a bar after its open with nothing filling: the nearer extreme, the farther one, the close
    /// (a point equal to the one before adds nothing).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MoveAlongBar(double open, double high, double low, double close, double halfTick)
    {
        if (_position == 0)
        {
            return;
        }

        bool highFirst = HighFirst(open, high, low, halfTick);
        double nearer = highFirst ? high : low, farther = highFirst ? low : high;
        if (nearer != open)
        {
            MoveTo(nearer);
        }

        if (farther != nearer)
        {
            MoveTo(farther);
        }

        if (close != farther)
        {
            MoveTo(close);
        }
    }

    /// <summary>
    /// A bar where at most a market order from the last bar waits (+1 buy, -1 sell, 0 none) for
    /// <paramref name="quantity"/> units: the open, the fill there (an order in the position's direction is
    /// ignored: one entry per direction), the rest of the path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void MarketOrderBar(int pending, double quantity, int bar, long time, double open, double high, double low, double close, double halfTick)
    {
        if (_position != 0)
        {
            MoveTo(open);
        }

        if (pending != 0 && pending != _position)
        {
            Fill(pending, quantity, bar, time, open);
        }

        MoveAlongBar(open, high, low, close, halfTick);
    }

    /// <summary>
    /// A fill at <paramref name="price"/>: the open trade (if any) closes whole there, then a trade of
    /// <paramref name="direction"/> (0: none) and <paramref name="quantity"/> opens there; equity is sampled.
    /// </summary>
    public void Fill(int direction, double quantity, int bar, long time, double price)
    {
        if (_position != 0)
        {
            double profit = (price - _entryPrice) * _quantity * _position * _pointValue;
            _netProfit += profit;
            _trades.Add(new HandTrade(
                _position, _quantity, _entryBar, _entryTime, _entryPrice, bar, time, price, profit, Math.Max(_highest, price), Math.Min(_lowest, price)));
            _position = 0;
        }

        if (direction != 0)
        {
            _position = direction;
            _quantity = quantity;
            _entryBar = bar;
            _entryTime = time;
            _entryPrice = _highest = _lowest = price;
        }

        _extremes.Sample(EquityAt(price));
    }

    /// <summary>The run's result; a trade still open is marked at the last bar's close.</summary>
    public readonly HandStrategyResult Finish(HandBars bars, double[] equity)
    {
        HandTrade? open = null;
        if (_position != 0)
        {
            int last = bars.Count - 1;
            double close = bars.Close[last];
            double mark = (close - _entryPrice) * _quantity * _position * _pointValue;
            open = new HandTrade(_position, _quantity, _entryBar, _entryTime, _entryPrice, last, bars.Time[last], close, mark, _highest, _lowest);
        }

        return new HandStrategyResult(_trades, open, equity, _netProfit,
            new HandExtremes(_extremes.MaxDrawdown, _extremes.MaxDrawdownPercent, _extremes.MaxRunUp, _extremes.MaxRunUpPercent));
    }

    /// <summary>TradingView's path goes to the high first when the open is nearer to it by more than half a tick (rule 3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HighFirst(double open, double high, double low, double halfTick) => (open - low) - (high - open) > halfTick;
}
