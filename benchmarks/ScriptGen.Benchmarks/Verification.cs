using System.Globalization;
using ScriptGen.Benchmarks.HandLoops;

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

    /// <summary>Throws unless the states and the hand loop computed the same values (same checksum, to the bit) and some were defined.</summary>
    public static void SameChecksum(string what, SeriesChecksum states, SeriesChecksum hand)
    {
        Require(states == hand, $"{what}: the states and the hand loop disagree. States {states}; hand loop {hand}.");
        Require(hand.Defined > 0 && hand.NaCount > 0, $"{what}: {hand}; the data should give both defined and na values.");
    }

    /// <summary>Throws unless both produced the same trades, the same equity curve and the same net profit.</summary>
    public static void SameStrategy(StrategyResult script, HandStrategyResult hand)
    {
        const string What = "EMA Cross strategy";
        Require(script.ClosedTrades.Count == hand.ClosedTrades.Count,
            $"{What}: {script.ClosedTrades.Count} closed trades from the script, {hand.ClosedTrades.Count} from the hand loop.");
        Require(hand.ClosedTrades.Count > 100, $"{What}: only {hand.ClosedTrades.Count} trades; the data would not exercise the broker.");

        double scriptNetProfit = 0;
        for (int i = 0; i < hand.ClosedTrades.Count; i++)
        {
            Trade s = script.ClosedTrades[i];
            scriptNetProfit += s.Profit; // in the broker's order, so the sums compare exactly
            RequireSameTrade(i, s, hand.ClosedTrades[i]);
        }

        Require(scriptNetProfit == hand.NetProfit,
            $"{What}: net profit {Format(scriptNetProfit)} from the script, {Format(hand.NetProfit)} from the hand loop.");
        Require(script.OpenTrades.Count == (hand.OpenTrade is null ? 0 : 1),
            $"{What}: {script.OpenTrades.Count} open trades from the script; the hand loop has {(hand.OpenTrade is null ? "none" : "one")}.");
        if (hand.OpenTrade is { } open)
        {
            RequireSameTrade(-1, script.OpenTrades[0], open);
        }

        ReadOnlySpan<double> equity = script.Equity.Span;
        Require(equity.Length == hand.Equity.Length, $"{What}: equity curves of different lengths.");
        for (int i = 0; i < equity.Length; i++)
        {
            Require(equity[i] == hand.Equity[i],
                $"{What}: equity at bar {i} is {Format(equity[i])} from the script, {Format(hand.Equity[i])} from the hand loop.");
        }
    }

    private static void RequireSameTrade(int index, Trade script, HandTrade hand)
    {
        int direction = script.Direction == Direction.Long ? 1 : -1;
        var fromScript = new HandTrade(
            direction, script.EntryBar, script.EntryTime, script.EntryPrice, script.ExitBar, script.ExitTime, script.ExitPrice, script.Profit);
        Require(fromScript == hand,
            $"EMA Cross strategy: trade {(index < 0 ? "open" : index.ToString(CultureInfo.InvariantCulture))} differs. Script {fromScript}; hand loop {hand}.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
