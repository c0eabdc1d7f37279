using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's RSI Strategy with Exits written by hand: the RSI Strategy's entries (<see cref="RsiStrategyHandLoop"/>)
/// and, on every position, a take-profit and a stop-loss a number of ticks from its entry price.
/// </summary>
/// <remarks>
/// The bracket, as docs/strategy.md states <c>strategy.exit</c>'s (rules 4-6): its levels are the entry price
/// plus or minus the ticks, on the tick grid; it is live from the entry's fill on, that bar included; the open
/// fills it at the open when it is already through a level (a gap); otherwise the first level the four-point
/// path reaches fills, at its price, closing the position (a limit for the take-profit, a stop for the
/// stop-loss, neither with slippage here). A market entry pending from the last bar fills at the open before
/// the bracket (market orders first); when it reverses the position, the old position's bracket goes with it
/// and the new one starts from the new entry price.
/// </remarks>
internal static class RsiExitStrategyHandLoop
{
    public static HandStrategyResult Run(
        HandBars bars, HandSymbol symbol, double quantity, int length, double oversold, double overbought, double profitTicks, double lossTicks)
    {
        long[] time = bars.Time;
        double[] open = bars.Open, high = bars.High, low = bars.Low, close = bars.Close;
        var equity = new double[close.Length];
        var account = new HandAccount(symbol.InitialCapital, symbol.PointValue);
        double halfTick = symbol.HalfTick, tick = symbol.Tick;

        var rsi = new HandRsi(close, length);
        var crosses = new HandLevelCrosses(oversold, overbought);
        crosses.Add(rsi.Value);
        equity.AsSpan(0, length + 1).Fill(symbol.InitialCapital);

        int pending = 0;
        double takeProfit = 0, stopLoss = 0; // the open position's bracket
        for (int i = length + 1; i < close.Length; i++)
        {
            double o = open[i], h = high[i], l = low[i], c = close[i];
            long t = time[i];
            if (account.Position != 0)
            {
                account.MoveTo(o);
            }

            if (pending != 0 && pending != account.Position)
            {
                account.Fill(pending, quantity, i, t, o);
                takeProfit = HandTickGrid.Nearest(o + pending * profitTicks * tick, tick);
                stopLoss = HandTickGrid.Nearest(o + -pending * lossTicks * tick, tick);
            }

            int held = account.Position;
            if (held != 0)
            {
                if (held > 0 ? o <= stopLoss || o >= takeProfit : o >= stopLoss || o <= takeProfit)
                {
                    account.Fill(0, 0, i, t, o);
                }
                else
                {
                    bool highFirst = HandAccount.HighFirst(o, h, l, halfTick);
                    double from = o;
                    Segment(ref account, takeProfit, stopLoss, i, t, ref from, highFirst ? h : l);
                    Segment(ref account, takeProfit, stopLoss, i, t, ref from, highFirst ? l : h);
                    Segment(ref account, takeProfit, stopLoss, i, t, ref from, c);
                }
            }

            // The bar closes: the script's body.
            rsi.Add(c, close[i - 1]);
            crosses.Add(rsi.Value);
            pending = RsiStrategyHandLoop.Signal(crosses);
            equity[i] = account.EquityAt(c);
        }

        return account.Finish(bars, equity);
    }

    /// <summary>
    /// One leg of the path with a position open: a rising leg can reach a long's take-profit or a short's
    /// stop-loss, a falling one the others; the level reached closes the position there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Segment(ref HandAccount account, double takeProfit, double stopLoss, int bar, long time, ref double from, double to)
    {
        int held = account.Position;
        if (held == 0)
        {
            return;
        }

        double level = to > from ? (held > 0 ? takeProfit : stopLoss) : (held > 0 ? stopLoss : takeProfit);
        if (to > from ? to >= level : to < from && to <= level)
        {
            if (level != from)
            {
                account.MoveTo(level);
            }

            account.Fill(0, 0, bar, time, level);
            from = level;
            return;
        }

        if (to != from)
        {
            account.MoveTo(to);
        }

        from = to;
    }
}
