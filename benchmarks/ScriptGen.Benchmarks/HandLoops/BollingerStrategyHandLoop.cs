using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>
/// The sample's Bollinger Bands Strategy written by hand: the bands (<see cref="BollingerHandLoop"/>'s math),
/// a buy stop at the lower band when the close crosses up through it and a sell stop at the upper band when it
/// crosses down through it, each for the next bar only, reversing the position when it fills.
/// </summary>
/// <remarks>
/// Orders, as docs/strategy.md states them: the stop goes on the tick grid against the order (a buy stop up, a
/// sell stop down); it is not placed when the position already holds its direction (one entry per direction);
/// against a position it trades its quantity plus the position it was placed against, closing the position
/// and opening the quantity. On the next bar it fills at the open when the open is already through it (a gap),
/// else where the four-point path first reaches it, at its price; not filled by the close, it is cancelled
/// (the script renews it only on a cross, and a close cannot cross the same band up on two bars running). The
/// script's two stops share a one-cancels-all group; they are never pending together (the close would have to
/// cross up through the lower band and down through the upper one on one bar), which the loop checks.
/// </remarks>
internal static class BollingerStrategyHandLoop
{
    public static HandStrategyResult Run(HandBars bars, HandSymbol symbol, double quantity, int length, double multiplier)
    {
        long[] time = bars.Time;
        double[] open = bars.Open, high = bars.High, low = bars.Low, close = bars.Close;
        var equity = new double[close.Length];
        var account = new HandAccount(symbol.InitialCapital, symbol.PointValue);
        double halfTick = symbol.HalfTick, tick = symbol.Tick;

        double[] raw = new double[length], realized = new double[length];
        double[] squaresRaw = new double[length], squaresRealized = new double[length];
        double sum = 0, compensation = 0, squares = 0, squaresCompensation = 0;
        int slot = 0;
        bool wasAtOrBelowLower = false, wasAtOrAboveUpper = false;

        int stopSide = 0; // the stop waiting for this bar: +1 buy, -1 sell, 0 none
        double stopLevel = 0, stopTotal = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double o = open[i], h = high[i], l = low[i], c = close[i];
            long t = time[i];
            if (account.Position != 0)
            {
                account.MoveTo(o);
            }

            if (stopSide == 0)
            {
                account.MoveAlongBar(o, h, l, c, halfTick);
            }
            else
            {
                double opening = stopTotal - (account.Position == -stopSide ? Math.Min(stopTotal, account.Quantity) : 0);
                if (stopSide > 0 ? o >= stopLevel : o <= stopLevel)
                {
                    account.Fill(stopSide, opening, i, t, o);
                    account.MoveAlongBar(o, h, l, c, halfTick);
                }
                else
                {
                    bool highFirst = HandAccount.HighFirst(o, h, l, halfTick);
                    double from = o;
                    Segment(ref account, ref stopSide, stopLevel, opening, i, t, ref from, highFirst ? h : l);
                    Segment(ref account, ref stopSide, stopLevel, opening, i, t, ref from, highFirst ? l : h);
                    Segment(ref account, ref stopSide, stopLevel, opening, i, t, ref from, c);
                }

                stopSide = 0;
            }

            // The bar closes: the script's body.
            double square = c * c;
            bool full = i >= length;
            int count = full ? length : i + 1;
            double evicted = full ? realized[slot] : 0.0;
            double squareEvicted = full ? squaresRealized[slot] : 0.0;
            raw[slot] = c;
            squaresRaw[slot] = square;
            sum = HandRollingSum.Step(sum, ref compensation, evicted, c, raw, realized, slot, count);
            squares = HandRollingSum.Step(squares, ref squaresCompensation, squareEvicted, square, squaresRaw, squaresRealized, slot, count);
            slot = slot + 1 == length ? 0 : slot + 1;
            if (i >= length - 1)
            {
                double basis = sum / length;
                double deviation = multiplier * Math.Sqrt(Math.Max(0.0, squares / length - basis * basis));
                double upper = basis + deviation, lower = basis - deviation;
                bool crossedAboveLower = c > lower && wasAtOrBelowLower;
                bool crossedBelowUpper = c < upper && wasAtOrAboveUpper;
                wasAtOrBelowLower = c <= lower;
                wasAtOrAboveUpper = c >= upper;
                int held = account.Position;
                if (crossedAboveLower && held <= 0)
                {
                    stopSide = 1;
                    stopLevel = HandTickGrid.Up(lower, tick);
                    stopTotal = quantity + (held < 0 ? account.Quantity : 0);
                }

                if (crossedBelowUpper && held >= 0)
                {
                    if (stopSide != 0)
                    {
                        throw new InvalidOperationException($"Bar {i}: both Bollinger stops placed; the hand loop models one at a time.");
                    }

                    stopSide = -1;
                    stopLevel = HandTickGrid.Down(upper, tick);
                    stopTotal = quantity + (held > 0 ? account.Quantity : 0);
                }
            }

            equity[i] = account.EquityAt(c);
        }

        return account.Finish(bars, equity);
    }

    /// <summary>One leg of the path, <paramref name="from"/> to <paramref name="to"/>: the stop fills where the leg reaches it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Segment(ref HandAccount account, ref int stopSide, double stopLevel, double quantity, int bar, long time, ref double from, double to)
    {
        if (stopSide != 0 && (stopSide > 0 ? to >= stopLevel : to <= stopLevel))
        {
            if (account.Position != 0 && stopLevel != from)
            {
                account.MoveTo(stopLevel);
            }

            account.Fill(stopSide, quantity, bar, time, stopLevel);
            stopSide = 0;
            from = stopLevel;
        }

        if (account.Position != 0 && to != from)
        {
            account.MoveTo(to);
        }

        from = to;
    }
}
