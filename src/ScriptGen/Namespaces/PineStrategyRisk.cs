using System.ComponentModel;
using ScriptGen.Trading;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>strategy.risk</c> namespace, reached as <c>strategy.Risk</c>: rules that shape entries
/// (<see cref="AllowEntryIn"/>, <see cref="MaxPositionSize"/>), stop them for a day (<see cref="MaxIntradayFilledOrders"/>)
/// or halt the strategy for the rest of the run (<see cref="MaxDrawdown"/>, <see cref="MaxIntradayLoss"/>,
/// <see cref="MaxConsLossDays"/>: pending orders cancelled, the position closed as "Close Position (...)", no order
/// placed again). Trading days follow the symbol's session. Pine's <c>alert_message</c> arguments are not supported.
/// </summary>
public readonly struct PineStrategyRisk
{
    private readonly Broker _broker;

    internal PineStrategyRisk(Broker broker, StrategyNamespace implementation)
    {
        _broker = broker;
        Namespace = implementation;
    }

    /// <summary>The registered <c>strategy</c> implementation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public StrategyNamespace Namespace { get; }

    /// <summary>
    /// Entries open positions only in <paramref name="value"/>: an entry the other way closes the position instead of
    /// reversing it, and from flat does nothing. Pine: <c>strategy.risk.allow_entry_in</c>.
    /// </summary>
    public void AllowEntryIn(AllowedDirection value) => Namespace.RiskAllowEntryIn(_broker, value);

    /// <summary>
    /// An entry opens no more units than keep the position at or below <paramref name="contracts"/>; none when it is
    /// there already. Pine: <c>strategy.risk.max_position_size</c>.
    /// </summary>
    public void MaxPositionSize(double contracts) => Namespace.RiskMaxPositionSize(_broker, contracts);

    /// <summary>
    /// Halts the strategy when, on a bar that closes a trade, equity at the close is <paramref name="value"/> (percent of
    /// the highest realized equity, or cash) below the highest realized equity. Pine: <c>strategy.risk.max_drawdown</c>.
    /// </summary>
    public void MaxDrawdown(double value, QuantityType type = QuantityType.PercentOfEquity) => Namespace.RiskMaxDrawdown(_broker, value, type);

    /// <summary>
    /// Halts the strategy when equity at a bar's close is <paramref name="value"/> (percent of the trading day's first
    /// equity, or cash) below the day's first equity. Pine: <c>strategy.risk.max_intraday_loss</c>.
    /// </summary>
    public void MaxIntradayLoss(double value, QuantityType type = QuantityType.PercentOfEquity) => Namespace.RiskMaxIntradayLoss(_broker, value, type);

    /// <summary>
    /// Halts the strategy at the start of the day after <paramref name="count"/> trading days in a row that each ended
    /// with less equity than they started with. Pine: <c>strategy.risk.max_cons_loss_days</c>.
    /// </summary>
    public void MaxConsLossDays(int count) => Namespace.RiskMaxConsecutiveLossDays(_broker, count);

    /// <summary>
    /// The trading day's <paramref name="count"/>-th filled order closes the position and cancels pending orders; no
    /// entry is placed or filled until the next trading day. Pine: <c>strategy.risk.max_intraday_filled_orders</c>.
    /// </summary>
    public void MaxIntradayFilledOrders(int count) => Namespace.RiskMaxIntradayFilledOrders(_broker, count);
}
