using System.Runtime.CompilerServices;
using ScriptGen.Trading.Models;

namespace ScriptGen.Trading;

/// <summary>
/// An order the script placed that has not filled (or, for a partial exit, filled and is kept as a
/// marker). Mutable and recycled through the broker's pool, so placing orders allocates nothing
/// once the pool is warm. Prices are na (NaN) when not given.
/// </summary>
internal sealed class PendingOrder
{
    public OrderKind Kind;

    /// <summary>The order's id: the entry id for entries and orders, the exit id for exits, the entry id for <c>Close</c>.</summary>
    public string Id = string.Empty;

    /// <summary>Exits and closes: the entry whose trades they close; null for the whole position.</summary>
    public string? FromEntry;

    /// <summary>Entries and orders: buy (<see cref="Direction.Long"/>) or sell.</summary>
    public Direction Direction;

    /// <summary>Entries and orders: units, fixed when placed. Exits and closes: units, or na for all.</summary>
    public double Quantity;

    /// <summary>
    /// Price entries under <see cref="ReversalSizing.WhenPlaced"/>: the opposite position they were placed
    /// against (0 when placed flat or with the position), traded on top of <see cref="Quantity"/>. na: sized at the fill.
    /// </summary>
    public double PlacedReversal = double.NaN;

    /// <summary>
    /// An exit whose level the bar's open had already gone through, before the first price order filled there:
    /// it fills at that open even when an entry of the same gap reversed the position first (TradingView measured).
    /// </summary>
    public bool GapCommitted;

    /// <summary>A gap-committed exit's units and side (buy: true), fixed before the gap's first price fill.</summary>
    public double GapQuantity;
    public bool GapBuys;

    /// <summary>Exits and closes: a percent of the covered trades' quantity, or na.</summary>
    public double QuantityPercent;

    public double Limit;
    public double Stop;
    public double ProfitTicks;
    public double LossTicks;
    public double TrailPrice;
    public double TrailPoints;
    public double TrailOffset;

    public string? OcaName;
    public OcaType OcaType;
    public string? Comment;
    public string? CommentProfit;
    public string? CommentLoss;
    public string? CommentTrailing;

    /// <summary>Placement order: the tie-break between orders triggered at the same price.</summary>
    public long Sequence;

    /// <summary><c>strategy.close(..., immediately = true)</c>: fills at the close of the bar that placed it.</summary>
    public bool Immediately;

    /// <summary>A stop-limit whose stop has traded: it is now a limit order.</summary>
    public bool StopLimitArmed;

    /// <summary>An exit's levels given in ticks have been turned into prices (from the covered trades' entry price).</summary>
    public bool ExitLevelsResolved;

    /// <summary>
    /// An exit leg: the fill it protects (<see cref="EntryBook"/>; TradingView binds a <c>strategy.exit</c> to each fill of its entry),
    /// or null while it waits for <see cref="TargetEntry"/> to fill.
    /// </summary>
    public EntryBinding? Binding;

    /// <summary>An exit leg: the entry id it protects (its fill's, or the pending entry's it waits for).</summary>
    public string? TargetEntry;

    /// <summary>An exit leg: the units of its fill it closes when it fills (<see cref="OrderBook.Slice"/>); na while it waits.</summary>
    public double Reserved = double.NaN;

    /// <summary>An exit's take-profit, stop-loss and trailing activation prices, once resolved.</summary>
    public double ExitLimit;
    public double ExitStop;
    public double TrailActivation;

    /// <summary>A trailing stop that has activated, and the best price since.</summary>
    public bool TrailArmed;
    public double TrailBest;

    /// <summary>A partial exit leg that filled: kept until its fill is settled, so the same <c>strategy.exit</c> call on later bars does not place it again.</summary>
    public bool Consumed;

    public bool HasLimit => !double.IsNaN(Limit);

    public bool HasStop => !double.IsNaN(Stop);

    /// <summary>Entries and orders without a price, closes: filled at the next price the broker sees.</summary>
    public bool IsMarket
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // Asked on every walk; without dynamic PGO the JIT left it a call.
        get => Kind is OrderKind.Close or OrderKind.CloseAll || (Kind is not OrderKind.Exit && !HasLimit && !HasStop);
    }

    public bool HasTrailing => !double.IsNaN(TrailPrice) || !double.IsNaN(TrailPoints);

    /// <summary>Tie-break class at one price: market orders, then entries and orders, then exits (PyneCore's measured gap batch order).</summary>
    public int Priority => IsMarket ? 0 : Kind == OrderKind.Exit ? 2 : 1;

    /// <summary>
    /// The order's type as commission and slippage models see it; for an exit, the leg that filled
    /// (take-profit: limit; stop-loss and trailing stop: stop).
    /// </summary>
    public OrderType TypeAt(OrderLeg leg)
    {
        if (Kind == OrderKind.Exit)
        {
            return leg == OrderLeg.Limit ? OrderType.Limit : OrderType.Stop;
        }

        if (IsMarket)
        {
            return OrderType.Market;
        }

        return HasLimit && HasStop ? OrderType.StopLimit : HasLimit ? OrderType.Limit : OrderType.Stop;
    }

    /// <summary>
    /// What this exit or close takes out of <paramref name="covered"/> units: <see cref="Quantity"/> units, or
    /// <see cref="QuantityPercent"/> of them rounded down to <paramref name="quantityStep"/>, or all; never more than covered.
    /// </summary>
    public double ClosingQuantity(double covered, double quantityStep)
    {
        if (!double.IsNaN(Quantity))
        {
            return Math.Min(PriceGrid.Quantity(Quantity, quantityStep), covered);
        }

        if (!double.IsNaN(QuantityPercent))
        {
            return Math.Min(PriceGrid.Quantity(covered * QuantityPercent / 100, quantityStep), covered);
        }

        return covered;
    }

    /// <summary>Back to a blank order before it returns to the pool.</summary>
    public void Reset()
    {
        Id = string.Empty;
        FromEntry = null;
        OcaName = null;
        Comment = CommentProfit = CommentLoss = CommentTrailing = null;
        Immediately = StopLimitArmed = ExitLevelsResolved = TrailArmed = Consumed = GapCommitted = false;
        Binding = null;
        TargetEntry = null;
        PlacedReversal = Reserved = double.NaN;
        OcaType = OcaType.None;
    }

    /// <summary>Whether this exit already has exactly these levels and quantities (na equal to na), as a script calling <c>strategy.exit</c> every bar places it.</summary>
    public bool HasSameExit(
        string? fromEntry, double quantity, double quantityPercent, double limit, double stop, double profitTicks, double lossTicks,
        double trailPrice, double trailPoints, double trailOffset) =>
        string.Equals(FromEntry, fromEntry, StringComparison.Ordinal) && Quantity.Equals(quantity) && QuantityPercent.Equals(quantityPercent)
        && Limit.Equals(limit) && Stop.Equals(stop) && ProfitTicks.Equals(profitTicks) && LossTicks.Equals(lossTicks)
        && TrailPrice.Equals(trailPrice) && TrailPoints.Equals(trailPoints) && TrailOffset.Equals(trailOffset);

    /// <summary>Clears the state a modification invalidates: armed stop-limits and resolved exit levels.</summary>
    public void ResetPriceState()
    {
        StopLimitArmed = false;
        ExitLevelsResolved = false;
    }
}
