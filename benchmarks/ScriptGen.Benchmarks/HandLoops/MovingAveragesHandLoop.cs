using System.Runtime.CompilerServices;

namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>What both moving-average loops report: the sum of each average over the bars where all are defined.</summary>
public readonly record struct MovingAveragesResult(double Sma, double Ema, double Wma);

/// <summary>
/// SMA, EMA and WMA of the close written by hand: one pass, every accumulator in locals, no na checks
/// (the synthetic data has none), the windows sized once.
/// </summary>
/// <remarks>
/// The same math as <c>SmaState</c>, <c>EmaState</c> and <c>WmaState</c>: the SMA is TradingView's
/// rolling sum over the length (<see cref="HandRollingSum"/>); the EMA is seeded by that SMA on bar
/// length - 1 and steps <c>prev + alpha * (x - prev)</c>; the WMA keeps the plain and the weighted
/// sum of the window as Neumaier sums, the weighted one losing the plain one (with its compensation)
/// and gaining <c>length * x</c> (with the product's rounding error) each bar.
/// </remarks>
internal static class MovingAveragesHandLoop
{
    public static MovingAveragesResult Run(double[] close, int length)
    {
        double[] raw = new double[length];
        double[] realized = new double[length];
        double alpha = 2.0 / (length + 1);
        double norm = length * (length + 1.0) / 2;
        double sum = 0, compensation = 0, ema = 0;
        double plain = 0, plainLow = 0, weighted = 0, weightedLow = 0;
        double smaTotal = 0, emaTotal = 0, wmaTotal = 0;
        int slot = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double x = close[i];
            bool full = i >= length;
            double evictedRealized = full ? realized[slot] : 0.0;
            double evicted = raw[slot];
            raw[slot] = x;
            sum = HandRollingSum.Step(sum, ref compensation, evictedRealized, x, raw, realized, slot, full ? length : i + 1);

            Add(ref weighted, ref weightedLow, -plain);
            Add(ref weighted, ref weightedLow, -plainLow);
            double product = length * x;
            Add(ref weighted, ref weightedLow, product);
            Add(ref weighted, ref weightedLow, Math.FusedMultiplyAdd(length, x, -product));
            if (full)
            {
                Add(ref plain, ref plainLow, -evicted);
            }

            Add(ref plain, ref plainLow, x);
            slot = slot + 1 == length ? 0 : slot + 1;

            if (i >= length - 1)
            {
                double sma = sum / length;
                ema = i == length - 1 ? sma : ema + alpha * (x - ema);
                smaTotal += sma;
                emaTotal += ema;
                wmaTotal += (weighted + weightedLow) / norm;
            }
        }

        return new MovingAveragesResult(smaTotal, emaTotal, wmaTotal);
    }

    /// <summary>Neumaier's compensated addition.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(ref double sum, ref double low, double value)
    {
        double total = sum + value;
        low += Math.Abs(sum) >= Math.Abs(value) ? (sum - total) + value : (value - total) + sum;
        sum = total;
    }
}
