using System.Runtime.InteropServices;

namespace ScriptGen.Trading;

/// <summary>
/// Walking a bar's assumed path (rule 3): which pending order the price reaches first, where, and
/// what happens then. Every level is met in path order, so fills on one bar see each other: an exit
/// can fill after its entry on the same bar (rule 6), a trailing stop can arm and fill within one bar
/// (rule 7), and orders reached at the same price fill one after the other (rule 10).
/// </summary>
public sealed partial class Broker
{
    private void WalkPath(ReadOnlySpan<double> path)
    {
        double price = path[0];
        Advance(double.NaN, price); // The open is on the path: the gap from the last close counts for the trades.
        if (_pending.Count == 0 && _intrabarScript is null)
        {
            // Holding a position with nothing pending (most bars): only the marks along the path.
            CheckMarginCall(price);
            for (int i = 1; i < path.Length; i++)
            {
                Advance(price, path[i]);
                price = path[i];
                CheckMarginCall(price);
            }

            return;
        }

        RemoveOrphanExits();

        // The open: market orders placed on earlier bars fill here (rules 1, 2), and price orders the
        // open has already gone through fill here too, at the open (rules 4, 5).
        long fillsSeen = _fills;
        SettleAt(price);
        CheckMarginCall(price);
        for (int i = 1; i < path.Length; i++)
        {
            if (_intrabarScript is not null && _fills != fillsSeen)
            {
                // Rule 9: the point just reached saw a fill (the closing leg's fills are left to the
                // bar's ordinary run, which is why this stands before the segment).
                fillsSeen = _fills;
                RunScriptAfterFill(price, _intrabarScript);
            }

            WalkSegment(price, path[i]);
            price = path[i];
            CheckMarginCall(price);
        }
    }

    /// <summary>The close pass after the script ran (rule 8): <c>immediately</c> closes, and with <c>process_orders_on_close</c> everything pending.</summary>
    private void ProcessCloseTick(double price)
    {
        FillImmediateCloses(price);
        if (_settings.ProcessOrdersOnClose && _pending.Count > 0)
        {
            SettleAt(price);
        }
    }

    /// <summary><c>strategy.close(immediately = true)</c> orders fill at <paramref name="price"/>, the price the script ran at.</summary>
    private void FillImmediateCloses(double price)
    {
        if (_immediateCount == 0)
        {
            return;
        }

        for (int i = 0; i < _pending.Count; i++)
        {
            PendingOrder order = _pending[i];
            if (order.Immediately)
            {
                Execute(order, new Trigger(price, price, OrderLeg.Market, TriggerAction.Fill));
                i = -1; // The list changed; start over (the filled order is gone).
            }
        }
    }

    /// <summary>Handles every order that triggers at <paramref name="price"/> without the price moving, best first.</summary>
    private void SettleAt(double price)
    {
        while (_pending.Count > 0 && FindNext(price, price, out PendingOrder? order, out Trigger trigger))
        {
            Execute(order!, trigger);
        }
    }

    /// <summary>Moves the price from <paramref name="from"/> to <paramref name="to"/> (monotonically), handling each order where it is reached.</summary>
    private void WalkSegment(double from, double to)
    {
        double price = from;
        while (_pending.Count > 0 && FindNext(price, to, out PendingOrder? order, out Trigger trigger))
        {
            Advance(price, trigger.Level);
            price = trigger.Level;
            Execute(order!, trigger);
        }

        Advance(price, to);
    }

    /// <summary>
    /// The order the path reaches first between <paramref name="price"/> and <paramref name="to"/>: the
    /// nearest level; at one level, market orders, then entries and orders, then exits, each in the
    /// order they were placed.
    /// </summary>
    private bool FindNext(double price, double to, out PendingOrder? best, out Trigger bestTrigger)
    {
        best = null;
        bestTrigger = default;
        double bestDistance = double.PositiveInfinity;
        foreach (PendingOrder order in _pending)
        {
            if (!TryTrigger(order, price, to, out Trigger trigger))
            {
                continue;
            }

            double distance = Math.Abs(trigger.Level - price);
            if (distance < bestDistance
                || (distance == bestDistance && (order.Priority < best!.Priority || (order.Priority == best.Priority && order.Sequence < best.Sequence))))
            {
                best = order;
                bestTrigger = trigger;
                bestDistance = distance;
            }
        }

        return best is not null;
    }

    /// <summary>Whether <paramref name="order"/> triggers on the way from <paramref name="price"/> to <paramref name="to"/>, and where.</summary>
    private bool TryTrigger(PendingOrder order, double price, double to, out Trigger trigger)
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

    private bool TryTriggerExit(PendingOrder order, double price, double to, out Trigger trigger)
    {
        trigger = default;
        if (order.Consumed || ExitQuantity(order) <= 0)
        {
            return false; // Nothing to close yet (its entry has not filled) or any more.
        }

        ResolveExitLevels(order);
        int side = _positionSize > 0 ? -1 : 1; // An exit sells a long position and buys back a short one.
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

        double stop = TrailingStop(order, side);
        if (TryStop(side, stop, price, to, out double reached))
        {
            trigger = new Trigger(reached, reached == price ? price : stop, OrderLeg.Trailing, TriggerAction.Fill);
            return true;
        }

        trigger = default;
        return false;
    }

    private double TrailingStop(PendingOrder order, int side) => PriceGrid.Offset(order.TrailBest, side * order.TrailOffset, _tick);

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
        double through = _settings.BacktestFillLimitsAssumption == 0
            ? limit
            : PriceGrid.Offset(limit, -side * _settings.BacktestFillLimitsAssumption, _tick);
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
    /// An exit's prices: given ones as they are, tick distances from the average entry price of the
    /// trades it covers (fixed from then on, until the script modifies the exit).
    /// </summary>
    private void ResolveExitLevels(PendingOrder order)
    {
        if (order.ExitLevelsResolved)
        {
            return;
        }

        double entryPrice = AverageEntryPriceOf(order.FromEntry);
        int side = _positionSize > 0 ? -1 : 1;
        int favourable = -side; // +1: the covered position profits as price rises
        order.ExitLimit = !double.IsNaN(order.Limit) ? RoundLimit(order.Limit, side)
            : !double.IsNaN(order.ProfitTicks) ? PriceGrid.Offset(entryPrice, favourable * order.ProfitTicks, _tick) : double.NaN;
        order.ExitStop = !double.IsNaN(order.Stop) ? RoundStop(order.Stop, side)
            : !double.IsNaN(order.LossTicks) ? PriceGrid.Offset(entryPrice, -favourable * order.LossTicks, _tick) : double.NaN;
        order.TrailActivation = !double.IsNaN(order.TrailPrice) ? PriceGrid.Nearest(order.TrailPrice, _tick)
            : !double.IsNaN(order.TrailPoints) ? PriceGrid.Offset(entryPrice, favourable * order.TrailPoints, _tick) : double.NaN;
        order.ExitLevelsResolved = true;
    }

    private double RoundLimit(double limit, int side) => side > 0 ? PriceGrid.Down(limit, _tick) : PriceGrid.Up(limit, _tick);

    private double RoundStop(double stop, int side) => side > 0 ? PriceGrid.Up(stop, _tick) : PriceGrid.Down(stop, _tick);

    /// <summary>
    /// The price moved from <paramref name="from"/> to <paramref name="to"/> with nothing filling: open trades
    /// and armed trailing stops see the new extreme, and equity is sampled there for drawdown and run-up.
    /// </summary>
    private void Advance(double from, double to)
    {
        if (_open.Count == 0 || from == to)
        {
            return;
        }

        // One pass: each open trade sees the new extreme, and its profit there adds up to equity.
        double openProfit = 0;
        foreach (Trade trade in CollectionsMarshal.AsSpan(_open))
        {
            if (to > trade.HighestPrice)
            {
                trade.HighestPrice = to;
            }

            if (to < trade.LowestPrice)
            {
                trade.LowestPrice = to;
            }

            openProfit += trade.GrossProfitAt(to, trade.Quantity) - trade.EntryCommission;
        }

        if (_pending.Count != 0)
        {
            foreach (PendingOrder order in CollectionsMarshal.AsSpan(_pending))
            {
                if (order.TrailArmed)
                {
                    // The best price for the covered position: the highest for a long, the lowest for a short.
                    order.TrailBest = _positionSize > 0 ? Math.Max(order.TrailBest, to) : Math.Min(order.TrailBest, to);
                }
            }
        }

        _extremes.Sample(_settings.InitialCapital + _realized + openProfit);
    }
}
