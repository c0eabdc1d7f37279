using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// One trade: an entry fill and, once closed, the exit fill, with what Pine's
/// <c>strategy.closedtrades.*(n)</c> / <c>strategy.opentrades.*(n)</c> accessors return. Prices are fill
/// prices (slippage included); money is in the symbol's currency, commission included.
/// </summary>
/// <remarks>
/// The broker keeps one instance per trade for the whole run: while the trade is open its
/// <see cref="Profit"/>, <see cref="MaxRunUp"/> and <see cref="MaxDrawdown"/> follow the market, and
/// when it closes its exit fields are set. A partial exit closes a new trade for the exited
/// quantity and leaves this one open with the rest.
/// </remarks>
public sealed class Trade
{
    // The trade's state is one struct so that a closed trade can be kept as a value (ClosedTradeStore) and only become an
    // object again when read: a run's closed trades as objects live until it ends, and the collector copying them cost more
    // than the rest of a busy broker's work.
    // Cleared and copied in place, not assigned whole: TradeRecord says why.
    private TradeRecord _record;

    internal Trade() => _record.Clear();

    /// <summary>A trade with <paramref name="record"/>'s state (a closed trade read from where the run keeps it).</summary>
    internal Trade(in TradeRecord record) => record.CopyTo(ref _record);

    /// <summary>The trade's state, as the run keeps a closed trade.</summary>
    internal ref readonly TradeRecord Record => ref _record;

    /// <summary>The trade's number, 1-based, in order of entry (the Strategy Tester's "Trade #"); a partial exit's trade keeps its entry's number.</summary>
    public int Number { get => _record.Number; internal set => _record.Number = value; }

    /// <summary>Long or short.</summary>
    public Direction Direction { get => _record.Direction; internal set => _record.Direction = value; }

    /// <summary>Contracts/units traded (positive).</summary>
    public double Quantity { get => _record.Quantity; internal set => _record.Quantity = value; }

    /// <summary>Pine's <c>size</c>: <see cref="Quantity"/>, negative for a short trade.</summary>
    public double Size => Direction == Direction.Long ? Quantity : -Quantity;

    /// <summary>The id of the entry order (Pine's <c>entry_id</c>).</summary>
    public string EntryId { get => _record.EntryId; internal set => _record.EntryId = value; }

    /// <summary>The entry order's comment, if it had one (Pine's <c>entry_comment</c>).</summary>
    public string? EntryComment { get => _record.EntryComment; internal set => _record.EntryComment = value; }

    /// <summary>The index of the bar the entry filled on (Pine's <c>entry_bar_index</c>).</summary>
    public int EntryBar { get => _record.EntryBar; internal set => _record.EntryBar = value; }

    /// <summary>The open time of that bar, Unix milliseconds UTC (Pine's <c>entry_time</c>).</summary>
    public long EntryTime { get => _record.EntryTime; internal set => _record.EntryTime = value; }

    /// <summary>The entry fill price (Pine's <c>entry_price</c>).</summary>
    public double EntryPrice { get => _record.EntryPrice; internal set => _record.EntryPrice = value; }

    /// <summary>
    /// What closed the trade, as the Strategy Tester names it (Pine's <c>exit_id</c>): the id of a
    /// reversing entry or of a <c>strategy.exit</c>/<c>strategy.order</c>, <c>Close entry(s) order ID</c> for
    /// <c>strategy.close</c>, <c>Close position order</c> for <c>strategy.close_all</c>, <c>Margin call</c>;
    /// <c>null</c> while open.
    /// </summary>
    public string? ExitId { get => _record.ExitId; internal set => _record.ExitId = value; }

    /// <summary>The exit order's comment, if it had one (Pine's <c>exit_comment</c>).</summary>
    public string? ExitComment { get => _record.ExitComment; internal set => _record.ExitComment = value; }

    /// <summary>The index of the bar the exit filled on; -1 while the trade is open (see <see cref="MarkBar"/> for one open at the end of a run).</summary>
    public int ExitBar { get => _record.ExitBar; internal set => _record.ExitBar = value; }

    /// <summary>The open time of <see cref="ExitBar"/>, Unix milliseconds UTC; 0 while the trade is open.</summary>
    public long ExitTime { get => _record.ExitTime; internal set => _record.ExitTime = value; }

    /// <summary>The exit fill price; na while the trade is open (see <see cref="MarkPrice"/> for one open at the end of a run).</summary>
    public double ExitPrice { get => _record.ExitPrice; internal set => _record.ExitPrice = value; }

    /// <summary>
    /// For a trade still open at the end of a run, the last bar's index: the bar its <see cref="Profit"/> is marked to.
    /// A mark is not a fill; it is kept apart from <see cref="ExitBar"/> so no export reads as an exit. -1 for a closed trade
    /// and during a run.
    /// </summary>
    public int MarkBar { get => _record.MarkBar; internal set => _record.MarkBar = value; }

    /// <summary>The open time of <see cref="MarkBar"/>, Unix milliseconds UTC; 0 when there is no mark.</summary>
    public long MarkTime { get => _record.MarkTime; internal set => _record.MarkTime = value; }

    /// <summary>The price a trade open at the end of a run is marked to: the last close. na when there is no mark.</summary>
    public double MarkPrice { get => _record.MarkPrice; internal set => _record.MarkPrice = value; }

    /// <summary>
    /// Net profit (Pine's <c>profit</c>): (exit − entry) × quantity × point value × side, less the
    /// commission paid. For an open trade: at the last close, less the entry commission.
    /// </summary>
    public double Profit { get => _record.Profit; internal set => _record.Profit = value; }

    /// <summary><see cref="Profit"/> as a percent of the entry's value (entry price × quantity × point value).</summary>
    public double ProfitPercent => Profit / EntryValue * 100;

    /// <summary>Commission paid on the entry and exit fills (Pine's <c>commission</c>); the entry's alone while open.</summary>
    public double Commission => EntryCommission + ExitCommission;

    /// <summary>
    /// The largest profit the trade showed while open (Pine's <c>max_runup</c>): the best price it
    /// reached on the assumed intrabar path after the entry fill, less the entry commission; 0 if never positive. na in the
    /// results of a run that did not follow the paths (<see cref="RunOptions.RecordDrawdown"/> false), as are the other run-up
    /// and drawdown figures; a script that reads them during such a run stops (a <see cref="ScriptEngineException"/> says so).
    /// </summary>
    public double MaxRunUp => ExtremesHidden
        ? throw Trading.Broker.DrawdownNotRecorded("a trade's max_runup")
        : Math.Max(0, FavorableMove * Quantity * PointValue - EntryCommission);

    /// <summary><see cref="MaxRunUp"/> as a percent of the entry's value.</summary>
    public double MaxRunUpPercent => MaxRunUp / EntryValue * 100;

    /// <summary>
    /// The largest loss the trade showed while open (Pine's <c>max_drawdown</c>), as a positive amount:
    /// the worst price it reached on the assumed intrabar path after the entry fill, plus the entry commission.
    /// </summary>
    public double MaxDrawdown => ExtremesHidden
        ? throw Trading.Broker.DrawdownNotRecorded("a trade's max_drawdown")
        : Math.Max(0, AdverseMove * Quantity * PointValue + EntryCommission);

    /// <summary><see cref="MaxDrawdown"/> as a percent of the entry's value.</summary>
    public double MaxDrawdownPercent => MaxDrawdown / EntryValue * 100;

    /// <summary>Whether the trade is open (during a run), or was still open at the end of the data.</summary>
    public bool IsOpen { get => _record.IsOpen; internal set => _record.IsOpen = value; }

    /// <summary>The Strategy Tester's "Signal" for the entry: the comment when given, else the id.</summary>
    public string EntrySignal => EntryComment ?? EntryId;

    /// <summary>The Strategy Tester's "Signal" for the exit: the comment when given, else <see cref="ExitId"/> (<c>Open</c> for an open trade).</summary>
    public string ExitSignal => ExitComment ?? ExitId ?? "Open";

    /// <summary>
    /// The number of bars the trade spanned: exit bar − entry bar; for a trade open at the end of a run, to its
    /// <see cref="MarkBar"/>; 0 while open during a run.
    /// </summary>
    public int BarsHeld => ExitBar >= 0 ? ExitBar - EntryBar : MarkBar >= 0 ? MarkBar - EntryBar : 0;

    /// <summary>The commission of the entry fill (this trade's share of it after a partial exit).</summary>
    internal double EntryCommission { get => _record.EntryCommission; set => _record.EntryCommission = value; }

    /// <summary>The commission of the exit fill (this trade's share of the exit order's).</summary>
    internal double ExitCommission { get => _record.ExitCommission; set => _record.ExitCommission = value; }

    /// <summary>The highest price on the assumed path since the entry fill.</summary>
    internal double HighestPrice { get => _record.HighestPrice; set => _record.HighestPrice = value; }

    /// <summary>The lowest price on the assumed path since the entry fill.</summary>
    internal double LowestPrice { get => _record.LowestPrice; set => _record.LowestPrice = value; }

    /// <summary>
    /// Set while a run that does not follow the paths is under way (its extremes are na): a script must not branch on a figure
    /// the run does not compute, so reading run-up or drawdown then throws; cleared when the run ends, for its results.
    /// </summary>
    internal bool ExtremesHidden { get => _record.ExtremesHidden; set => _record.ExtremesHidden = value; }

    /// <summary>The symbol's point value: money per unit per point of price.</summary>
    internal double PointValue { get => _record.PointValue; set => _record.PointValue = value; }

    /// <summary>+1 for long, −1 for short.</summary>
    internal int Side => Direction == Direction.Long ? 1 : -1;

    private double EntryValue => EntryPrice * Quantity * PointValue;

    private double FavorableMove => Side > 0 ? HighestPrice - EntryPrice : EntryPrice - LowestPrice;

    private double AdverseMove => Side > 0 ? EntryPrice - LowestPrice : HighestPrice - EntryPrice;

    /// <summary>A new open trade from an entry fill.</summary>
    internal static Trade Open(
        int number, string id, string? comment, Direction direction, double quantity, int bar, long time, double price, double commission, double pointValue)
    {
        var trade = new Trade();
        trade.Reopen(number, id, comment, direction, quantity, bar, time, price, commission, pointValue);
        return trade;
    }

    /// <summary>
    /// Whether this object was given to code outside the broker during the run (a script's <c>strategy.opentrades</c>): the
    /// broker then never reuses it for a later trade, so what was given keeps describing this trade.
    /// </summary>
    internal bool HandedOut { get; set; }

    /// <summary>Makes this object a new open trade from an entry fill (a new one, or one the broker closed and took back).</summary>
    internal void Reopen(
        int number, string id, string? comment, Direction direction, double quantity, int bar, long time, double price, double commission, double pointValue)
    {
        _record.Clear();
        _record.Number = number;
        _record.EntryId = id;
        _record.EntryComment = comment;
        _record.Direction = direction;
        _record.Quantity = quantity;
        _record.EntryBar = bar;
        _record.EntryTime = time;
        _record.EntryPrice = price;
        _record.EntryCommission = commission;
        _record.HighestPrice = price;
        _record.LowestPrice = price;
        _record.IsOpen = true;
        _record.PointValue = pointValue;
        HandedOut = false;
    }

    /// <summary>Gross profit of <paramref name="quantity"/> units closed at <paramref name="price"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Four times a held bar (its equity along the path); see Broker.ReadBar.
    internal double GrossProfitAt(double price, double quantity) => (price - EntryPrice) * quantity * Side * PointValue;

    /// <summary>Splits off <paramref name="quantity"/> units (less than all) as a new trade, moving their share of the entry commission.</summary>
    internal Trade Split(double quantity)
    {
        double share = EntryCommission * (quantity / Quantity);
        var part = (Trade)MemberwiseClone();
        part.Quantity = quantity;
        part.EntryCommission = share;
        Quantity -= quantity;
        EntryCommission -= share;
        return part;
    }

    /// <summary>Records the exit fill: the trade is closed.</summary>
    internal void Close(string exitId, string? exitComment, int bar, long time, double price, double exitCommission)
    {
        ExitId = exitId;
        ExitComment = exitComment;
        ExitBar = bar;
        ExitTime = time;
        ExitPrice = price;
        ExitCommission = exitCommission;
        HighestPrice = Math.Max(HighestPrice, price); // The exit fill is the last price the trade saw (slippage included).
        LowestPrice = Math.Min(LowestPrice, price);
        Profit = GrossProfitAt(price, Quantity) - EntryCommission - exitCommission;
        IsOpen = false;
    }

    /// <summary>Marks the open trade to <paramref name="price"/>: its profit if it closed there, entry commission paid.</summary>
    internal void Mark(double price) => Profit = GrossProfitAt(price, Quantity) - EntryCommission;

    /// <summary>The final state of a trade still open after the last bar: marked at its close, as the Strategy Tester shows it.</summary>
    internal void MarkOpenAtEnd(int lastBar, long lastTime, double lastClose)
    {
        MarkBar = lastBar;
        MarkTime = lastTime;
        MarkPrice = lastClose;
        Mark(lastClose);
    }
}
