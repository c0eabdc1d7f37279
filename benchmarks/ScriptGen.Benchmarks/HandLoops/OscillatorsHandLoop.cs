namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>What both oscillator loops report: the sum of each oscillator over the bars where all are defined.</summary>
public readonly record struct OscillatorsResult(double Rsi, double Stoch, double Mfi);

/// <summary>
/// RSI, stochastic and MFI written by hand: one pass, accumulators in locals, monotonic deques for the
/// stochastic's window, no na checks (the synthetic data has none).
/// </summary>
/// <remarks>
/// The same math as <c>RsiState</c>, <c>StochState</c> and <c>MfiState</c>: RSI's averages are Wilder's
/// (<c>(prev * (n - 1) + x) / n</c>) seeded with TradingView's sum of the first n changes; the
/// stochastic is <c>100 * (close - lowest low) / (highest high - lowest low)</c> over n bars; the MFI
/// sums <c>volume * close</c> of rising and falling bars with TradingView's rolling sum
/// (<see cref="HandRollingSum"/>), with Pine's 1e-10 tolerance on the change and on the sums.
/// </remarks>
internal static class OscillatorsHandLoop
{
    private const double Epsilon = 1e-10;

    public static OscillatorsResult Run(double[] high, double[] low, double[] close, double[] volume, int length)
    {
        // RSI: the first change is on bar 1; the averages are seeded on bar length.
        var gains = new double[length];
        var losses = new double[length];
        for (int i = 1; i <= length; i++)
        {
            gains[i - 1] = Math.Max(close[i] - close[i - 1], 0.0);
            losses[i - 1] = Math.Max(close[i - 1] - close[i], 0.0);
        }

        double gain = HandRollingSum.Warmup(gains) / length;
        double loss = HandRollingSum.Warmup(losses) / length;

        // Stochastic: deques of bar indices whose highs (lows) can still be the extreme, oldest first.
        int[] highs = new int[length], lows = new int[length];
        int highHead = 0, highCount = 0, lowHead = 0, lowCount = 0;

        // MFI: two rolling sums.
        double[] upRaw = new double[length], upRealized = new double[length];
        double[] downRaw = new double[length], downRealized = new double[length];
        double upper = 0, upperCompensation = 0, lower = 0, lowerCompensation = 0;
        int slot = 0;

        double rsiTotal = 0, stochTotal = 0, mfiTotal = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double x = close[i];
            if (i > length)
            {
                gain = (gain * (length - 1) + Math.Max(x - close[i - 1], 0.0)) / length;
                loss = (loss * (length - 1) + Math.Max(close[i - 1] - x, 0.0)) / length;
            }

            if (highCount > 0 && highs[highHead] <= i - length)
            {
                highHead = Wrap(highHead + 1, length);
                highCount--;
            }

            while (highCount > 0 && high[highs[Wrap(highHead + highCount - 1, length)]] < high[i])
            {
                highCount--;
            }

            highs[Wrap(highHead + highCount++, length)] = i;
            if (lowCount > 0 && lows[lowHead] <= i - length)
            {
                lowHead = Wrap(lowHead + 1, length);
                lowCount--;
            }

            while (lowCount > 0 && low[lows[Wrap(lowHead + lowCount - 1, length)]] > low[i])
            {
                lowCount--;
            }

            lows[Wrap(lowHead + lowCount++, length)] = i;

            double change = i == 0 ? 0.0 : x - close[i - 1];
            double up = volume[i] * (i > 0 && change <= Epsilon ? 0.0 : x);
            double down = volume[i] * (i > 0 && change >= -Epsilon ? 0.0 : x);
            bool full = i >= length;
            int count = full ? length : i + 1;
            double upEvicted = full ? upRealized[slot] : 0.0;
            double downEvicted = full ? downRealized[slot] : 0.0;
            upRaw[slot] = up;
            downRaw[slot] = down;
            upper = HandRollingSum.Step(upper, ref upperCompensation, upEvicted, up, upRaw, upRealized, slot, count);
            lower = HandRollingSum.Step(lower, ref lowerCompensation, downEvicted, down, downRaw, downRealized, slot, count);
            slot = slot + 1 == length ? 0 : slot + 1;

            if (i >= length)
            {
                rsiTotal += 100 - 100 / (1 + gain / loss);
                double lowest = low[lows[lowHead]];
                stochTotal += 100 * (x - lowest) / (high[highs[highHead]] - lowest);
                double u = Math.Abs(upper) <= Epsilon ? 0.0 : upper;
                double d = Math.Abs(lower) <= Epsilon ? 0.0 : lower;
                mfiTotal += d == 0.0 ? 100.0 : 100.0 - (100.0 / (1.0 + u / d));
            }
        }

        return new OscillatorsResult(rsiTotal, stochTotal, mfiTotal);
    }

    /// <summary>A ring index past the end wraps to the start (indices stay below 2 * length).</summary>
    private static int Wrap(int index, int length) => index >= length ? index - length : index;
}
