using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// Rules of the changes, dispersion, percentile, trend, channel, pivot, volume and math.sum states that
/// the PyneCore reference files cannot show: levels PyneCore does not compute (checked against the
/// formulas TradingView publishes), argument errors, day boundaries across DST, and no drift over a
/// million bars.
/// </summary>
public sealed class PyneFamilyRuleTests
{
    [Fact]
    public void Traditional_pivot_levels_four_and_five_follow_TradingViews_published_formulas()
    {
        // Period 1: bars 0-2; the anchor on bar 3 closes it: H = 12, L = 8, C (close before bar 3) = 11.
        (double Open, double High, double Low, double Close)[] bars =
            [(10, 11, 9, 10), (10, 12, 8, 9), (9, 10, 9, 11), (11, 13, 10, 12), (12, 14, 11, 13)];
        var state = new PivotPointLevelsState();
        PivotLevels levels = default;
        for (int i = 0; i < bars.Length; i++)
        {
            double previousClose = i == 0 ? double.NaN : bars[i - 1].Close;
            levels = state.Update(bars[i].Open, bars[i].High, bars[i].Low, bars[i].Close, previousClose, PivotPointType.Traditional, anchor: i == 3, developing: false);
            if (i < 3)
            {
                Assert.Equal(PivotLevels.None, levels);
            }
        }

        // TradingView help, "Pivot Points Standard" (tradingview.com/support/solutions/43000521824),
        // Traditional: PP = (H + L + C) / 3, R4 = PP * 3 + (H - 3 * L), S4 = PP * 3 - (3 * H - L),
        // R5 = PP * 4 + (H - 4 * L), S5 = PP * 4 - (4 * H - L).
        const double h = 12, l = 8, c = 11, pp = (h + l + c) / 3;
        Assert.Equal(pp, levels.P, 12);
        Assert.Equal(pp * 3 + (h - 3 * l), levels.R4, 12);
        Assert.Equal(pp * 3 - (3 * h - l), levels.S4, 12);
        Assert.Equal(pp * 4 + (h - 4 * l), levels.R5, 12);
        Assert.Equal(pp * 4 - (4 * h - l), levels.S5, 12);
        Assert.Equal(levels.R4, levels[7]);
        Assert.Equal(levels.S5, levels[10]);
        Assert.Throws<ArgumentOutOfRangeException>(() => levels[11]);
    }

    /// <summary>
    /// Both ways PivotWindow finds pivots (a scan up to 32 bars, a deque beyond) against the definition
    /// evaluated directly: on random series with repeated values and na, called on some bars only.
    /// </summary>
    [Fact]
    public void Pivots_follow_their_definition_in_short_and_long_windows_with_na_and_skipped_bars()
    {
        var series = Gen.Int[0, 9].Select(Gen.Int[0, 6], Gen.Bool, (value, gap, called) => (Value: gap == 0 ? double.NaN : value, Called: called || gap > 1))
            .Array[1, 150];
        Gen.Select(series, Gen.Int[1, 20], Gen.Int[1, 20]).Sample(t =>
        {
            (var bars, int left, int right) = t;
            var high = new PivotHighState();
            var low = new PivotLowState();
            var seen = new double[bars.Length];
            for (int bar = 0; bar < bars.Length; bar++)
            {
                seen[bar] = bars[bar].Called ? bars[bar].Value : double.NaN; // a bar the call skipped holds na
                if (!bars[bar].Called)
                {
                    continue;
                }

                Assert.Equal(Definition(seen, bar, left, right, highs: true), high.Update(bars[bar].Value, left, right, bar));
                Assert.Equal(Definition(seen, bar, left, right, highs: false), low.Update(bars[bar].Value, left, right, bar));
            }
        }, iter: 1000);

        // At least every older bar and strictly beyond every newer one; na neither pivots nor blocks.
        static double Definition(double[] seen, int bar, int left, int right, bool highs)
        {
            if (bar < left + right || double.IsNaN(seen[bar]))
            {
                return double.NaN;
            }

            int center = bar - right;
            double candidate = seen[center];
            bool pivot = !double.IsNaN(candidate);
            for (int i = center - left; i < center; i++)
            {
                pivot &= double.IsNaN(seen[i]) || (highs ? seen[i] <= candidate : seen[i] >= candidate);
            }

            for (int i = center + 1; i <= bar; i++)
            {
                pivot &= double.IsNaN(seen[i]) || (highs ? seen[i] < candidate : seen[i] > candidate);
            }

            return pivot ? candidate : double.NaN;
        }
    }

    [Fact]
    public void An_anchor_on_the_first_bar_gives_na_levels_until_the_next_anchor()
    {
        // PyneCore starts the period's high and low as na, so the period an anchor on bar 0 closes is empty.
        var state = new PivotPointLevelsState();
        Assert.Equal(PivotLevels.None, state.Update(10, 11, 9, 10, double.NaN, PivotPointType.Classic, anchor: true, developing: false));
        Assert.Equal(PivotLevels.None, state.Update(10, 12, 8, 11, 10, PivotPointType.Classic, anchor: false, developing: false));
        PivotLevels levels = state.Update(11, 13, 10, 12, 11, PivotPointType.Classic, anchor: true, developing: false);
        Assert.Equal((12 + 8 + 11) / 3.0, levels.P, 12); // the period of bars 0-1: H 12, L 8, previous close 11
    }

    [Fact]
    public void Arguments_outside_their_domain_or_changing_between_bars_fail_naming_the_function()
    {
        Assert.Contains("ta.change: length must be at least 1; got 0", Assert.Throws<ArgumentOutOfRangeException>(() => new ChangeState().Update(1, 0)).Message);
        var mom = new MomState();
        mom.Update(1, 3);
        Assert.Contains("ta.mom: this call site was first called with length 3 and now with 4", Assert.Throws<ArgumentException>(() => mom.Update(1, 4)).Message);
        var valuewhen = new ValueWhenState();
        Assert.Contains("ta.valuewhen: occurrence must be 0 or more; got -1", Assert.Throws<ArgumentOutOfRangeException>(() => valuewhen.Update(true, 1, -1)).Message);
        valuewhen.Update(true, 1, 0);
        Assert.Contains("first called with occurrence 0 and now with 1", Assert.Throws<ArgumentException>(() => valuewhen.Update(true, 1, 1)).Message);
        Assert.Contains("ta.percentile_nearest_rank: percentage must be between 0 and 100; got 101",
            Assert.Throws<ArgumentOutOfRangeException>(() => new PercentileNearestRankState().Update(1, 5, 101)).Message);
        Assert.Contains("ta.dmi: adxSmoothing must be at least 1; got 0", Assert.Throws<ArgumentOutOfRangeException>(() => new DmiState().Update(2, 1, 1, 14, 0)).Message);
        Assert.Contains("ta.pivothigh: rightbars must be at least 1; got 0", Assert.Throws<ArgumentOutOfRangeException>(() => new PivotHighState().Update(1, 2, 0, 0)).Message);
        Assert.Contains("ta.sar: start, inc and max must be positive with start <= max",
            Assert.Throws<ArgumentOutOfRangeException>(() => new SarState().Update(2, 1, 0.3, 0.02, 0.2)).Message);
        var sum = new SumState();
        sum.Update(1, 5);
        Assert.Contains("math.sum: this call site was first called with length 5 and now with 6", Assert.Throws<ArgumentException>(() => sum.Update(1, 6)).Message);
    }

    [Fact]
    public void The_session_vwap_restarts_at_each_new_york_midnight_across_both_dst_changes()
    {
        TimeZoneInfo newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var newYorkDays = new SessionSchedule(TradingSession.TwentyFourSeven, newYork); // a whole-day session: the calendar day in New York
        // Hourly bars across 2022-03-13 (23 hours in New York) and 2022-11-06 (25 hours), and 30-minute
        // bars starting mid-day, so days begin at odd bars.
        foreach ((DateTimeOffset first, int minutes) in new[]
        {
            (new DateTimeOffset(2022, 3, 11, 20, 0, 0, TimeSpan.Zero), 60),
            (new DateTimeOffset(2022, 11, 4, 13, 30, 0, TimeSpan.Zero), 30),
        })
        {
            var state = new SessionVwapState();
            var today = new List<double>();
            DateTime? date = null;
            for (int bar = 0; bar < 200; bar++)
            {
                long time = first.ToUnixTimeMilliseconds() + bar * minutes * 60_000L;
                DateTime local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(time), newYork).DateTime;
                if (local.Date != date)
                {
                    today.Clear();
                    date = local.Date;
                }

                double source = 100 + bar % 7;
                today.Add(source);

                double vwap = state.Update(source, 1, time, newYorkDays); // volume 1: the mean of today's values

                Assert.True(Math.Abs(today.Average() - vwap) < 1e-12, $"{local:yyyy-MM-dd HH:mm}: expected {today.Average()}, got {vwap}");
            }
        }
    }

    [Fact]
    public void Math_sum_over_a_million_bars_does_not_drift_from_a_two_pass_sum()
    {
        const int length = 50;
        const int bars = 1_000_000;
        var random = new Random(7919);
        double[] values = new double[bars];
        double price = 10_000;
        for (int i = 0; i < bars; i++)
        {
            price += (random.NextDouble() - 0.5) * 10;
            values[i] = price * 1e4 + random.NextDouble();
        }

        var sum = new SumState();
        double naiveSum = 0, worst = 0, worstNaive = 0;
        for (int i = 0; i < bars; i++)
        {
            double actual = sum.Update(values[i], length);
            naiveSum += values[i] - (i >= length ? values[i - length] : 0);
            if (i % 997 == 0 && i >= length)
            {
                double twoPass = TwoPassSum(values, i - length + 1, length);
                worst = Math.Max(worst, Math.Abs(actual - twoPass) / twoPass);
                worstNaive = Math.Max(worstNaive, Math.Abs(naiveSum - twoPass) / twoPass);
            }
        }

        // math.sum is TradingView's rolling sum, which reports the sum without its compensation: its
        // error stays bounded (about 3e-14 here from the first 100,000 bars to the last) instead of
        // reaching the last bit, while an uncompensated rolling sum keeps growing past that bound.
        Assert.True(worst <= 5e-14, $"compensated relative error {worst:E2}");
        Assert.True(worstNaive > 5e-14, $"the data should make an uncompensated sum drift (it drifted {worstNaive:E2})");
    }

    /// <summary>A window summed afresh in double-double arithmetic (Knuth's TwoSum keeps each addition's error).</summary>
    private static double TwoPassSum(double[] values, int start, int length)
    {
        double high = 0, low = 0;
        for (int i = start; i < start + length; i++)
        {
            double sum = high + values[i];
            double virtualValue = sum - high;
            low += (high - (sum - virtualValue)) + (values[i] - virtualValue);
            high = sum;
        }

        return high + low;
    }
}
