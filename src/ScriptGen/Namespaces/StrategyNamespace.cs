using ScriptGen.Trading;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>strategy</c> namespace: the implementation behind a strategy's order calls. Stateless:
/// each run's orders, position and trades live in that run's order book (<see cref="IOrderBook"/>),
/// passed in. Register a subclass under <c>"strategy"</c> to observe or adjust orders: it may drop a call,
/// change its arguments, read the account (<see cref="IOrderBook.Account"/>) or place other orders. Prices
/// and quantities are na (<see cref="double.NaN"/>) when the script did not give them.
/// </summary>
public class StrategyNamespace
{
    /// <summary>The shared default instance.</summary>
    public static StrategyNamespace Default { get; } = new();

    /// <summary><c>strategy.entry(id, direction, qty, limit, stop, oca_name, oca_type, comment)</c>.</summary>
    public virtual void Entry(
        IOrderBook orders, string id, Direction direction, double qty, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        orders.Entry(id, direction, qty, limit, stop, ocaName, ocaType, comment);

    /// <summary><c>strategy.order(id, direction, qty, limit, stop, oca_name, oca_type, comment)</c>.</summary>
    public virtual void Order(
        IOrderBook orders, string id, Direction direction, double qty, double limit, double stop, string? ocaName, OcaType ocaType, string? comment) =>
        orders.Order(id, direction, qty, limit, stop, ocaName, ocaType, comment);

    /// <summary>
    /// <c>strategy.exit(id, from_entry, qty, qty_percent, profit, limit, loss, stop, trail_price, trail_points,
    /// trail_offset, oca_name, comment, comment_profit, comment_loss, comment_trailing)</c>.
    /// </summary>
    public virtual void Exit(
        IOrderBook orders, string id, string? fromEntry, double qty, double qtyPercent, double profit, double limit, double loss, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit,
        string? commentLoss, string? commentTrailing) =>
        orders.Exit(id, fromEntry, qty, qtyPercent, profit, limit, loss, stop, trailPrice, trailPoints, trailOffset, ocaName, comment,
            commentProfit, commentLoss, commentTrailing);

    /// <summary><c>strategy.close(id, comment, qty, qty_percent, immediately)</c>.</summary>
    public virtual void Close(IOrderBook orders, string id, string? comment, double qty, double qtyPercent, bool immediately) =>
        orders.Close(id, comment, qty, qtyPercent, immediately);

    /// <summary><c>strategy.close_all(comment, immediately)</c>.</summary>
    public virtual void CloseAll(IOrderBook orders, string? comment, bool immediately) => orders.CloseAll(comment, immediately);

    /// <summary><c>strategy.cancel(id)</c>.</summary>
    public virtual void Cancel(IOrderBook orders, string id) => orders.Cancel(id);

    /// <summary><c>strategy.cancel_all()</c>.</summary>
    public virtual void CancelAll(IOrderBook orders) => orders.CancelAll();

    /// <summary><c>strategy.risk.allow_entry_in(value)</c>.</summary>
    public virtual void RiskAllowEntryIn(IOrderBook orders, AllowedDirection direction) => orders.RiskAllowEntryIn(direction);

    /// <summary><c>strategy.risk.max_position_size(contracts)</c>.</summary>
    public virtual void RiskMaxPositionSize(IOrderBook orders, double contracts) => orders.RiskMaxPositionSize(contracts);

    /// <summary><c>strategy.risk.max_drawdown(value, type)</c>.</summary>
    public virtual void RiskMaxDrawdown(IOrderBook orders, double value, QuantityType type) => orders.RiskMaxDrawdown(value, type);

    /// <summary><c>strategy.risk.max_intraday_loss(value, type)</c>.</summary>
    public virtual void RiskMaxIntradayLoss(IOrderBook orders, double value, QuantityType type) => orders.RiskMaxIntradayLoss(value, type);

    /// <summary><c>strategy.risk.max_cons_loss_days(count)</c>.</summary>
    public virtual void RiskMaxConsecutiveLossDays(IOrderBook orders, int count) => orders.RiskMaxConsecutiveLossDays(count);

    /// <summary><c>strategy.risk.max_intraday_filled_orders(count)</c>.</summary>
    public virtual void RiskMaxIntradayFilledOrders(IOrderBook orders, int count) => orders.RiskMaxIntradayFilledOrders(count);
}
