using System.Runtime.CompilerServices;

namespace ScriptGen.Trading;

/// <summary>
/// Where the path reaches a pending order (rules 4-7, 15): whether it triggers on the way from one price
/// to the next, at what level, at what price it fills, and which of its legs. Market orders take the
/// first price; limits and stops their levels, or the current price when it is already through them
/// (a gap); a stop-limit arms on its stop; an exit's bracket offers its nearest leg; a trailing stop
/// arms at its activation level and then trails. Nothing changes here but an exit's resolved levels.
/// </summary>
internal sealed class OrderTriggers
{
    private readonly OrderBook _book;
    private readonly double _tick;
    private readonly int _fillLimitsAssumption;

    public OrderTriggers(OrderBook book, StrategySettings settings, SymbolInfo symbol)
    {
        _book = book;
        _tick = symbol.MinTick;
        _fillLimitsAssumption = settings.BacktestFillLimitsAssumption;
    }

    /// <summary>Whether <paramref name="order"/> triggers on the way from <paramref name="price"/> to <paramref name="to"/>, and where.</summary>
    public bool TryTrigger(PendingOrder order, double price, double to, out Trigger trigger)
    {
        if (order.IsMarket)
        {
            // Market orders take the first price the broker sees after they were placed; an
            // immediately close waits for the close pass.
            trigger = new Trigger(price, price, OrderLeg.Market, TriggerAction.Fill);
            return !order.Immediately;
        }

        if (order.Kind == OrderKind.Exit)
        {
            return TryTriggerExit(order, price, to, out trigger);
        }

        int side = order.Direction == Direction.Long ? 1 : -1;
        if (order.HasStop && !(order.HasLimit && order.StopLimitArmed))
        {
            // A stop, or a stop-limit whose stop has not traded yet (rule 5).
            if (!TryStop(side, order.Stop, price, to, out double level))
            {
                trigger = default;
                return false;
            }

            trigger = order.HasLimit
                ? new Trigger(level, level, OrderLeg.Stop, TriggerAction.ArmStopLimit)
                : new Trigger(level, level == price ? price : order.Stop, OrderLeg.Stop, TriggerAction.Fill);
            return true;
        }

        return TryLimit(side, order.Limit, price, to, out trigger);
    }

    /// <summary>
    /// Adds to <paramref name="band"/> the levels at which <paramref name="order"/> comes in reach of a bar's range: the band
    /// then reaches a range exactly when <see cref="TryTrigger"/> would trigger the order on a move from one end of it to the
    /// other, either way, in one comparison per level (a stop to buy is reached when the top of the range is at or above it,
    /// a limit to buy when its bottom is at or below it, and so on). False, adding nothing, when every range reaches it: a
    /// market order (but an <c>immediately</c> close, which waits for the close pass and is never reached on the path), and
    /// an armed trailing stop, whose level follows the price along the path.
    /// </summary>
    public bool TryAddReach(PendingOrder order, ref ReachBand band)
    {
        if (order.TrailArmed)
        {
            return false;
        }

        if (order.IsMarket)
        {
            return order.Immediately;
        }

        if (order.Kind == OrderKind.Exit)
        {
            AddExitReach(order, ref band);
            return true;
        }

        int side = order.Direction == Direction.Long ? 1 : -1;
        if (order.HasStop && !(order.HasLimit && order.StopLimitArmed))
        {
            AddStopReach(side, order.Stop, ref band);
        }
        else
        {
            AddLimitReach(side, order.Limit, ref band);
        }

        return true;
    }

    private void AddExitReach(PendingOrder order, ref ReachBand band)
    {
        int side;
        if (order.GapCommitted)
        {
            side = order.GapBuys ? 1 : -1;
        }
        else if (order.Consumed || !(OrderBook.LegQuantity(order) > 0))
        {
            return; // Nothing left to fill: never reached.
        }
        else
        {
            ResolveExitLevels(order);
            side = order.Binding!.Direction == Direction.Long ? -1 : 1;
        }

        // The trailing stop not yet armed arms at its activation level, reached as a stop on the other side.
        AddStopReach(side, order.ExitStop, ref band);
        AddStopReach(-side, order.TrailActivation, ref band);
        AddLimitReach(side, order.ExitLimit, ref band);
    }

    /// <summary><see cref="TryStop"/> from either end of the range to the other: a stop to buy is reached by the range's top, one to sell by its bottom (na never).</summary>
    private static void AddStopReach(int side, double stop, ref ReachBand band)
    {
        if (side > 0)
        {
            band.AddRising(stop);
        }
        else
        {
            band.AddFalling(stop);
        }
    }

    /// <summary><see cref="TryLimit"/> from either end of the range to the other: a limit to buy is reached by the range's bottom, one to sell by its top (na never).</summary>
    private void AddLimitReach(int side, double limit, ref ReachBand band)
    {
        double through = _fillLimitsAssumption == 0 ? limit : PriceGrid.Offset(limit, -side * _fillLimitsAssumption, _tick);
        if (side > 0)
        {
            band.AddFalling(through);
        }
        else
        {
            band.AddRising(through);
        }
    }

    /// <summary>
    /// The open gapped through the levels of exits just as a price entry is about to reverse the position
    /// there: each exit the open has reached keeps its side and quantity, so it fills at this open too.
    /// </summary>
    public void CommitGappedExits(double open)
    {
        _book.NoteChange();
        foreach (PendingOrder order in _book.Orders)
        {
            if (order.Kind == OrderKind.Exit && !order.GapCommitted && TryTriggerExit(order, open, open, out _))
            {
                order.GapQuantity = OrderBook.LegQuantity(order);
                order.GapBuys = order.Binding!.Direction == Direction.Short;
                order.GapCommitted = true;
            }
        }
    }

    private bool TryTriggerExit(PendingOrder order, double price, double to, out Trigger trigger)
    {
        trigger = default;
        int side;
        if (order.GapCommitted)
        {
            side = order.GapBuys ? 1 : -1; // Its side when the gap reached it, whatever reversed since.
        }
        else if (order.Consumed || !(OrderBook.LegQuantity(order) > 0))
        {
            return false; // Nothing to close yet (its entry has not filled) or any more.
        }
        else
        {
            ResolveExitLevels(order);
            side = order.Binding!.Direction == Direction.Long ? -1 : 1; // An exit sells a long fill and buys back a short one.
        }

        bool found = false;
        if (!double.IsNaN(order.ExitStop) && TryStop(side, order.ExitStop, price, to, out double stopLevel))
        {
            trigger = new Trigger(stopLevel, stopLevel == price ? price : order.ExitStop, OrderLeg.Stop, TriggerAction.Fill);
            found = true;
        }

        if (!double.IsNaN(order.TrailActivation) && TryTrailing(order, side, price, to, out Trigger trailing) && (!found || Nearer(trailing, trigger, price)))
        {
            trigger = trailing;
            found = true;
        }

        if (!double.IsNaN(order.ExitLimit) && TryLimit(side, order.ExitLimit, price, to, out Trigger profit) && (!found || Nearer(profit, trigger, price)))
        {
            trigger = profit;
            found = true;
        }

        return found;
    }

    /// <summary>A trailing stop (rule 7): arms when the path reaches its activation level, then sits its offset behind the best price since.</summary>
    private bool TryTrailing(PendingOrder order, int side, double price, double to, out Trigger trigger)
    {
        if (!order.TrailArmed)
        {
            // The stop protects a position on the other side: a sell stop protects a long, which arms as price rises.
            if (TryStop(-side, order.TrailActivation, price, to, out double level))
            {
                trigger = new Trigger(level, level, OrderLeg.Trailing, TriggerAction.ArmTrailing);
                return true;
            }

            trigger = default;
            return false;
        }

        double stop = PriceGrid.Offset(order.TrailBest, side * order.TrailOffset, _tick);
        if (TryStop(side, stop, price, to, out double reached))
        {
            trigger = new Trigger(reached, reached == price ? price : stop, OrderLeg.Trailing, TriggerAction.Fill);
            return true;
        }

        trigger = default;
        return false;
    }

    /// <summary>
    /// A stop for a <paramref name="side"/> (+1 buy, −1 sell) order at <paramref name="stop"/>: already
    /// through at the current price (level = price), or reached on the way to <paramref name="to"/>.
    /// </summary>
    private static bool TryStop(int side, double stop, double price, double to, out double level)
    {
        if (side > 0 ? price >= stop : price <= stop)
        {
            level = price;
            return true;
        }

        level = stop;
        return side > 0 ? to >= stop : to <= stop;
    }

    /// <summary>
    /// A limit for a <paramref name="side"/> order at <paramref name="limit"/>: already on the good side of the
    /// price (fills at the price, which is better), or reached on the way, where it fills at its own price.
    /// With <c>backtest_fill_limits_assumption</c> = N the price must trade N ticks through it (rule 15).
    /// </summary>
    private bool TryLimit(int side, double limit, double price, double to, out Trigger trigger)
    {
        double through = _fillLimitsAssumption == 0
            ? limit
            : PriceGrid.Offset(limit, -side * _fillLimitsAssumption, _tick);
        if (side > 0 ? price <= through : price >= through)
        {
            trigger = new Trigger(price, price, OrderLeg.Limit, TriggerAction.Fill);
            return true;
        }

        trigger = new Trigger(through, limit, OrderLeg.Limit, TriggerAction.Fill);
        return side > 0 ? to <= through : to >= through;
    }

    private static bool Nearer(Trigger candidate, Trigger current, double price) =>
        Math.Abs(candidate.Level - price) < Math.Abs(current.Level - price);

    /// <summary>
    /// An exit leg's prices: given ones on the tick grid against the exit, tick distances from the price of the fill the leg is
    /// bound to (each pyramided fill its own, PyneCore measured), fixed until the script modifies the exit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Asked at every trigger check of an exit; resolved once per leg.
    public void ResolveExitLevels(PendingOrder order)
    {
        if (!order.ExitLevelsResolved)
        {
            Resolve(order);
        }
    }

    private void Resolve(PendingOrder order)
    {
        EntryBinding entry = order.Binding!;
        double entryPrice = entry.EntryPrice;
        int side = entry.Direction == Direction.Long ? -1 : 1;
        int favourable = -side; // +1: the covered fill profits as price rises
        order.ExitLimit = !double.IsNaN(order.Limit) ? (side > 0 ? PriceGrid.Down(order.Limit, _tick) : PriceGrid.Up(order.Limit, _tick))
            : !double.IsNaN(order.ProfitTicks) ? PriceGrid.Offset(entryPrice, favourable * order.ProfitTicks, _tick) : double.NaN;
        order.ExitStop = !double.IsNaN(order.Stop) ? (side > 0 ? PriceGrid.Up(order.Stop, _tick) : PriceGrid.Down(order.Stop, _tick))
            : !double.IsNaN(order.LossTicks) ? PriceGrid.Offset(entryPrice, -favourable * order.LossTicks, _tick) : double.NaN;
        order.TrailActivation = !double.IsNaN(order.TrailPrice) ? PriceGrid.Nearest(order.TrailPrice, _tick)
            : !double.IsNaN(order.TrailPoints) ? PriceGrid.Offset(entryPrice, favourable * order.TrailPoints, _tick) : double.NaN;
        order.ExitLevelsResolved = true;
    }
}
