using System.ComponentModel;
using ScriptGen.Trading;

namespace ScriptGen.Namespaces;

/// <summary>
/// A strategy's view of Pine's <c>strategy</c> namespace: orders (<c>strategy.Entry("Long", Direction.Long)</c>)
/// and what the script can read of its position, equity and trades. Parameters are Pine's, in Pine's
/// order, named in C# style (<c>oca_name</c> is <c>ocaName</c>); a price or quantity left out is na.
/// Reading anything here allocates nothing.
/// </summary>
public readonly struct PineStrategy
{
    private readonly Broker _broker;

    internal PineStrategy(Broker broker, StrategyNamespace implementation)
    {
        _broker = broker;
        Namespace = implementation;
    }

    /// <summary>The run's broker, which places the orders when the registered implementation is the default one.</summary>
    internal Broker Broker => _broker;

    /// <summary>The registered <c>strategy</c> implementation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public StrategyNamespace Namespace { get; }

    /// <summary>
    /// Pine's <c>strategy.risk.*</c> rules: <c>strategy.Risk.MaxDrawdown(10, QuantityType.PercentOfEquity)</c>. Call them
    /// on every bar, as Pine scripts do at their top level; each call sets its rule for the rest of the run.
    /// </summary>
    public PineStrategyRisk Risk => new(_broker, Namespace);

    /// <summary>Pine's <c>strategy.long</c>.</summary>
    public Direction Long => Direction.Long;

    /// <summary>Pine's <c>strategy.short</c>.</summary>
    public Direction Short => Direction.Short;

    /// <summary>
    /// Opens a position or adds to it (up to <c>Pyramiding</c> entries a direction; more are ignored);
    /// against an open position, reverses it in one order. A market order fills at the next bar's open;
    /// with <paramref name="limit"/> and/or <paramref name="stop"/> it is a limit, stop or stop-limit order.
    /// Reusing the id of a pending order modifies it. Pine: <c>strategy.entry</c>.
    /// </summary>
    /// <param name="id">The entry's id; exits and <see cref="Close"/> refer to it.</param>
    /// <param name="direction">Long or short.</param>
    /// <param name="qty">Units; the strategy's default sizing when omitted.</param>
    /// <param name="limit">Limit price: fills at it or better.</param>
    /// <param name="stop">Stop price: fills when price trades at it or beyond.</param>
    /// <param name="ocaName">One-cancels-all group.</param>
    /// <param name="ocaType">What this order's fill does to the rest of its group.</param>
    /// <param name="comment">Shown as the trade's signal instead of the id.</param>
    public void Entry(
        string id, Direction direction, double qty = double.NaN, double limit = double.NaN, double stop = double.NaN, string? ocaName = null,
        OcaType ocaType = OcaType.None, string? comment = null) =>
        Namespace.Entry(_broker, id, direction, qty, limit, stop, ocaName, ocaType, comment);

    /// <summary>
    /// Buys (<see cref="Direction.Long"/>) or sells <paramref name="qty"/> whatever the position: no
    /// pyramiding limit, and against a position it closes up to its quantity (oldest trades first) and
    /// opens the rest the other way. Pine: <c>strategy.order</c>.
    /// </summary>
    /// <inheritdoc cref="Entry" />
    public void Order(
        string id, Direction direction, double qty = double.NaN, double limit = double.NaN, double stop = double.NaN, string? ocaName = null,
        OcaType ocaType = OcaType.None, string? comment = null) =>
        Namespace.Order(_broker, id, direction, qty, limit, stop, ocaName, ocaType, comment);

    /// <summary>
    /// A bracket exit on each fill of <paramref name="fromEntry"/> (of every entry when omitted), as TradingView
    /// binds one to each pyramided fill: take-profit at <paramref name="limit"/> (or <paramref name="profit"/> ticks
    /// from the fill's price), stop-loss at <paramref name="stop"/> (or <paramref name="loss"/> ticks), and a trailing
    /// stop that arms at <paramref name="trailPrice"/> (or <paramref name="trailPoints"/> ticks from the fill's price)
    /// and follows the best price at <paramref name="trailOffset"/> ticks. The first level reached fills, the others
    /// are cancelled; it can fill on its entry's bar. Calling it again with the same id modifies it.
    /// Pine: <c>strategy.exit</c>.
    /// </summary>
    /// <param name="id">The exit's id, shown as the trade's exit signal.</param>
    /// <param name="fromEntry">The entry whose fills it closes; every entry's when omitted.</param>
    /// <param name="qty">Units to close of each fill; all when omitted.</param>
    /// <param name="qtyPercent">Percent (0–100] of each fill's quantity to close.</param>
    /// <param name="profit">Take-profit distance from the entry price, in ticks.</param>
    /// <param name="limit">Take-profit price.</param>
    /// <param name="loss">Stop-loss distance from the entry price, in ticks.</param>
    /// <param name="stop">Stop-loss price.</param>
    /// <param name="trailPrice">Price that activates the trailing stop.</param>
    /// <param name="trailPoints">Distance from the entry price, in ticks, that activates the trailing stop.</param>
    /// <param name="trailOffset">Distance in ticks the trailing stop keeps behind the best price.</param>
    /// <param name="ocaName">A reduce group shared with other orders.</param>
    /// <param name="comment">Signal shown for whichever level fills.</param>
    /// <param name="commentProfit">Signal when the take-profit fills.</param>
    /// <param name="commentLoss">Signal when the stop-loss fills.</param>
    /// <param name="commentTrailing">Signal when the trailing stop fills.</param>
    public void Exit(
        string id, string? fromEntry = null, double qty = double.NaN, double qtyPercent = double.NaN, double profit = double.NaN,
        double limit = double.NaN, double loss = double.NaN, double stop = double.NaN, double trailPrice = double.NaN,
        double trailPoints = double.NaN, double trailOffset = double.NaN, string? ocaName = null, string? comment = null,
        string? commentProfit = null, string? commentLoss = null, string? commentTrailing = null) =>
        Namespace.Exit(_broker, id, fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints, trailOffset, ocaName,
            comment, commentProfit, commentLoss, commentTrailing);

    /// <summary>
    /// Closes the open trades of entry <paramref name="id"/> (or <paramref name="qty"/> /
    /// <paramref name="qtyPercent"/> of them) with a market order at the next bar's open, or at this bar's
    /// close when <paramref name="immediately"/>. Pine: <c>strategy.close</c>.
    /// </summary>
    public void Close(string id, string? comment = null, double qty = double.NaN, double qtyPercent = double.NaN, bool immediately = false) =>
        Namespace.Close(_broker, id, comment, qty, qtyPercent, immediately);

    /// <summary>Closes the whole position at the next bar's open, or at this bar's close when <paramref name="immediately"/>. Pine: <c>strategy.close_all</c>.</summary>
    public void CloseAll(string? comment = null, bool immediately = false) => Namespace.CloseAll(_broker, comment, immediately);

    /// <summary>Cancels the pending entry/order with this id and the exits with this exit id. Pine: <c>strategy.cancel</c>.</summary>
    public void Cancel(string id) => Namespace.Cancel(_broker, id);

    /// <summary>Cancels every pending order. Pine: <c>strategy.cancel_all</c>.</summary>
    public void CancelAll() => Namespace.CancelAll(_broker);

    /// <summary>Signed position size: positive long, negative short, 0 flat. Pine: <c>strategy.position_size</c>.</summary>
    public double PositionSize => _broker.PositionSize;

    /// <summary>Average entry price of the open position, na when flat. Pine: <c>strategy.position_avg_price</c>.</summary>
    public double PositionAvgPrice => _broker.PositionAveragePrice;

    /// <summary>The id of the entry that opened the position (its oldest open trade); null when flat. Pine: <c>strategy.position_entry_name</c>.</summary>
    public string? PositionEntryName => _broker.PositionEntryName;

    /// <summary>Initial capital + net profit + open profit. Pine: <c>strategy.equity</c>.</summary>
    public double Equity => _broker.Equity;

    /// <summary>Starting cash. Pine: <c>strategy.initial_capital</c>.</summary>
    public double InitialCapital => _broker.InitialCapital;

    /// <summary>Profit of the closed trades, commission included. Pine: <c>strategy.netprofit</c>.</summary>
    public double NetProfit => _broker.NetProfit;

    /// <summary>Profit of the open trades at the last close, entry commission included. Pine: <c>strategy.openprofit</c>.</summary>
    public double OpenProfit => _broker.OpenProfit;

    /// <summary>Sum of the winning closed trades' profits. Pine: <c>strategy.grossprofit</c>.</summary>
    public double GrossProfit => _broker.GrossProfit;

    /// <summary>Sum of the losing closed trades' losses, positive. Pine: <c>strategy.grossloss</c>.</summary>
    public double GrossLoss => _broker.GrossLoss;

    /// <summary>Closed trades with a profit. Pine: <c>strategy.wintrades</c>.</summary>
    public int WinTrades => _broker.WinningTrades;

    /// <summary>Closed trades with a loss. Pine: <c>strategy.losstrades</c>.</summary>
    public int LossTrades => _broker.LosingTrades;

    /// <summary>Closed trades with a profit of exactly 0. Pine: <c>strategy.eventrades</c>.</summary>
    public int EvenTrades => _broker.EvenTrades;

    /// <summary>The largest fall of equity from a peak so far. Pine: <c>strategy.max_drawdown</c>.</summary>
    public double MaxDrawdown => _broker.MaxDrawdown;

    /// <summary>The largest rise of equity from a trough so far. Pine: <c>strategy.max_runup</c>.</summary>
    public double MaxRunUp => _broker.MaxRunUp;

    /// <summary>The largest position held so far, long or short. Pine: <c>strategy.max_contracts_held_all</c>.</summary>
    public double MaxContractsHeldAll => Math.Max(_broker.MaxContractsHeldLong, _broker.MaxContractsHeldShort);

    /// <summary>The largest long position held so far. Pine: <c>strategy.max_contracts_held_long</c>.</summary>
    public double MaxContractsHeldLong => _broker.MaxContractsHeldLong;

    /// <summary>The largest short position held so far. Pine: <c>strategy.max_contracts_held_short</c>.</summary>
    public double MaxContractsHeldShort => _broker.MaxContractsHeldShort;

    /// <summary>
    /// The closed trades, in the order they closed: <c>ClosedTrades.Count</c> is Pine's <c>strategy.closedtrades</c>,
    /// and <c>ClosedTrades[n].EntryPrice</c>, <c>.Profit</c>, <c>.MaxRunUp</c>... are Pine's <c>strategy.closedtrades.*(n)</c>.
    /// </summary>
    public TradeList ClosedTrades => _broker.ClosedTrades;

    /// <summary>
    /// The open trades, oldest first: <c>OpenTrades.Count</c> is Pine's <c>strategy.opentrades</c>, and
    /// <c>OpenTrades[n].EntryPrice</c>, <c>.Profit</c>... are Pine's <c>strategy.opentrades.*(n)</c>.
    /// </summary>
    public TradeList OpenTrades => _broker.OpenTrades;

    /// <summary>The number of open trades. Pine: <c>strategy.opentrades</c>.</summary>
    public int OpenTradeCount => _broker.OpenTradeCount;

    /// <summary>
    /// The capital the open trades hold: the sum of their entry values (|size| × entry price × point value), not
    /// marked to market; 0 while flat, na when the strategy requires no margin on either side (<c>MarginLong</c> and
    /// <c>MarginShort</c> both 0). Pine: <c>strategy.opentrades.capital_held</c>.
    /// </summary>
    public double OpenTradesCapitalHeld => _broker.CapitalHeld;

    /// <summary>
    /// The price at which the open position would be margin called (equity there equals the margin the position needs
    /// there), on the tick grid: rounded down for a long (it can be negative), up for a short; na while flat and when the
    /// position's side requires no margin. Pine: <c>strategy.margin_liquidation_price</c>.
    /// </summary>
    public double MarginLiquidationPrice => _broker.MarginLiquidationPrice;
}
