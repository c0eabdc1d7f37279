using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>The moving-average states against their definitions (<see cref="Definitions"/>) on random series with na.</summary>
public sealed class MovingAverageStateTests
{
    /// <summary>Price-like values, about one in ten na, and a window length.</summary>
    internal static readonly Gen<(double[] Values, int Length)> s_prices =
        Gen.Select(
            Gen.Double[1, 2].Select(Gen.Int[0, 9]).Select(t => t.Item2 == 0 ? double.NaN : t.Item1).Array[1, 80],
            Gen.Int[1, 12]);

    [Fact]
    public void Wma_weights_the_last_length_bars_and_carries_the_last_value_through_na()
    {
        s_prices.Sample(t =>
        {
            var state = new WmaState();
            double[] expected = Definitions.Wma(t.Values, t.Length);
            for (int i = 0; i < t.Values.Length; i++)
            {
                Definitions.AssertClose(expected[i], state.Update(t.Values[i], t.Length), $"bar {i}");
            }
        });
    }

    [Fact]
    public void Alma_is_Pines_gaussian_weighted_sum_and_na_while_an_na_is_in_its_window()
    {
        Gen.Select(s_prices, Gen.Double[0, 1], Gen.Double[1, 10], Gen.Bool).Sample((t, offset, sigma, floor) =>
        {
            var state = new AlmaState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                // Pine v5 reference: for i = 0 to windowsize - 1, weight = exp(-pow(i - m, 2) / (2 * pow(s, 2))), sum += series[windowsize - i - 1] * weight.
                double expected = double.NaN;
                if (bar >= t.Length - 1 && !double.IsNaN(t.Values[bar]))
                {
                    double m = floor ? Math.Floor(offset * (t.Length - 1)) : offset * (t.Length - 1);
                    double s = (double)t.Length / sigma;
                    double norm = 0, sum = 0;
                    for (int i = 0; i < t.Length; i++)
                    {
                        double weight = Math.Exp(-Math.Pow(i - m, 2) / (2 * Math.Pow(s, 2)));
                        norm += weight;
                        sum += t.Values[bar - (t.Length - i - 1)] * weight;
                    }

                    expected = sum / norm;
                }

                Definitions.AssertClose(expected, state.Update(t.Values[bar], t.Length, offset, sigma, floor), $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Swma_weighs_the_last_four_values_one_two_two_one()
    {
        s_prices.Sample(t =>
        {
            var state = new SwmaState();
            for (int i = 0; i < t.Values.Length; i++)
            {
                double[] x = t.Values;
                double expected = i < 3 ? double.NaN : x[i - 3] / 6 + x[i - 2] * 2 / 6 + x[i - 1] * 2 / 6 + x[i] / 6;
                Definitions.AssertClose(expected, state.Update(x[i]), $"bar {i}");
            }
        });
    }

    [Fact]
    public void Hma_is_a_wma_of_twice_the_half_length_wma_minus_the_full_one_over_the_non_na_bars()
    {
        Gen.Select(s_prices, Gen.Int[2, 12]).Sample((t, length) =>
        {
            var state = new HmaState();
            double[] actual = t.Values.Select(v => state.Update(v, length)).ToArray();

            // Pine: wma(2 * wma(x, length / 2) - wma(x, length), floor(sqrt(length))), on the bars where x is defined.
            double[] defined = t.Values.Where(v => !double.IsNaN(v)).ToArray();
            double[] half = Definitions.Wma(defined, length / 2);
            double[] full = Definitions.Wma(defined, length);
            double[] difference = half.Zip(full, (h, f) => 2 * h - f).Where(d => !double.IsNaN(d)).ToArray();
            double[] outer = Definitions.Wma(difference, (int)Math.Sqrt(length));
            int k = 0;
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                if (double.IsNaN(t.Values[bar]))
                {
                    Assert.True(double.IsNaN(actual[bar]));
                    continue;
                }

                int d = k++ - (length - 1); // index of this bar in the difference series
                Definitions.AssertClose(d < 0 ? double.NaN : outer[d], actual[bar], $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Vwma_is_the_sma_of_source_times_volume_over_the_sma_of_volume()
    {
        Gen.Select(s_prices, Gen.Double[1, 1000].Array[80]).Sample((t, volume) =>
        {
            var state = new VwmaState();
            double[] v = volume[..t.Values.Length];
            double[] weighted = Definitions.Sma(t.Values.Select((x, i) => x * v[i]).ToArray(), t.Length);
            double[] volumes = Definitions.Sma(v, t.Length);
            for (int i = 0; i < t.Values.Length; i++)
            {
                Definitions.AssertClose(weighted[i] / volumes[i], state.Update(t.Values[i], v[i], t.Length), $"bar {i}");
            }
        });
    }

    [Fact]
    public void Ema_is_seeded_by_the_sma_and_skips_na()
    {
        s_prices.Sample(t =>
        {
            var state = new EmaState();
            double[] expected = Definitions.Ema(t.Values, t.Length);
            for (int i = 0; i < t.Values.Length; i++)
            {
                Definitions.AssertClose(expected[i], state.Update(t.Values[i], t.Length), $"bar {i}");
            }
        });
    }

    [Fact]
    public void Hma_needs_a_length_of_two_and_alma_a_fixed_length()
    {
        var hma = new HmaState();
        Assert.Contains("ta.hma: length must be at least 2", Assert.Throws<ArgumentOutOfRangeException>(() => hma.Update(1, 1)).Message);
        var alma = new AlmaState();
        alma.Update(1, 5, 0.85, 6, false);
        Assert.Contains("ta.alma: this call site was first called with length 5 and now with 6",
            Assert.Throws<ArgumentException>(() => alma.Update(1, 6, 0.85, 6, false)).Message);
    }
}
