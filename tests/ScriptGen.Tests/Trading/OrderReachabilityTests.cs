using CsCheck;
using ScriptGen.Trading;

namespace ScriptGen.Tests.Trading;

/// <summary>
/// A bar on which no pending order can trigger is only marked (docs/strategy.md rule 3's quiet bars). Whether one can is
/// asked of the bar's range in one comparison per level (<see cref="OrderTriggers.TryAddReach"/>); it must say what the
/// walk's own trigger test says for a move from the range's low to its high or from its high to its low, for every kind
/// of order: market, limit, stop, stop-limit armed or not, exits with tick or price levels, gap-committed, consumed or
/// still waiting for their fill, trailing stops armed or not, with and without <c>backtest_fill_limits_assumption</c>.
/// </summary>
public sealed class OrderReachabilityTests
{
    private const double Tick = 0.01;

    // Prices on a small grid around 100, so levels often sit exactly on the range's ends; na sometimes.
    private static readonly Gen<double> s_level = Gen.Frequency((6, Gen.Int[-30, 30].Select(i => 100 + i * 0.25)), (1, Gen.Const(double.NaN)));
    private static readonly Gen<double> s_ticks = Gen.Frequency((3, Gen.Int[0, 120].Select(i => (double)i)), (1, Gen.Const(double.NaN)));

    // An order's parts for Build: its kind, side, flags, two levels and two tick distances.
    private static readonly Gen<(int, int, int, double, double, double, double)> s_orders = Gen.Select(
        Gen.Int[0, 5], Gen.Int[0, 3], Gen.Int[0, 255], s_level, s_level, s_ticks, s_ticks);

    // A bar's range, low to high, on the levels' grid.
    private static readonly Gen<(double, double)> s_ranges =
        Gen.Select(Gen.Int[-40, 40], Gen.Int[0, 40], (low, width) => (100 + low * 0.25, 100 + (low + width) * 0.25));

    [Fact]
    public void The_range_test_agrees_with_triggering_from_either_end_of_the_range()
    {
        int reachable = 0, unreachable = 0;
        Gen.Select(s_orders, s_ranges, Gen.Int[0, 2], s_level).Sample((order, range, fillLimitsAssumption, trail) =>
        {
            var book = new OrderBook();
            var triggers = new OrderTriggers(
                book, new StrategySettings { BacktestFillLimitsAssumption = fillLimitsAssumption }, SymbolInfo.Default with { MinTick = Tick });
            PendingOrder pending = Build(book, order, trail);
            (double lowest, double highest) = range;

            bool expected = triggers.TryTrigger(pending, lowest, highest, out _) || triggers.TryTrigger(pending, highest, lowest, out _)
                || pending.TrailArmed;
            pending.ExitLevelsResolved = false; // resolved again from scratch, as the walk would find it
            Assert.Equal(expected, Reachable(triggers, pending, lowest, highest));
            if (expected) reachable++; else unreachable++;
        }, iter: 20_000);

        // Both answers must come up often, or the comparison says little.
        Assert.True(reachable > 2_000 && unreachable > 2_000, $"{reachable} reachable, {unreachable} not");
    }

    [Fact]
    public void A_band_over_several_orders_reaches_a_range_exactly_when_one_of_the_orders_does()
    {
        // A quiet stretch of bars asks one band for the whole book (ReachBand): its two levels must answer as the orders
        // asked one by one, na levels and market orders (in reach of every range) included.
        int reachable = 0, unreachable = 0;
        Gen.Select(s_orders.Array[1, 4], s_level.Array[4], s_ranges).Sample((parts, trails, range) =>
        {
            var book = new OrderBook();
            var triggers = new OrderTriggers(book, StrategySettings.Default, SymbolInfo.Default with { MinTick = Tick });
            PendingOrder[] pending = parts.Select((order, i) => Build(book, order, trails[i])).ToArray();
            (double lowest, double highest) = range;

            bool expected = pending.Any(order => Reachable(triggers, order, lowest, highest));
            ReachBand band = ReachBand.Nowhere;
            bool banded = pending.All(order => triggers.TryAddReach(order, ref band));
            Assert.Equal(expected, !banded || band.Reaches(lowest, highest));
            if (expected) reachable++; else unreachable++;
        }, iter: 20_000);

        Assert.True(reachable > 2_000 && unreachable > 2_000, $"{reachable} reachable, {unreachable} not");
    }

    /// <summary>
    /// An order of kind <c>Kind</c> (0 market entry, 1 limit, 2 stop, 3 stop-limit, 4 an exit in ticks, 5 one at prices) with
    /// the given levels (<paramref name="trail"/>: a trailing stop's activation, as a price or, 100 off, as ticks); <c>Flags</c> sets the rest.
    /// </summary>
    private static PendingOrder Build(OrderBook book, (int Kind, int Side, int Flags, double A, double B, double TicksA, double TicksB) order, double trail)
    {
        bool Flag(int bit) => (order.Flags & (1 << bit)) != 0;
        Direction direction = order.Side % 2 == 0 ? Direction.Long : Direction.Short;
        if (order.Kind < 4)
        {
            PendingOrder entry = book.Rent(OrderKind.Entry, "E");
            entry.Direction = direction;
            entry.Quantity = 1;
            entry.Limit = order.Kind is 1 or 3 ? Finite(order.A) : double.NaN;
            entry.Stop = order.Kind is 2 or 3 ? Finite(order.B) : double.NaN;
            entry.StopLimitArmed = order.Kind == 3 && Flag(0);
            entry.Immediately = order.Kind == 0 && Flag(1);
            return entry;
        }

        PendingOrder exit = book.Rent(OrderKind.Exit, "X");
        var fill = new EntryBinding
        {
            EntryId = "E", Direction = direction, Quantity = 1, Bound = Flag(2) ? 0 : 1, EntryPrice = 100 + order.Side * 0.5, Live = !Flag(3),
        };
        exit.Binding = Flag(4) ? null : fill; // no binding: the leg waits for its entry to fill
        exit.Reserved = 1;
        exit.Consumed = Flag(5);
        exit.GapCommitted = Flag(6);
        exit.GapBuys = order.Side >= 2;
        if (order.Kind == 4)
        {
            exit.ProfitTicks = order.TicksA;
            exit.LossTicks = order.TicksB;
            exit.TrailPoints = Flag(7) ? Math.Abs(trail - 100) / Tick : double.NaN;
        }
        else
        {
            exit.Limit = order.A;
            exit.Stop = order.B;
            exit.TrailPrice = Flag(7) ? trail : double.NaN;
        }

        if (exit.GapCommitted && exit.Binding is null)
        {
            exit.Binding = fill; // a committed leg was bound when the gap reached it
        }

        if (exit.Binding is not null && exit.HasTrailing && Flag(0))
        {
            exit.TrailArmed = true;
            exit.TrailBest = 100;
        }

        exit.ExitLevelsResolved = false;
        if (exit.Binding is not null)
        {
            new OrderTriggers(book, StrategySettings.Default, SymbolInfo.Default with { MinTick = Tick }).ResolveExitLevels(exit);
        }

        return exit;
    }

    /// <summary>One order's answer: in reach of every range, or of those its levels' band reaches.</summary>
    private static bool Reachable(OrderTriggers triggers, PendingOrder order, double lowest, double highest)
    {
        ReachBand band = ReachBand.Nowhere;
        return !triggers.TryAddReach(order, ref band) || band.Reaches(lowest, highest);
    }

    private static double Finite(double level) => double.IsNaN(level) ? 100 : level;
}
