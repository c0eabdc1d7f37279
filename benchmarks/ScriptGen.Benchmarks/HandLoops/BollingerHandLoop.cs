namespace ScriptGen.Benchmarks.HandLoops;

/// <summary>What both Bollinger loops report: the sum of each band over the bars where they are defined.</summary>
public readonly record struct BollingerResult(double Middle, double Upper, double Lower);

/// <summary>
/// Bollinger Bands written by hand: TradingView's rolling sums of the close and of its square
/// (<see cref="HandRollingSum"/>) in one pass, then the middle band and the population deviation.
/// </summary>
/// <remarks>
/// The same math as <c>BbState</c>: middle <c>p / n</c>, deviation <c>sqrt(max(0, q / n - m * m)) * mult</c>.
/// </remarks>
internal static class BollingerHandLoop
{
    public static BollingerResult Run(double[] close, int length, double mult)
    {
        double[] raw = new double[length], realized = new double[length];
        double[] squaresRaw = new double[length], squaresRealized = new double[length];
        double sum = 0, compensation = 0, squares = 0, squaresCompensation = 0;
        double middleTotal = 0, upperTotal = 0, lowerTotal = 0;
        int slot = 0;
        for (int i = 0; i < close.Length; i++)
        {
            double x = close[i];
            double square = x * x;
            bool full = i >= length;
            int count = full ? length : i + 1;
            double evicted = full ? realized[slot] : 0.0;
            double squareEvicted = full ? squaresRealized[slot] : 0.0;
            raw[slot] = x;
            squaresRaw[slot] = square;
            sum = HandRollingSum.Step(sum, ref compensation, evicted, x, raw, realized, slot, count);
            squares = HandRollingSum.Step(squares, ref squaresCompensation, squareEvicted, square, squaresRaw, squaresRealized, slot, count);
            slot = slot + 1 == length ? 0 : slot + 1;

            if (i >= length - 1)
            {
                double middle = sum / length;
                double deviation = Math.Sqrt(Math.Max(0.0, squares / length - middle * middle)) * mult;
                middleTotal += middle;
                upperTotal += middle + deviation;
                lowerTotal += middle - deviation;
            }
        }

        return new BollingerResult(middleTotal, upperTotal, lowerTotal);
    }
}
