using CsCheck;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>
/// What no lookahead means, as a property: cutting the bars after any bar leaves every value on the bars before the cut
/// unchanged, for higher timeframes (daily, 4-hour) with and without gaps and for intrabars, over random hourly bars
/// with random holes (missing hours) in the forex week, across the March 2024 DST change. With lookahead the documented difference appears:
/// the cut changes what earlier bars read.
/// </summary>
public sealed class NoLookaheadTests
{
    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };

    private static readonly string[] s_withoutLookahead =
    [
        "D open", "D high", "D low", "D close", "D time", "D bar_index", "D sma5", "D close[1] via history", "D close gaps",
        "240 open", "240 high", "240 low", "240 close", "240 time", "240 ema3", "chart close",
    ];

    /// <summary>Hourly bars over about two weeks from a random start, each hour kept with probability 7/8, prices a random walk.</summary>
    private static readonly Gen<(long[] Times, double[] Closes)> s_bars =
        Gen.Select(Gen.Int[0, 23], Gen.Int[0, 6], Gen.Double[-0.002, 0.002].Array[400], Gen.Int[0, 7].Array[400])
            .Select(t =>
            {
                (int startHour, int startDay, double[] steps, int[] keep) = t;
                long start = new DateTimeOffset(2024, 3, 3 + startDay, startHour, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(); // spans the US DST change
                var times = new List<long>();
                var closes = new List<double>();
                double price = 1.1;
                for (int h = 0; h < steps.Length; h++)
                {
                    price += steps[h];
                    long time = start + h * 3_600_000L;
                    if (keep[h] != 0 && InForexSession(time))
                    {
                        times.Add(time);
                        closes.Add(Math.Round(price, 5));
                    }
                }

                return (times.ToArray(), closes.ToArray());
            });

    [Fact]
    public void Cutting_the_bars_after_any_bar_changes_nothing_before_the_cut_without_lookahead()
    {
        Gen.Select(s_bars, Gen.Double[0.05, 0.95]).Sample(t =>
        {
            ((long[] times, double[] closes), double where) = t;
            int cut = Math.Max(1, (int)(times.Length * where));
            IndicatorResult full = Run(times, closes);
            IndicatorResult truncated = Run(times[..cut], closes[..cut]);
            foreach (string plot in s_withoutLookahead)
            {
                double[] before = full.GetPlot(plot).Values.Span[..cut].ToArray();
                double[] after = truncated.GetPlot(plot).Values.ToArray();
                Assert.True(before.SequenceEqual(after), $"{plot} changed before the cut at bar {cut} of {times.Length}");
            }
        }, iter: 60);
    }

    [Fact]
    public void Cutting_the_bars_changes_what_earlier_bars_read_with_lookahead()
    {
        // Hourly forex bars of Monday 2024-03-04 from 17:00 New York (its FX day ends Tuesday 17:00): cut at Tuesday 10:00.
        long start = new DateTimeOffset(2024, 3, 4, 22, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        long[] times = [.. Enumerable.Range(0, 24).Select(h => start + h * 3_600_000L)];
        double[] closes = [.. Enumerable.Range(0, 24).Select(h => 1.1 + h * 0.0001)];

        IndicatorResult full = Run(times, closes);
        IndicatorResult truncated = Run(times[..17], closes[..17]);

        // The first bar reads the day's final close: the last hour's with all bars, the cut's last hour's without them.
        Assert.Equal(closes[23], full.GetPlot("D close lookahead").Values.Span[0]);
        Assert.Equal(closes[16], truncated.GetPlot("D close lookahead").Values.Span[0]);
    }

    /// <summary>Forex trades Sunday 17:00 to Friday 17:00 New York time; TradingView has no bars outside.</summary>
    private static bool InForexSession(long time)
    {
        DateTime local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(time), TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime;
        return local.DayOfWeek switch
        {
            DayOfWeek.Saturday => false,
            DayOfWeek.Friday => local.Hour < 17,
            DayOfWeek.Sunday => local.Hour >= 17,
            _ => true,
        };
    }

    [Fact]
    public void Cutting_the_chart_and_its_intrabars_at_a_chart_bars_close_changes_nothing_before_the_cut()
    {
        // 15-minute bars with random holes and hourly chart bars with their own holes: the chart bars before a cut read the
        // same intrabars whether or not the lower timeframe goes on after the cut's last chart bar closed.
        string[] plots = ["count", "first open", "highest high", "lowest low", "last close", "first time", "last time",
            "close of the last intrabar", "ema3 of the last intrabar"];
        Gen.Select(s_bars, Gen.Int[0, 3].Array[1600], Gen.Double[0.05, 0.95]).Sample(t =>
        {
            ((long[] hours, double[] hourCloses), int[] keepQuarter, double where) = t;
            long[] quarters = [.. Enumerable.Range(0, 1600).Select(q => hours[0] + q * 900_000L).Where((_, q) => keepQuarter[q] != 0)];
            double[] quarterCloses = [.. quarters.Select((_, q) => Math.Round(1.1 + Math.Sin(q * 0.37) * 0.01, 5))];
            int cut = Math.Max(1, (int)(hours.Length * where));
            long cutClose = hours[cut - 1] + 3_600_000L;
            int quartersKept = quarters.Count(q => q + 900_000L <= cutClose);

            IndicatorResult full = RunIntrabars(hours, hourCloses, quarters, quarterCloses);
            IndicatorResult truncated = RunIntrabars(hours[..cut], hourCloses[..cut], quarters[..quartersKept], quarterCloses[..quartersKept]);
            foreach (string plot in plots)
            {
                double[] before = full.GetPlot(plot).Values.Span[..cut].ToArray();
                double[] after = truncated.GetPlot(plot).Values.ToArray();
                Assert.True(before.SequenceEqual(after), $"{plot} changed before the cut at bar {cut} of {hours.Length}");
            }
        }, iter: 40);
    }

    private static IndicatorResult RunIntrabars(long[] hours, double[] hourCloses, long[] quarters, double[] quarterCloses)
    {
        Bars lower = Bars.FromArrays(quarters, quarterCloses, quarterCloses, quarterCloses, quarterCloses, null, new BarDataOptions { Period = Timeframe.Parse("15") });
        return new RuntimeEnvironment().RunIndicator(
            IntrabarsProbe.Create(new IntrabarsProbe.Inputs { Period = "15" }), Hourly(hours, hourCloses), new RunOptions { Symbol = s_forex, LowerTimeframeBars = lower });
    }

    private static Bars Hourly(long[] times, double[] closes)
    {
        double[] opens = [closes[0], .. closes[..^1]];
        double[] highs = [.. closes.Select((c, i) => Math.Max(c, opens[i]) + 0.0003)];
        double[] lows = [.. closes.Select((c, i) => Math.Min(c, opens[i]) - 0.0003)];
        return Bars.FromArrays(times, opens, highs, lows, closes, null, new BarDataOptions { Period = Timeframe.Parse("60") });
    }

    private static IndicatorResult Run(long[] times, double[] closes) =>
        new RuntimeEnvironment().RunIndicator(TimeframesProbe.Create(), Hourly(times, closes), new RunOptions { Symbol = s_forex });
}
