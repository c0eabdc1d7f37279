using System.Runtime.InteropServices;
using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// One strategy run's broker emulator: takes the script's orders, fills them as TradingView's broker
/// emulator does (the rules of shared/pine/broker-rules.md, numbered in the comments), and keeps the
/// position, the trades, the equity curve and the running statistics the script can read.
/// </summary>
/// <remarks>
/// <para>Each bar, before the script runs on it: orders pending from earlier bars are matched against
/// the bar's assumed price path (<see cref="IFillModel"/>): market orders at the open, price orders where
/// the path first reaches them; then the position is marked to the close. After the script ran, a
/// close pass fills <c>immediately</c> closes and, with <c>process_orders_on_close</c>, the orders the
/// script just placed. <c>docs/strategy.md</c> states every rule and the choices made where
/// TradingView's behaviour is not documented.</para>
/// <para>Orders still pending after the last bar never fill. A position still open at the end stays
/// open and is reported with its P&amp;L at the last close.</para>
/// </remarks>
public sealed partial class Broker
{
    private readonly StrategySettings _settings;
    private readonly SymbolInfo _symbol;
    private readonly double _tick;
    private readonly double _pointValue;
    private readonly IFillModel _fillModel;
    private readonly ICommissionModel _commission;
    private readonly ISlippageModel _slippage;
    private readonly double[] _path;
    private readonly double[] _equity;
    private readonly double _marginLongRatio;
    private readonly double _marginShortRatio;
    private readonly bool _marginCallsEnabled;

    private readonly List<Trade> _open = new(4);
    private readonly List<Trade> _closed = new();
    private EquityExtremes _extremes;
    private double _positionSize;
    private double _positionAveragePrice = double.NaN;
    private double _realized;
    private double _openProfit;
    private double _grossProfit;
    private double _grossLoss;
    private int _winners;
    private int _losers;
    private int _evens;
    private int _nextTradeNumber = 1;
    private double _maxContractsLong;
    private double _maxContractsShort;
    private int _marginCallsLong;
    private int _marginCallsShort;

    private int _bar = -1;
    private long _time;
    private double _close = double.NaN;

    internal Broker(StrategySettings settings, SymbolInfo symbol, int barCount, IFillModel? fillModel = null,
        ICommissionModel? commissionModel = null, ISlippageModel? slippageModel = null)
    {
        _settings = settings;
        _symbol = symbol;
        _tick = symbol.MinTick;
        _pointValue = symbol.PointValue;
        _fillModel = fillModel ?? TradingViewFillModel.Instance;
        _commission = commissionModel ?? new StrategyCommissionModel(settings.CommissionType, settings.CommissionValue);
        _slippage = slippageModel ?? new TickSlippageModel(settings.Slippage);
        if (_fillModel.MaxPathLength < 2)
        {
            throw new ScriptEngineException(
                $"Fill model {_fillModel.GetType().Name} declares MaxPathLength {_fillModel.MaxPathLength}; a path has at least 2 points (the open and the close).");
        }

        _path = new double[_fillModel.MaxPathLength];
        _marginLongRatio = settings.MarginLong / 100;
        _marginShortRatio = settings.MarginShort / 100;
        _marginCallsEnabled = _marginLongRatio > 0 || _marginShortRatio > 0;
        _equity = new double[barCount];
        _extremes = new EquityExtremes(settings.InitialCapital);
    }

    /// <summary>The run's trading settings.</summary>
    public StrategySettings Settings => _settings;

    /// <summary>The traded symbol.</summary>
    public SymbolInfo Symbol => _symbol;

    /// <summary>Starting cash. Pine's <c>strategy.initial_capital</c>.</summary>
    public double InitialCapital => _settings.InitialCapital;

    /// <summary>Signed position: positive long, negative short, 0 flat. Pine's <c>strategy.position_size</c>.</summary>
    public double PositionSize => _positionSize;

    /// <summary>Quantity-weighted average entry price of the open position; na when flat. Pine's <c>strategy.position_avg_price</c>.</summary>
    public double PositionAveragePrice => _positionAveragePrice;

    /// <summary>The entry id of the oldest open trade; null when flat. Pine's <c>strategy.position_entry_name</c>.</summary>
    public string? PositionEntryName => _open.Count == 0 ? null : _open[0].EntryId;

    /// <summary>Profit of all closed trades, commission included. Pine's <c>strategy.netprofit</c>.</summary>
    public double NetProfit => _realized;

    /// <summary>Profit of the open trades at the last mark (the last close), entry commission included. Pine's <c>strategy.openprofit</c>.</summary>
    public double OpenProfit => _openProfit;

    /// <summary>Initial capital + net profit + open profit. Pine's <c>strategy.equity</c>.</summary>
    public double Equity => _settings.InitialCapital + _realized + _openProfit;

    /// <summary>Sum of the winning closed trades' profits. Pine's <c>strategy.grossprofit</c>.</summary>
    public double GrossProfit => _grossProfit;

    /// <summary>Sum of the losing closed trades' losses, positive. Pine's <c>strategy.grossloss</c>.</summary>
    public double GrossLoss => _grossLoss;

    /// <summary>Closed trades with a profit. Pine's <c>strategy.wintrades</c>.</summary>
    public int WinningTrades => _winners;

    /// <summary>Closed trades with a loss. Pine's <c>strategy.losstrades</c>.</summary>
    public int LosingTrades => _losers;

    /// <summary>Closed trades with a profit of exactly 0. Pine's <c>strategy.eventrades</c>.</summary>
    public int EvenTrades => _evens;

    /// <summary>The largest fall of intrabar equity from a peak so far. Pine's <c>strategy.max_drawdown</c>.</summary>
    public double MaxDrawdown => _extremes.MaxDrawdown;

    /// <summary>The largest rise of intrabar equity from a trough so far. Pine's <c>strategy.max_runup</c>.</summary>
    public double MaxRunUp => _extremes.MaxRunUp;

    /// <summary>The largest long position held so far. Pine's <c>strategy.max_contracts_held_long</c>.</summary>
    public double MaxContractsHeldLong => _maxContractsLong;

    /// <summary>The largest short position held so far. Pine's <c>strategy.max_contracts_held_short</c>.</summary>
    public double MaxContractsHeldShort => _maxContractsShort;

    /// <summary>The closed trades, in the order they closed. Pine's <c>strategy.closedtrades</c>.</summary>
    public TradeList ClosedTrades => new(_closed);

    /// <summary>The open trades, oldest first. Pine's <c>strategy.opentrades</c>.</summary>
    public TradeList OpenTrades => new(_open);

    /// <summary>The number of open trades. Pine's <c>strategy.opentrades</c>.</summary>
    public int OpenTradeCount => _open.Count;

    /// <summary>Margin calls on long positions so far.</summary>
    public int MarginCallsLong => _marginCallsLong;

    /// <summary>Margin calls on short positions so far.</summary>
    public int MarginCallsShort => _marginCallsShort;

    internal ReadOnlyMemory<double> EquityCurve => _equity;

    internal EquityExtremes Extremes => _extremes;

    internal List<Trade> ClosedTradeList => _closed;

    internal List<Trade> OpenTradeList => _open;

    /// <summary>Whether the script's close pass has anything to do (checked after every <c>Process()</c>).</summary>
    internal bool HasCloseWork => _immediateCount > 0 || (_settings.ProcessOrdersOnClose && _pending.Count > 0);

    /// <summary>
    /// A bar has closed and the script is about to run on it: orders pending from earlier bars fill
    /// along the bar's path, then the position is marked to the close, which is what the script sees
    /// (it runs after the close, rule 1) and what the equity curve records.
    /// </summary>
    internal void OnBar(int bar, long time, double open, double high, double low, double close)
    {
        _bar = bar;
        _time = time;
        _close = close;
        if (_pending.Count == 0 && _open.Count == 0)
        {
            // Flat and idle: equity cannot move, and it was sampled when the position closed.
            _equity[bar] = _settings.InitialCapital + _realized;
            return;
        }

        var fillBar = new FillBar(bar, time, open, high, low, close, _tick);
        int points = _fillModel.Path(fillBar, _path);
        WalkPath(new ReadOnlySpan<double>(_path, 0, points));
        MarkToClose();
    }

    /// <summary>
    /// The script has run on the bar: <c>immediately</c> closes fill at its close, and with
    /// <c>process_orders_on_close</c> every order the script placed gets a fill pass at the close (rule 8).
    /// </summary>
    internal void OnBarClose()
    {
        ProcessCloseTick(_close);
        MarkToClose();
    }

    /// <summary>The open trades marked at the last bar's close, for the results.</summary>
    internal void MarkOpenTradesAtEnd(int lastBar, long lastTime, double lastClose)
    {
        foreach (Trade trade in _open)
        {
            trade.MarkOpenAtEnd(lastBar, lastTime, lastClose);
        }
    }

    private void MarkToClose()
    {
        MarkOpenTrades(_close);
        _equity[_bar] = _settings.InitialCapital + _realized + _openProfit;
    }

    /// <summary>Equity if the open position were marked at <paramref name="price"/>.</summary>
    private double EquityAt(double price)
    {
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            openProfit += trade.GrossProfitAt(price, trade.Quantity) - trade.EntryCommission;
        }

        return _settings.InitialCapital + _realized + openProfit;
    }
}
