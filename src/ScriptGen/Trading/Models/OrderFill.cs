namespace ScriptGen.Trading.Models;

/// <summary>
/// An order at the moment it fills, as a commission or slippage model sees it: what kind of order,
/// which side, how much, at what price, and what it does to the position. Built on the stack for each
/// fill; models receive it by reference.
/// </summary>
/// <param name="Id">
/// The order's id: the entry id for <c>strategy.entry</c>/<c>order</c>, the exit id for <c>strategy.exit</c>, the
/// entry id for <c>strategy.close</c>, <c>Close position order</c> for <c>close_all</c>, <c>Margin call</c> for a liquidation.
/// </param>
/// <param name="Type">Market, limit, stop or stop-limit; for an exit, the leg that filled (take-profit: limit; stop-loss and trailing stop: stop).</param>
/// <param name="Side"><see cref="Direction.Long"/> for a buy, <see cref="Direction.Short"/> for a sell.</param>
/// <param name="Role">Entry, exit or reversal.</param>
/// <param name="Quantity">Units the order fills, all its legs together (a reversal's closing and opening units); positive.</param>
/// <param name="Price">
/// The fill price: for a slippage model, where the order fills before slippage (the open, the close, a stop's level);
/// for a commission model, where it filled, slippage included.
/// </param>
public readonly record struct OrderFill(string Id, OrderType Type, Direction Side, OrderRole Role, double Quantity, double Price);
