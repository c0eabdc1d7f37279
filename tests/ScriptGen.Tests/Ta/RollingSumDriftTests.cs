using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// Every rolling accumulator of the <c>ta</c> states over a million bars, against the same window
/// summed afresh in double-double arithmetic at sampled bars: the error must stay below a fixed
/// bound, far below the 1e-9 parity tolerance, however many bars came before (no drift).
/// </summary>
/// <remarks>
/// Two data sets: a random walk around 1e8 with a uniform fraction (every addition rounds away low
/// bits), and a ramp <c>1e8 + i * 2^-23</c>, whose window sum grows by 6.25 units of its last place
/// each bar, so a plain sum rounds down by a quarter unit every bar and drifts linearly (the control
/// test shows it does).
/// </remarks>
public sealed class RollingSumDriftTests
{
    private const int Length = 50;
    private const int BarCount = 1_000_000;
    private const int Stride = 997;
    private const double Bound = 2e-13;

    private static readonly double[] s_randomWalk = RandomWalk();
    private static readonly double[] s_ramp = Enumerable.Range(0, BarCount).Select(i => 1e8 + i * Math.Pow(2, -23)).ToArray();

    public static TheoryData<string> DataSets => new() { "random walk", "ramp" };

    [Fact]
    public void A_plain_rolling_sum_drifts_on_the_ramp()
    {
        double naive = 0;
        var error = new ErrorByTenth();
        for (int i = 0; i < BarCount; i++)
        {
            naive += s_ramp[i] - (i >= Length ? s_ramp[i - Length] : 0);
            if (i >= Length && i % Stride == 0)
            {
                error.Add(i, RelativeError(naive, ExactSum(s_ramp, i - Length + 1, Length, weighted: false)));
            }
        }

        Assert.True(error.Last > 100 * Bound && error.Last > 5 * error.First, $"plain sum: {error}");
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void TradingViews_rolling_sum_behind_sma_stdev_bb_and_correlation_does_not_drift(string data)
    {
        double[] values = Data(data);
        double[] squared = values.Select(v => v * v).ToArray();
        var sum = new PineRollingSum();
        var squares = new PineRollingSum();
        var sumError = new ErrorByTenth();
        var squaresError = new ErrorByTenth();
        for (int i = 0; i < BarCount; i++)
        {
            double s = sum.Add(values[i], Length);
            double q = squares.Add(squared[i], Length);
            if (i >= Length && i % Stride == 0)
            {
                sumError.Add(i, RelativeError(s, ExactSum(values, i - Length + 1, Length, weighted: false)));
                squaresError.Add(i, RelativeError(q, ExactSum(squared, i - Length + 1, Length, weighted: false)));
            }
        }

        Assert.True(sumError.Worst <= Bound, $"{data}, sum: {sumError}");
        Assert.True(squaresError.Worst <= Bound, $"{data}, sum of squares: {squaresError}");
    }

    [Theory]
    [MemberData(nameof(DataSets))]
    public void The_weighted_window_behind_wma_linreg_and_cog_does_not_drift(string data)
    {
        double[] values = Data(data);
        var wma = new WmaState();
        var error = new ErrorByTenth();
        double weights = Length * (Length + 1) / 2.0;
        for (int i = 0; i < BarCount; i++)
        {
            double average = wma.Update(values[i], Length);
            if (i >= Length && i % Stride == 0)
            {
                error.Add(i, RelativeError(average, ExactSum(values, i - Length + 1, Length, weighted: true) / weights));
            }
        }

        Assert.True(error.Worst <= Bound, $"{data}, wma: {error}");
    }

    private static double[] Data(string name) => name == "ramp" ? s_ramp : s_randomWalk;

    private static double RelativeError(double actual, double exact) => Math.Abs(actual - exact) / Math.Abs(exact);

    private static double[] RandomWalk()
    {
        var random = new Random(20221);
        var values = new double[BarCount];
        double price = 10_000;
        for (int i = 0; i < BarCount; i++)
        {
            price += (random.NextDouble() - 0.5) * 10;
            values[i] = price * 1e4 + random.NextDouble();
        }

        return values;
    }
    /// <summary>
    /// The window's sum (or its sum weighted 1 for the oldest to <paramref name="length"/> for the
    /// newest) in double-double arithmetic: Knuth's TwoSum keeps each addition's rounding error and a
    /// fused multiply-add each product's, so the result is exact to ~1e-32 relative before rounding.
    /// </summary>
    private static double ExactSum(double[] values, int start, int length, bool weighted)
    {
        double high = 0, low = 0;
        for (int k = 0; k < length; k++)
        {
            double weight = weighted ? k + 1 : 1;
            double product = weight * values[start + k];
            double productError = Math.FusedMultiplyAdd(weight, values[start + k], -product);
            Add(ref high, ref low, product);
            low += productError;
        }

        return high + low;
    }

    private static void Add(ref double high, ref double low, double value)
    {
        double sum = high + value;
        double virtualValue = sum - high;
        low += (high - (sum - virtualValue)) + (value - virtualValue);
        high = sum;
    }

    /// <summary>The worst error overall and in the first and last tenth of the run.</summary>
    private sealed class ErrorByTenth
    {
        public double First { get; private set; }
        public double Last { get; private set; }
        public double Worst { get; private set; }

        public void Add(int bar, double error)
        {
            Worst = Math.Max(Worst, error);
            if (bar < BarCount / 10)
            {
                First = Math.Max(First, error);
            }
            else if (bar >= BarCount - BarCount / 10)
            {
                Last = Math.Max(Last, error);
            }
        }

        public override string ToString() => $"worst relative error {Worst:E2}; first tenth {First:E2}, last tenth {Last:E2}";
    }
}
