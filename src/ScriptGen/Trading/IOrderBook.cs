namespace ScriptGen.Trading;

/// <summary>
/// One strategy run's orders, as a <see cref="Namespaces.StrategyNamespace"/> acts on them: Pine's order
/// calls, which place, modify and cancel orders, and the <see cref="Account"/> they act on. The broker behind
/// it fills the orders as TradingView's broker emulator does (docs/strategy.md). Prices and quantities are
/// na (<see cref="double.NaN"/>) when not given.
/// </summary>
public interface IOrderBook
{
    /// <summary>The position, equity and trades the orders act on.</summary>
    IStrategyAccount Account { get; }

    /// <summary>
    /// <c>strategy.entry</c>: opens a position, adds to it within the pyramiding limit, or reverses an
    /// opposite one in one order (rule 11). Market without <paramref name="limit"/> and <paramref name="stop"/>;
    /// limit, stop, or stop-limit with both (rule 5). Reusing the id of a pending entry or order modifies it.
    /// </summary>
    /// <param name="id">The entry's id.</param>
    /// <param name="direction">Long or short.</param>
    /// <param name="quantity">Units; na for the strategy's default sizing, fixed now (rule 16).</param>
    /// <param name="limit">Limit price, or na.</param>
    /// <param name="stop">Stop price, or na.</param>
    /// <param name="ocaName">OCA group, or null.</param>
    /// <param name="ocaType">What filling this order does to the rest of its OCA group.</param>
    /// <param name="comment">Shown as the trade's signal instead of the id.</param>
    /// <exception cref="ArgumentException">An empty id, a quantity that is not a positive number, a price that is not finite.</exception>
    void Entry(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment);

    /// <summary>
    /// <c>strategy.order</c>: buys or sells <paramref name="quantity"/> whatever the position, ignoring
    /// pyramiding; against a position it closes it (FIFO) and any remainder opens the other way.
    /// </summary>
    /// <inheritdoc cref="Entry" />
    void Order(string id, Direction direction, double quantity, double limit, double stop, string? ocaName, OcaType ocaType, string? comment);

    /// <summary>
    /// <c>strategy.exit</c>: a bracket on each fill of <paramref name="fromEntry"/> (of every entry when null)
    /// and on the entry while it is pending (docs/strategy.md "Exits and pyramided fills"): take-profit
    /// (<paramref name="limit"/>, or <paramref name="profitTicks"/> from the fill's price), stop-loss
    /// (<paramref name="stop"/>, or <paramref name="lossTicks"/>), trailing stop (activation <paramref name="trailPrice"/>
    /// or <paramref name="trailPoints"/> ticks from the fill's price, <paramref name="trailOffset"/> ticks behind the
    /// best price). The first level the path reaches fills and the others are cancelled (rule 6). Reusing the id (with
    /// the same from-entry) modifies it; a call with nothing to protect (no open trade, no pending entry) does
    /// nothing, as in Pine.
    /// </summary>
    /// <param name="id">The exit's id.</param>
    /// <param name="fromEntry">The entry whose fills it closes; null for every entry's.</param>
    /// <param name="quantity">Units to close of each fill, or na.</param>
    /// <param name="quantityPercent">Percent (0-100] of each fill's quantity to close, or na; neither: what the fill's other exits leave.</param>
    /// <param name="profitTicks">Take-profit distance from the entry price in ticks, or na.</param>
    /// <param name="limit">Take-profit price, or na.</param>
    /// <param name="lossTicks">Stop-loss distance from the entry price in ticks, or na.</param>
    /// <param name="stop">Stop-loss price, or na.</param>
    /// <param name="trailPrice">Price that activates the trailing stop, or na.</param>
    /// <param name="trailPoints">Distance from the entry price in ticks that activates the trailing stop, or na.</param>
    /// <param name="trailOffset">Ticks the trailing stop keeps behind the best price, or na (0).</param>
    /// <param name="ocaName">A reduce group shared with other orders, or null.</param>
    /// <param name="comment">Signal for whichever level fills, or null.</param>
    /// <param name="commentProfit">Signal when the take-profit fills, or null.</param>
    /// <param name="commentLoss">Signal when the stop-loss fills, or null.</param>
    /// <param name="commentTrailing">Signal when the trailing stop fills, or null.</param>
    /// <exception cref="ArgumentException">An empty id, no exit level at all, an invalid quantity, percent or offset.</exception>
    void Exit(
        string id, string? fromEntry, double quantity, double quantityPercent, double profitTicks, double limit, double lossTicks, double stop,
        double trailPrice, double trailPoints, double trailOffset, string? ocaName, string? comment, string? commentProfit, string? commentLoss,
        string? commentTrailing);

    /// <summary>
    /// <c>strategy.close</c>: a market order closing the trades of entry <paramref name="id"/>, all of them or
    /// <paramref name="quantity"/> / <paramref name="quantityPercent"/> of them; at the next open, or at this
    /// bar's close when <paramref name="immediately"/>. Does nothing when no trade of that entry is open.
    /// </summary>
    /// <param name="id">The entry whose trades it closes.</param>
    /// <param name="comment">Signal shown for the exit, or null.</param>
    /// <param name="quantity">Units to close, or na.</param>
    /// <param name="quantityPercent">Percent (0-100] of the entry's units to close, or na; neither: all.</param>
    /// <param name="immediately">Fill at this bar's close instead of the next open.</param>
    /// <exception cref="ArgumentException">An empty id, an invalid quantity or percent.</exception>
    void Close(string id, string? comment, double quantity, double quantityPercent, bool immediately);

    /// <summary>
    /// <c>strategy.close_all</c>: a market order closing the whole position, at the next open or, when
    /// <paramref name="immediately"/>, at this bar's close. Does nothing when flat.
    /// </summary>
    /// <param name="comment">Signal shown for the exit, or null.</param>
    /// <param name="immediately">Fill at this bar's close instead of the next open.</param>
    void CloseAll(string? comment, bool immediately);

    /// <summary>
    /// <c>strategy.cancel</c>: cancels the pending entry or order with id <paramref name="id"/> and the exits
    /// with that exit id (not the exits of that entry). A market order can only be cancelled in the
    /// execution that placed it (rule 2): by the next one it has filled.
    /// </summary>
    /// <param name="id">The id of the orders to cancel.</param>
    void Cancel(string id);

    /// <summary><c>strategy.cancel_all</c>: cancels every pending order.</summary>
    void CancelAll();

    /// <summary>
    /// <c>strategy.risk.allow_entry_in</c>: entries open positions only in <paramref name="direction"/>; an entry the
    /// other way closes the position instead of reversing it, and from flat it does nothing.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not an <see cref="AllowedDirection"/>.</exception>
    void RiskAllowEntryIn(AllowedDirection direction);

    /// <summary>
    /// <c>strategy.risk.max_position_size</c>: an entry opens no more units than keep the position at or below
    /// <paramref name="contracts"/> (fewer, on the quantity step; none when the position is at the limit).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not a positive number.</exception>
    void RiskMaxPositionSize(double contracts);

    /// <summary>
    /// <c>strategy.risk.max_drawdown</c>: on a bar that closes a trade, when equity at the close is <paramref name="value"/>
    /// (cash, or percent of the highest realized equity) or more below the highest realized equity, pending orders are
    /// cancelled, the position closes at the close and the strategy places no order again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not positive, a type other than cash or percent of equity.</exception>
    void RiskMaxDrawdown(double value, QuantityType type);

    /// <summary>
    /// <c>strategy.risk.max_intraday_loss</c>: when equity at a bar's close is <paramref name="value"/> (cash, or percent of
    /// the trading day's first equity) or more below the day's first equity, the strategy halts as for <see cref="RiskMaxDrawdown"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that is not positive, a type other than cash or percent of equity.</exception>
    void RiskMaxIntradayLoss(double value, QuantityType type);

    /// <summary>
    /// <c>strategy.risk.max_cons_loss_days</c>: when <paramref name="count"/> trading days in a row ended with less equity
    /// than they started with, the strategy halts at the next day's first open as for <see cref="RiskMaxDrawdown"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1.</exception>
    void RiskMaxConsecutiveLossDays(int count);

    /// <summary>
    /// <c>strategy.risk.max_intraday_filled_orders</c>: the order that fills as the trading day's <paramref name="count"/>-th
    /// closes the position and cancels pending orders; no entry is placed or filled until the next trading day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1.</exception>
    void RiskMaxIntradayFilledOrders(int count);
}
