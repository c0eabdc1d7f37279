namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>One trade of <see cref="BrokerHandLoop"/>: a value, with the extremes its run-up and drawdown come from.</summary>
public readonly record struct HandBrokerTrade(
    int Direction, int EntryBar, long EntryTime, double EntryPrice, int ExitBar, long ExitTime, double ExitPrice, double Profit,
    double HighestPrice, double LowestPrice);

/// <summary>What <see cref="BrokerHandLoop"/> records: what the broker records for the same orders.</summary>
public sealed record HandBrokerResult(
    List<HandBrokerTrade> ClosedTrades, HandBrokerTrade? OpenTrade, double[] Equity, double MaxDrawdown, double MaxDrawdownPercent, double MaxRunUp, double MaxRunUpPercent);

/// <summary>
/// The broker's bookkeeping for <see cref="Broker.BrokerDrive"/>'s orders, written by hand for this
/// one case: a pending market order fills at the next open, reversing the position; while a position
/// is open, its trade's highest and lowest price and the equity's peak, trough, max drawdown and max
/// run-up follow TradingView's four-point path (open, nearer extreme, farther extreme, close) and the
/// fills; equity is recorded at every close. Samples are taken where the broker takes them, in the same
/// arithmetic order, so every result compares to the bit.
/// </summary>
internal static class BrokerHandLoop
{
    public static HandBrokerResult Run(
        long[] time, double[] open, double[] high, double[] low, double[] close, double tick, int orderEvery, double capital, double quantity)
    {
        int count = close.Length;
        var equity = new double[count];
        var trades = new List<HandBrokerTrade>();
        var extremes = new HandEquityExtremes(capital);
        double realized = 0;
        int side = 0, pending = 0, entryBar = 0;
        long entryTime = 0;
        double entryPrice = 0, highest = 0, lowest = 0;

        for (int i = 0; i < count; i++)
        {
            double o = open[i], h = high[i], l = low[i], c = close[i];
            if (side != 0 || pending != 0)
            {
                if (side != 0)
                {
                    highest = Math.Max(highest, o);
                    lowest = Math.Min(lowest, o);
                    extremes.Sample(capital + realized + (o - entryPrice) * quantity * side);
                }

                if (pending != 0)
                {
                    if (side != 0)
                    {
                        double profit = (o - entryPrice) * quantity * side;
                        realized += profit;
                        trades.Add(new HandBrokerTrade(side, entryBar, entryTime, entryPrice, i, time[i], o, profit, highest, lowest));
                    }

                    side = pending;
                    pending = 0;
                    entryBar = i;
                    entryTime = time[i];
                    entryPrice = highest = lowest = o;
                    extremes.Sample(capital + realized + (o - entryPrice) * quantity * side);
                }

                // TradingView's path: the nearer extreme first (the low first when the open is mid-range).
                bool highFirst = (o - l) - (h - o) > 0.5 * tick;
                double first = highFirst ? h : l, second = highFirst ? l : h;
                highest = Math.Max(highest, h);
                lowest = Math.Min(lowest, l);
                if (first != o)
                {
                    extremes.Sample(capital + realized + (first - entryPrice) * quantity * side);
                }

                if (second != first)
                {
                    extremes.Sample(capital + realized + (second - entryPrice) * quantity * side);
                }

                if (c != second)
                {
                    extremes.Sample(capital + realized + (c - entryPrice) * quantity * side);
                }
            }

            double openProfit = side == 0 ? 0 : (c - entryPrice) * quantity * side;
            equity[i] = capital + realized + openProfit;

            // The script's order, after the close.
            if (orderEvery > 0 && i % orderEvery == 0)
            {
                int wanted = (i / orderEvery) % 2 == 0 ? 1 : -1;
                pending = wanted == side ? 0 : wanted; // an entry in the position's direction is ignored (pyramiding 1)
            }
        }

        HandBrokerTrade? openTrade = null;
        if (side != 0)
        {
            int last = count - 1;
            openTrade = new HandBrokerTrade(side, entryBar, entryTime, entryPrice, last, time[last], close[last],
                (close[last] - entryPrice) * quantity * side, highest, lowest);
        }

        return new HandBrokerResult(
            trades, openTrade, equity, extremes.MaxDrawdown, extremes.MaxDrawdownPercent, extremes.MaxRunUp, extremes.MaxRunUpPercent);
    }
}
