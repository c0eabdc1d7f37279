using System.Globalization;
using ScriptGen.Benchmarks.HandLoops;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Benchmarks;

/// <summary>
/// Checks that a ScriptGen run and its hand-written loop did the same work, to the bit, before
/// anything is timed: a faster hand loop that computes something else would make every ratio a lie.
/// </summary>
internal static class Verification
{
    /// <summary>Throws unless both computed the same crosses and the same final EMAs.</summary>
    public static void SameSignals(string what, EmaCrossSignalsResult script, EmaCrossSignalsResult hand)
    {
        if (script != hand)
        {
            throw new InvalidOperationException($"{what}: the script and the hand loop disagree. Script {script}; hand loop {hand}.");
        }

        if (script.Crossovers == 0 || script.Crossunders == 0)
        {
            throw new InvalidOperationException($"{what}: no crosses at all ({script}); the data would not exercise the cross path.");
        }
    }

    /// <summary>
    /// Throws unless the state loop and the hand loop report the same totals, to the bit: a total
    /// over a million bars differs if a single bar's value differs in its last bit.
    /// </summary>
    public static void Same<T>(string what, T states, T hand)
        where T : struct, IEquatable<T>
    {
        if (!states.Equals(hand))
        {
            throw new InvalidOperationException($"{what}: the ta states and the hand loop disagree. States {states}; hand loop {hand}.");
        }
    }

    /// <summary>Throws unless the states and the hand loop computed the same values (same checksum, to the bit) and some were defined.</summary>
    public static void SameChecksum(string what, SeriesChecksum states, SeriesChecksum hand)
    {
        Require(states == hand, $"{what}: the states and the hand loop disagree. States {states}; hand loop {hand}.");
        Require(hand.Defined > 0 && hand.NaCount > 0, $"{what}: {hand}; the data should give both defined and na values.");
    }

    /// <summary>
    /// Throws unless both produced the same trades (direction, size, entry and exit bar, time and price, profit,
    /// path extremes), the same equity at every bar, the same net profit, drawdown and run-up, and more than
    /// <paramref name="minimumTrades"/> closed trades.
    /// </summary>
    public static void SameStrategy(string what, StrategyResult script, HandStrategyResult hand, int minimumTrades)
    {
        int count = Math.Min(script.ClosedTrades.Count, hand.ClosedTrades.Count);
        for (int i = 0; i < count; i++)
        {
            RequireSameTrade(what, i, script.ClosedTrades[i], hand.ClosedTrades[i]); // the first difference says most
        }

        Require(script.ClosedTrades.Count == hand.ClosedTrades.Count,
            $"{what}: {script.ClosedTrades.Count} closed trades from the script, {hand.ClosedTrades.Count} from the hand loop.");
        Require(hand.ClosedTrades.Count > minimumTrades, $"{what}: only {hand.ClosedTrades.Count} trades; the data would not exercise the broker.");

        double scriptNetProfit = 0;
        foreach (Trade s in script.ClosedTrades)
        {
            scriptNetProfit += s.Profit; // in the broker's order, so the sums compare exactly
        }

        Require(scriptNetProfit == hand.NetProfit,
            $"{what}: net profit {Format(scriptNetProfit)} from the script, {Format(hand.NetProfit)} from the hand loop.");
        Require(script.OpenTrades.Count == (hand.OpenTrade is null ? 0 : 1),
            $"{what}: {script.OpenTrades.Count} open trades from the script; the hand loop has {(hand.OpenTrade is null ? "none" : "one")}.");
        if (hand.OpenTrade is { } open)
        {
            RequireSameTrade(what, -1, script.OpenTrades[0], open);
        }

        PerformanceSummary summary = script.Summary;
        var extremes = new HandExtremes(summary.MaxDrawdown, summary.MaxDrawdownPercent, summary.MaxRunUp, summary.MaxRunUpPercent);
        Require(extremes == hand.Extremes, $"{what}: drawdown and run-up {extremes} from the script, {hand.Extremes} from the hand loop.");

        ReadOnlySpan<double> equity = script.Equity.Span;
        Require(equity.Length == hand.Equity.Length, $"{what}: equity curves of different lengths.");
        for (int i = 0; i < equity.Length; i++)
        {
            Require(equity[i] == hand.Equity[i],
                $"{what}: equity at bar {i} is {Format(equity[i])} from the script, {Format(hand.Equity[i])} from the hand loop.");
        }
    }

    /// <summary>
    /// Throws unless two runs of ScriptGen strategies made the same trades (bars, prices, quantities, profit, extremes)
    /// and the same equity on every bar, with more than <paramref name="minimumTrades"/> closed trades.
    /// </summary>
    public static void SameStrategies(string what, StrategyResult measured, StrategyResult baseline, int minimumTrades)
    {
        Require(measured.ClosedTrades.Count == baseline.ClosedTrades.Count,
            $"{what}: {measured.ClosedTrades.Count} closed trades measured, {baseline.ClosedTrades.Count} in the baseline.");
        Require(baseline.ClosedTrades.Count > minimumTrades, $"{what}: only {baseline.ClosedTrades.Count} trades; the data would not exercise the strategy.");
        for (int i = 0; i < baseline.ClosedTrades.Count; i++)
        {
            Trade m = measured.ClosedTrades[i], b = baseline.ClosedTrades[i];
            Require((m.Direction, m.Quantity, m.EntryBar, m.EntryPrice, m.ExitBar, m.ExitPrice, m.Profit, m.HighestPrice, m.LowestPrice)
                == (b.Direction, b.Quantity, b.EntryBar, b.EntryPrice, b.ExitBar, b.ExitPrice, b.Profit, b.HighestPrice, b.LowestPrice),
                $"{what}: trade {i} differs: entry bar {m.EntryBar} / {b.EntryBar}, exit bar {m.ExitBar} / {b.ExitBar}.");
        }

        Require(measured.Equity.Span.SequenceEqual(baseline.Equity.Span), $"{what}: the equity curves differ.");
    }

    /// <summary>Throws unless every run of the sweep has the hand loop's trade count, net profit, drawdown and run-up.</summary>
    public static void SameSweep(SweepResult<EmaCross.Inputs> sweep, HandStrategyResult[] hand)
    {
        Require(sweep.Runs.Count == hand.Length, $"Sweep: {sweep.Runs.Count} runs, {hand.Length} hand loops.");
        for (int i = 0; i < hand.Length; i++)
        {
            PerformanceSummary summary = sweep.Runs[i].Summary;
            HandStrategyResult expected = hand[i];
            string what = $"Sweep run {i} ({sweep.Runs[i].Inputs})";
            Require(summary.TotalClosedTrades == expected.ClosedTrades.Count,
                $"{what}: {summary.TotalClosedTrades} closed trades, {expected.ClosedTrades.Count} from the hand loop.");
            Require(summary.NetProfit == expected.NetProfit, $"{what}: net profit {Format(summary.NetProfit)}, {Format(expected.NetProfit)} from the hand loop.");
            var extremes = new HandExtremes(summary.MaxDrawdown, summary.MaxDrawdownPercent, summary.MaxRunUp, summary.MaxRunUpPercent);
            Require(extremes == expected.Extremes, $"{what}: drawdown and run-up {extremes}, {expected.Extremes} from the hand loop.");
        }
    }

    /// <summary>Throws unless the hand-written sweep reading shared EMAs gave every run exactly what the one computing its own did.</summary>
    public static void SameSweep(HandStrategyResult[] shared, HandStrategyResult[] unshared)
    {
        Require(shared.Length == unshared.Length, $"Hand sweeps: {shared.Length} runs with shared EMAs, {unshared.Length} without.");
        for (int i = 0; i < shared.Length; i++)
        {
            HandStrategyResult actual = shared[i], expected = unshared[i];
            Require(actual.ClosedTrades.SequenceEqual(expected.ClosedTrades) && actual.OpenTrade == expected.OpenTrade &&
                    actual.Equity.AsSpan().SequenceEqual(expected.Equity) && actual.NetProfit == expected.NetProfit && actual.Extremes == expected.Extremes,
                $"Hand sweep run {i}: the loop reading shared EMAs differs from the one computing its own.");
        }
    }

    /// <summary>Throws unless the broker and its hand loop recorded the same trades, equity curve, drawdown and run-up.</summary>
    public static void SameBrokerBookkeeping(int orderEvery, Trading.Broker broker, HandBrokerResult hand)
    {
        string what = orderEvery == 0 ? "Broker, no orders" : $"Broker, an order every {orderEvery} bars";
        IReadOnlyList<Trade> closed = broker.ClosedTradeList;
        Require(closed.Count == hand.ClosedTrades.Count, $"{what}: {closed.Count} closed trades from the broker, {hand.ClosedTrades.Count} from the hand loop.");
        Require(orderEvery == 0 || closed.Count > 1000, $"{what}: only {closed.Count} trades; the data would not exercise the broker.");
        for (int i = 0; i < closed.Count; i++)
        {
            RequireSameBrokerTrade(what, i, closed[i], hand.ClosedTrades[i]);
        }

        Require(broker.OpenTradeList.Count == (hand.OpenTrade is null ? 0 : 1), $"{what}: {broker.OpenTradeList.Count} open trades from the broker.");
        if (hand.OpenTrade is { } open)
        {
            RequireSameBrokerTrade(what, -1, broker.OpenTradeList[0], open);
        }

        ReadOnlySpan<double> equity = broker.EquityCurve.Span;
        for (int i = 0; i < equity.Length; i++)
        {
            Require(equity[i] == hand.Equity[i], $"{what}: equity at bar {i} is {Format(equity[i])} from the broker, {Format(hand.Equity[i])} from the hand loop.");
        }

        Trading.EquityExtremes extremes = broker.Extremes;
        Require(
            (extremes.MaxDrawdown, extremes.MaxDrawdownPercent, extremes.MaxRunUp, extremes.MaxRunUpPercent)
                == (hand.MaxDrawdown, hand.MaxDrawdownPercent, hand.MaxRunUp, hand.MaxRunUpPercent),
            $"{what}: drawdown/run-up {extremes.MaxDrawdown}/{extremes.MaxRunUp} from the broker, {hand.MaxDrawdown}/{hand.MaxRunUp} from the hand loop.");
    }

    private static void RequireSameBrokerTrade(string what, int index, Trade broker, HandBrokerTrade hand)
    {
        // The hand loops keep an open trade's mark where a closed one keeps its exit; the broker keeps the mark apart.
        var fromBroker = new HandBrokerTrade(
            broker.Direction == Direction.Long ? 1 : -1, broker.EntryBar, broker.EntryTime, broker.EntryPrice,
            broker.IsOpen ? broker.MarkBar : broker.ExitBar, broker.IsOpen ? broker.MarkTime : broker.ExitTime,
            broker.IsOpen ? broker.MarkPrice : broker.ExitPrice, broker.Profit, broker.HighestPrice, broker.LowestPrice);
        Require(fromBroker == hand, $"{what}: trade {index} differs. Broker {fromBroker}; hand loop {hand}.");
    }

    private static void RequireSameTrade(string what, int index, Trade script, HandTrade hand)
    {
        int direction = script.Direction == Direction.Long ? 1 : -1;
        var fromScript = new HandTrade(
            direction, script.Quantity, script.EntryBar, script.EntryTime, script.EntryPrice,
            script.IsOpen ? script.MarkBar : script.ExitBar, script.IsOpen ? script.MarkTime : script.ExitTime,
            script.IsOpen ? script.MarkPrice : script.ExitPrice, script.Profit, script.HighestPrice, script.LowestPrice);
        Require(fromScript == hand,
            $"{what}: trade {(index < 0 ? "open" : index.ToString(CultureInfo.InvariantCulture))} differs. Script {fromScript}; hand loop {hand}.");
    }

    /// <summary>Throws <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    internal static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
