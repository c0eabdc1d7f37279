using System.ComponentModel;
using ScriptGen.Trading;

namespace ScriptGen.Namespaces;

/// <summary>
/// A strategy's view of Pine's <c>strategy</c> namespace: orders
/// (<c>strategy.Entry("Long", Direction.Long)</c>) and what the script can read of its position,
/// equity and trades.
/// </summary>
public readonly struct PineStrategy
{
    private readonly Broker _broker;

    internal PineStrategy(Broker broker, StrategyNamespace implementation)
    {
        _broker = broker;
        Namespace = implementation;
    }

    /// <summary>The registered <c>strategy</c> implementation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public StrategyNamespace Namespace { get; }

    /// <summary>Pine's <c>strategy.long</c>.</summary>
    public Direction Long => Direction.Long;

    /// <summary>Pine's <c>strategy.short</c>.</summary>
    public Direction Short => Direction.Short;

    /// <summary>
    /// Opens a position with a market order filled at the next bar's open; against an open position
    /// it reverses it in one fill. Same-direction entries beyond <c>Pyramiding</c> are ignored.
    /// Reusing the id of a pending entry replaces it. Pine: <c>strategy.entry(id, direction, qty, comment)</c>.
    /// </summary>
    /// <param name="id">The entry's id; <see cref="Close"/> refers to it.</param>
    /// <param name="direction">Long or short.</param>
    /// <param name="qty">Quantity; the strategy's default quantity when omitted.</param>
    /// <param name="comment">Shown as the trade's signal instead of the id.</param>
    public void Entry(string id, Direction direction, double? qty = null, string? comment = null) =>
        Namespace.Entry(_broker, id, direction, qty, comment);

    /// <summary>
    /// Closes the open trades entered with <paramref name="id"/> with a market order at the next
    /// bar's open. Pine: <c>strategy.close(id, comment)</c>.
    /// </summary>
    public void Close(string id, string? comment = null) => Namespace.Close(_broker, id, comment);

    /// <summary>Closes the whole position at the next bar's open. Pine: <c>strategy.close_all(comment)</c>.</summary>
    public void CloseAll(string? comment = null) => Namespace.CloseAll(_broker, comment);

    /// <summary>Signed position size: positive long, negative short, 0 flat. Pine: <c>strategy.position_size</c>.</summary>
    public double PositionSize => _broker.PositionSize;

    /// <summary>Average entry price of the open position, na when flat. Pine: <c>strategy.position_avg_price</c>.</summary>
    public double PositionAvgPrice => _broker.PositionAveragePrice;

    /// <summary>Initial capital + net profit + open profit. Pine: <c>strategy.equity</c>.</summary>
    public double Equity => _broker.Equity;

    /// <summary>Starting cash. Pine: <c>strategy.initial_capital</c>.</summary>
    public double InitialCapital => _broker.InitialCapital;

    /// <summary>Profit of the closed trades. Pine: <c>strategy.netprofit</c>.</summary>
    public double NetProfit => _broker.NetProfit;

    /// <summary>Unrealized profit at the last close. Pine: <c>strategy.openprofit</c>.</summary>
    public double OpenProfit => _broker.OpenProfit;

    /// <summary>
    /// The closed trades, oldest first: <c>ClosedTrades.Count</c> is Pine's <c>strategy.closedtrades</c>,
    /// and each <see cref="Trade"/> carries what Pine's <c>strategy.closedtrades.*(n)</c> accessors return.
    /// </summary>
    public IReadOnlyList<Trade> ClosedTrades => _broker.ClosedTrades;

    /// <summary>The number of open trades. Pine: <c>strategy.opentrades</c>.</summary>
    public int OpenTradeCount => _broker.OpenTradeCount;
}
