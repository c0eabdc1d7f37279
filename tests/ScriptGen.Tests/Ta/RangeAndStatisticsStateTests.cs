using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>The range and statistics states against their definitions (<see cref="Definitions"/>) on random series with na.</summary>
public sealed class RangeAndStatisticsStateTests
{
    private static readonly Gen<(double[] Values, int Length)> s_prices = MovingAverageStateTests.s_prices;

    /// <summary>Few distinct values (0..4), so windows hold ties; about one in ten na.</summary>
    private static readonly Gen<(double[] Values, int Length)> s_ties =
        Gen.Select(
            Gen.Int[0, 4].Select(Gen.Int[0, 9]).Select(t => t.Item2 == 0 ? double.NaN : t.Item1).Array[1, 80],
            Gen.Int[1, 12]);

    [Fact]
    public void Highestbars_and_lowestbars_point_at_the_oldest_extreme_of_the_last_length_bars()
    {
        s_ties.Sample(t =>
        {
            var highest = new HighestBarsState();
            var lowest = new LowestBarsState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expectedHigh = double.NaN, expectedLow = double.NaN;
                int[] defined = Enumerable.Range(Math.Max(0, bar - t.Length + 1), Math.Min(t.Length, bar + 1))
                    .Where(i => !double.IsNaN(t.Values[i])).ToArray();
                if (bar >= t.Length - 1 && defined.Length > 0)
                {
                    double max = defined.Max(i => t.Values[i]), min = defined.Min(i => t.Values[i]);
                    expectedHigh = -(bar - defined.First(i => t.Values[i] == max));
                    expectedLow = -(bar - defined.First(i => t.Values[i] == min));
                }

                Assert.Equal(expectedHigh, highest.Update(t.Values[bar], t.Length, bar));
                Assert.Equal(expectedLow, lowest.Update(t.Values[bar], t.Length, bar));
            }
        });
    }

    [Fact]
    public void A_window_spans_bars_so_a_skipped_bar_still_ages_it()
    {
        // Called on bars 0, 1, 2 and 5 with length 3: on bar 5 the window is bars 3-5, of which only 5 was seen.
        var state = new HighestState();
        Assert.True(double.IsNaN(state.Update(9, 3, 0)));
        Assert.True(double.IsNaN(state.Update(1, 3, 1)));
        Assert.Equal(9, state.Update(2, 3, 2));
        Assert.Equal(4, state.Update(4, 3, 5));
        Assert.Contains("must grow", Assert.Throws<ArgumentException>(() => state.Update(1, 3, 5)).Message);
    }

    [Fact]
    public void Range_is_highest_minus_lowest_of_the_defined_bars_and_na_on_na()
    {
        s_prices.Sample(t =>
        {
            var state = new RangeState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expected = double.NaN;
                if (bar >= t.Length - 1 && !double.IsNaN(t.Values[bar]))
                {
                    double[] window = t.Values[(bar - t.Length + 1)..(bar + 1)].Where(v => !double.IsNaN(v)).ToArray();
                    expected = window.Max() - window.Min();
                }

                Assert.Equal(expected, state.Update(t.Values[bar], t.Length, bar));
            }
        });
    }

    [Fact]
    public void Min_and_max_are_the_extremes_so_far_ignoring_na()
    {
        s_prices.Sample(t =>
        {
            var min = new MinState();
            var max = new MaxState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double[] seen = t.Values[..(bar + 1)].Where(v => !double.IsNaN(v)).ToArray();
                Assert.Equal(seen.Length == 0 ? double.NaN : seen.Min(), min.Update(t.Values[bar]));
                Assert.Equal(seen.Length == 0 ? double.NaN : seen.Max(), max.Update(t.Values[bar]));
            }
        });
    }

    [Fact]
    public void Median_is_the_middle_of_the_last_length_non_na_values_sorted()
    {
        s_ties.Sample(t =>
        {
            var state = new MedianState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expected = double.NaN;
                if (!double.IsNaN(t.Values[bar]) && Definitions.LastNonNa(t.Values, bar, t.Length) is { } window)
                {
                    Array.Sort(window);
                    expected = t.Length % 2 == 1 ? window[t.Length / 2] : (window[t.Length / 2 - 1] + window[t.Length / 2]) / 2;
                }

                Assert.Equal(expected, state.Update(t.Values[bar], t.Length));
            }
        });
    }

    [Fact]
    public void Mode_is_the_most_frequent_of_the_last_length_values_and_the_smallest_of_ties()
    {
        s_ties.Sample(t =>
        {
            var state = new ModeState();
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expected = double.NaN;
                if (!double.IsNaN(t.Values[bar]) && bar >= t.Length - 1)
                {
                    expected = t.Values[(bar - t.Length + 1)..(bar + 1)].Where(v => !double.IsNaN(v))
                        .GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                }

                Assert.Equal(expected, state.Update(t.Values[bar], t.Length, bar));
            }
        });
    }

    [Fact]
    public void Linreg_is_the_least_squares_line_of_the_last_length_non_na_values_and_holds_on_na()
    {
        Gen.Select(s_prices, Gen.Int[0, 15]).Sample((t, offset) =>
        {
            var state = new LinRegState();
            double held = double.NaN;
            for (int bar = 0; bar < t.Values.Length; bar++)
            {
                double expected = held;
                if (t.Length == 1)
                {
                    expected = t.Values[bar];
                }
                else if (!double.IsNaN(t.Values[bar]))
                {
                    expected = double.NaN;
                    if (Definitions.LastNonNa(t.Values, bar, t.Length) is { } y)
                    {
                        // x = 1 (oldest) .. length (newest); the line at x = length - offset.
                        double xMean = (t.Length + 1) / 2.0, yMean = y.Average();
                        double sxy = 0, sxx = 0;
                        for (int i = 0; i < t.Length; i++)
                        {
                            sxy += (i + 1 - xMean) * (y[i] - yMean);
                            sxx += (i + 1 - xMean) * (i + 1 - xMean);
                        }

                        expected = yMean + sxy / sxx * (t.Length - offset - xMean);
                    }

                    held = expected;
                }

                Definitions.AssertClose(expected, state.Update(t.Values[bar], t.Length, offset), $"bar {bar}");
            }
        });
    }

    [Fact]
    public void Correlation_is_pearsons_over_the_last_length_bars()
    {
        Gen.Select(Gen.Double[1, 100].Array[20, 60], Gen.Double[1, 100].Array[60], Gen.Int[2, 12]).Sample((a, b, length) =>
        {
            var state = new CorrelationState();
            for (int bar = 0; bar < a.Length; bar++)
            {
                double expected = double.NaN;
                if (bar >= length - 1)
                {
                    double[] x = a[(bar - length + 1)..(bar + 1)], y = b[(bar - length + 1)..(bar + 1)];
                    double covariance = x.Zip(y, (p, q) => (p - x.Average()) * (q - y.Average())).Sum() / length;
                    // Pine's tolerance: a covariance within 1e-10 of 0 is 0 (measured by PyneCore, see CorrelationState).
                    expected = Math.Abs(covariance) <= Definitions.Epsilon ? 0 : Definitions.Correlation(x, y);
                }

                // TradingView's one-pass formula cancels where two passes do not: agreement is to the cancellation.
                Definitions.AssertClose(expected, state.Update(a[bar], b[bar], length), $"bar {bar}", tolerance: 1e-6);
            }
        });
    }
}
