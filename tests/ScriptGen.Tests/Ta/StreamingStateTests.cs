using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// The streaming states against their definitions evaluated directly on random series (na included).
/// </summary>
public sealed class StreamingStateTests
{
    /// <summary>Random price-like series with some na, and a window length.</summary>
    private static readonly Gen<(double[] Values, int Length)> s_seriesAndLength =
        Gen.Select(
            Gen.Double[-1000, 1000].Select(Gen.Int[0, 9]).Select(t => t.Item2 == 0 ? double.NaN : t.Item1).Array[1, 80],
            Gen.Int[1, 12]);

    [Fact]
    public void Sma_is_the_mean_of_the_last_length_non_na_values_and_holds_on_na_bars()
    {
        s_seriesAndLength.Sample(t =>
        {
            var state = new SmaState();
            var seen = new List<double>();
            foreach (double value in t.Values)
            {
                double actual = state.Update(value, t.Length);
                if (!double.IsNaN(value))
                {
                    seen.Add(value);
                }

                double expected = seen.Count < t.Length ? double.NaN : seen.Skip(seen.Count - t.Length).Average();
                AssertClose(expected, actual);
            }
        });
    }

    [Fact]
    public void Highest_and_lowest_are_the_extremes_of_the_last_length_values_ignoring_na()
    {
        s_seriesAndLength.Sample(t =>
        {
            var highest = new HighestState();
            var lowest = new LowestState();
            for (int i = 0; i < t.Values.Length; i++)
            {
                double high = highest.Update(t.Values[i], t.Length, i);
                double low = lowest.Update(t.Values[i], t.Length, i);
                double[] window = t.Values.Skip(Math.Max(0, i - t.Length + 1)).Take(Math.Min(t.Length, i + 1)).Where(v => !double.IsNaN(v)).ToArray();
                bool warm = i >= t.Length - 1 && window.Length > 0;
                Assert.Equal(warm ? window.Max() : double.NaN, high);
                Assert.Equal(warm ? window.Min() : double.NaN, low);
            }
        });
    }

    [Fact]
    public void Stdev_is_the_population_deviation_of_the_window_and_unbiased_on_request()
    {
        Gen.Select(Gen.Double[1, 2].Array[30, 60], Gen.Int[2, 10]).Sample(t =>
        {
            var biased = new StdevState();
            var unbiased = new StdevState();
            for (int i = 0; i < t.Item1.Length; i++)
            {
                double b = biased.Update(t.Item1[i], t.Item2, biased: true);
                double u = unbiased.Update(t.Item1[i], t.Item2, biased: false);
                if (i < t.Item2 - 1)
                {
                    Assert.True(double.IsNaN(b) && double.IsNaN(u));
                    continue;
                }

                double[] window = t.Item1[(i - t.Item2 + 1)..(i + 1)];
                double mean = window.Average();
                double squares = window.Sum(v => (v - mean) * (v - mean));
                // Sum-of-squares variance cancels: agreement is to the cancellation, not to the last bit.
                Assert.Equal(Math.Sqrt(squares / t.Item2), b, 1e-6);
                Assert.Equal(Math.Sqrt(squares / (t.Item2 - 1)), u, 1e-6);
            }
        });
    }

    [Fact]
    public void Ema_and_rma_skip_na_without_advancing_and_a_length_of_one_returns_the_source()
    {
        var ema = new EmaState();
        var rma = new RmaState();
        double[] values = [1, double.NaN, 2, 3, double.NaN, 5];
        double[] emas = values.Select(v => ema.Update(v, 2)).ToArray();
        double[] rmas = values.Select(v => rma.Update(v, 2)).ToArray();

        // Seed: SMA of the first two non-na values (1, 2) = 1.5; then prev + 2/3 * (x - prev).
        double e3 = 1.5 + 2.0 / 3 * (3 - 1.5);
        Assert.Equal(new[] { double.NaN, double.NaN, 1.5, e3, double.NaN, e3 + 2.0 / 3 * (5 - e3) }, emas);
        // Wilder: (prev * (n - 1) + x) / n.
        Assert.Equal(new[] { double.NaN, double.NaN, 1.5, (1.5 + 3) / 2, double.NaN, ((1.5 + 3) / 2 + 5) / 2 }, rmas);
        var one = new EmaState();
        Assert.Equal(7.5, one.Update(7.5, 1));
    }

    [Fact]
    public void Rsi_and_crosses_follow_Pines_definitions_on_a_hand_series()
    {
        var rsi = new RsiState();
        double[] closes = [10, 11, 10.5, 12];
        double[] values = closes.Select(c => rsi.Update(c, 2)).ToArray();

        // Changes: +1, -0.5, +1.5. Gains/losses seeded by SMA over 2, then Wilder.
        double gain = (1 + 0) / 2.0, loss = (0 + 0.5) / 2.0;
        double nextGain = (gain + 1.5) / 2, nextLoss = (loss + 0) / 2;
        Assert.Equal(new[] { double.NaN, double.NaN, 100 - 100 / (1 + gain / loss), 100 - 100 / (1 + nextGain / nextLoss) }, values);

        var over = new CrossoverState();
        var under = new CrossunderState();
        double[] a = [1, 2, double.NaN, 3, 1, 1];
        double[] b = [2, 2, 2, 2, 2, 1];
        Assert.Equal(new[] { false, false, false, true, false, false }, a.Zip(b, (x, y) => over.Update(x, y)));
        Assert.Equal(new[] { false, false, false, false, true, false }, a.Zip(b, (x, y) => under.Update(x, y)));
    }

    [Fact]
    public void True_range_and_atr_use_the_previous_close_and_high_minus_low_on_the_first_bar()
    {
        Assert.True(double.IsNaN(TrueRange.Compute(5, 3, double.NaN, handleNa: false)));
        Assert.Equal(2, TrueRange.Compute(5, 3, double.NaN, handleNa: true));
        Assert.Equal(4, TrueRange.Compute(5, 3, 1, handleNa: false)); // |high - previous close| wins
        Assert.Equal(3, TrueRange.Compute(5, 3, 6, handleNa: false)); // |low - previous close| wins

        var atr = new AtrState();
        Assert.True(double.IsNaN(atr.Update(5, 3, double.NaN, 2)));
        Assert.Equal((2 + 4) / 2.0, atr.Update(5, 3, 1, 2));
    }

    [Fact]
    public void Lengths_below_one_and_lengths_that_change_are_rejected_naming_the_function()
    {
        var sma = new SmaState();
        Assert.Contains("ta.sma: length must be at least 1; got 0", Assert.Throws<ArgumentOutOfRangeException>(() => sma.Update(1, 0)).Message);
        var ema = new EmaState();
        ema.Update(1, 3);
        Assert.Contains("ta.ema: this call site was first called with length 3 and now with 4", Assert.Throws<ArgumentException>(() => ema.Update(1, 4)).Message);

        // Functions built on others name themselves, not the function inside them.
        var rsi = new RsiState();
        rsi.Update(1, 14);
        Assert.Contains("ta.rsi: this call site was first called with length 14", Assert.Throws<ArgumentException>(() => rsi.Update(1, 15)).Message);
        var atr = new AtrState();
        atr.Update(2, 1, 1.5, 14);
        Assert.Contains("ta.atr: this call site was first called with length 14", Assert.Throws<ArgumentException>(() => atr.Update(2, 1, 1.5, 7)).Message);
        var vwma = new VwmaState();
        vwma.Update(1, 10, 20);
        Assert.Contains("ta.vwma: this call site", Assert.Throws<ArgumentException>(() => vwma.Update(1, 10, 21)).Message);
        var bbw = new BbwState();
        bbw.Update(1, 20, 2);
        Assert.Contains("ta.bbw: this call site", Assert.Throws<ArgumentException>(() => bbw.Update(1, 10, 2)).Message);
        Assert.Contains("ta.stoch: length must be at least 1; got 0",
            Assert.Throws<ArgumentOutOfRangeException>(() => new StochState().Update(1, 2, 0, 0, 0)).Message);
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected na, got {actual}");
            return;
        }

        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
    }
}
