using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>The oscillator states against their definitions (<see cref="Definitions"/>) on random series with na.</summary>
public sealed class OscillatorStateTests
{
    private static readonly Gen<(double[] Values, int Length)> s_prices = MovingAverageStateTests.s_prices;

    [Fact]
    public void Cmo_sums_the_rises_and_falls_of_the_last_length_defined_changes()
    {
        s_prices.Sample(t =>
        {
            var state = new CmoState();
            double[] x = t.Values;
            var momenta = new List<double>();
            for (int bar = 0; bar < x.Length; bar++)
            {
                double momentum = bar == 0 ? double.NaN : x[bar] - x[bar - 1];
                double expected = double.NaN;
                if (!double.IsNaN(momentum))
                {
                    momenta.Add(momentum);
                    if (momenta.Count >= t.Length)
                    {
                        // Pine: mom >= 0 is a rise (tolerantly: above -1e-10).
                        double[] window = momenta.Skip(momenta.Count - t.Length).ToArray();
                        double up = window.Sum(m => m >= -Definitions.Epsilon ? m : 0);
                        double down = window.Sum(m => m >= -Definitions.Epsilon ? 0 : -m);
                        expected = up + down == 0 ? double.NaN : 100 * (up - down) / (up + down);
                    }
                }

                Definitions.AssertClose(expected, state.Update(x[bar], t.Length), $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Mfi_is_one_hundred_minus_one_hundred_over_one_plus_the_money_ratio()
    {
        Gen.Select(s_prices, Gen.Double[1, 1000].Array[80]).Sample((t, volumes) =>
        {
            var state = new MfiState();
            var ups = new List<double>();
            var downs = new List<double>();
            double previous = double.NaN;
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double x = t.Values[bar], v = volumes[bar];
                double expected = double.NaN;
                if (!double.IsNaN(x))
                {
                    // Pine: upper += volume * (change(src) <= 0 ? 0 : src); lower += volume * (change(src) >= 0 ? 0 : src);
                    // change is from the previous defined value and na (neither comparison true) on the first.
                    double change = x - previous;
                    ups.Add(v * (change <= Definitions.Epsilon ? 0 : x));
                    downs.Add(v * (change >= -Definitions.Epsilon ? 0 : x));
                    previous = x;
                    if (ups.Count >= t.Length)
                    {
                        double upper = ups.Skip(ups.Count - t.Length).Sum();
                        double lower = downs.Skip(downs.Count - t.Length).Sum();
                        expected = Math.Abs(lower) <= Definitions.Epsilon ? 100 : 100 - 100 / (1 + upper / lower);
                    }
                }

                Definitions.AssertClose(expected, state.Update(x, v, t.Length), $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Cci_divides_the_distance_from_the_sma_by_the_mean_absolute_deviation()
    {
        s_prices.Sample(t =>
        {
            var state = new CciState();
            double[] x = t.Values;
            double[] mean = Definitions.Sma(x, t.Length);
            for (int bar = 0; bar < x.Length; bar++)
            {
                // Pine: dev loops over source[i] for i < length, na included.
                double expected = double.NaN;
                bool flat = false;
                if (Definitions.LastValues(x, bar, t.Length) is { } window && !window.Any(double.IsNaN))
                {
                    double deviation = window.Sum(v => Math.Abs(v - mean[bar])) / t.Length;
                    expected = (x[bar] - mean[bar]) / (0.015 * deviation);
                    // A flat window divides the rounding dust of the mean by itself (in TradingView too): not comparable.
                    flat = deviation < 1e-9;
                }

                double actual = state.Update(x[bar], t.Length);
                if (!flat)
                {
                    Definitions.AssertClose(expected, actual, $"bar {bar}", tolerance: 1e-7);
                }
            }
        });
    }

    [Fact]
    public void Cog_is_minus_the_position_weighted_sum_over_the_sum_and_holds_on_na()
    {
        s_prices.Sample(t =>
        {
            var state = new CogState();
            double held = double.NaN;
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expected = held;
                if (!double.IsNaN(t.Values[bar]))
                {
                    expected = double.NaN;
                    if (Definitions.LastNonNa(t.Values, bar, t.Length) is { } window)
                    {
                        // Pine: num += source[i] * (i + 1) for i = 0 (newest) .. length - 1; -num / sum(source, length).
                        double numerator = 0;
                        for (int i = 0; i < t.Length; i++)
                        {
                            numerator += window[t.Length - 1 - i] * (i + 1);
                        }

                        expected = -numerator / window.Sum();
                    }

                    held = expected;
                }

                Definitions.AssertClose(expected, state.Update(t.Values[bar], t.Length), $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Stoch_and_wpr_place_the_close_in_the_range_of_the_last_length_bars()
    {
        Gen.Select(s_prices, Gen.Double[0, 0.1].Array[80]).Sample((t, spread) =>
        {
            var stoch = new StochState();
            var wpr = new WprState();
            double[] close = t.Values.Select(v => double.IsNaN(v) ? 1.5 : v).ToArray();
            double[] high = close.Select((c, i) => c + spread[i]).ToArray();
            double[] low = close.Select((c, i) => c - spread[(i + 7) % 80]).ToArray();
            for (int bar = 0; bar < close.Length; bar++)
            {
                // na source: stoch is na and the bar does not enter its windows.
                double source = t.Values[bar];
                double expectedStoch = double.NaN, expectedWpr = double.NaN;
                if (bar >= t.Length - 1)
                {
                    var bars = Enumerable.Range(bar - t.Length + 1, t.Length).ToArray();
                    double hh = bars.Max(i => high[i]), ll = bars.Min(i => low[i]);
                    expectedWpr = 100 * (close[bar] - hh) / (hh - ll);
                    var fed = bars.Where(i => !double.IsNaN(t.Values[i])).ToArray();
                    if (!double.IsNaN(source))
                    {
                        double fh = fed.Max(i => high[i]), fl = fed.Min(i => low[i]);
                        expectedStoch = 100 * (source - fl) / (fh - fl);
                    }
                }

                Definitions.AssertClose(expectedStoch, stoch.Update(source, high[bar], low[bar], t.Length, bar), $"stoch, bar {bar}");
                Definitions.AssertClose(expectedWpr, wpr.Update(high[bar], low[bar], close[bar], t.Length, bar), $"wpr, bar {bar}");
            }
        });
    }

    [Fact]
    public void Macd_is_the_difference_of_two_emas_with_an_ema_signal()
    {
        Gen.Select(s_prices, Gen.Int[1, 8], Gen.Int[1, 8]).Sample((t, extra, signalLength) =>
        {
            int fastLength = t.Length, slowLength = t.Length + extra;
            double[] fast = Definitions.Ema(t.Values, fastLength);
            double[] slow = Definitions.Ema(t.Values, slowLength);
            double[] line = fast.Zip(slow, (f, s) => f - s).ToArray();
            double[] signal = Definitions.Ema(line, signalLength);
            var state = new MacdState();
            for (int bar = 0; bar < line.Length; bar++)
            {
                var (macd, sig, histogram) = state.Update(t.Values[bar], fastLength, slowLength, signalLength);
                Definitions.AssertClose(line[bar], macd, $"line, bar {bar}");
                Definitions.AssertClose(signal[bar], sig, $"signal, bar {bar}");
                Definitions.AssertClose(line[bar] - signal[bar], histogram, $"histogram, bar {bar}");
            }
        });
    }

    [Fact]
    public void A_macd_length_that_changes_is_rejected_by_name()
    {
        var state = new MacdState();
        state.Update(1, 12, 26, 9);
        var error = Assert.Throws<ArgumentException>(() => state.Update(1, 12, 27, 9));
        Assert.Equal("slowLength", error.ParamName);
        Assert.Contains("ta.macd: this call site was first called with slowLength 26 and now with 27", error.Message);
    }
}
