using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;
using ScriptGen.Tests.Time;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>
/// An indicator imported on a higher timeframe of the chart's symbol (Pine's <c>request.security(syminfo.tickerid, "D", ...)</c>):
/// the bars it runs on, built from the chart's, and the chart bar on which each becomes visible. Expected values are worked
/// by hand from the bars' layout, which follows PyneCore's t40_security tests 012, 014 and 018 (measured against TradingView):
/// an hourly 24x7 feed whose close is <c>(day + 1) * 1000 + hour</c>, whose high spikes by 5,000 at hour 12 and whose low
/// dips by 5,000 at hour 6, so that a day's high and low are not its last bar's.
/// </summary>
public sealed class HigherTimeframeTests
{
    private const int Days = 3;
    private static readonly SymbolInfo s_crypto = SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT"); // 24x7, days at 00:00 UTC

    private static double Base(int day, int hour) => (day + 1) * 1000 + hour;

    private static Bars HourlyDays(Func<int, int, bool>? keep = null)
    {
        var rows = new List<(long Time, double Open, double High, double Low, double Close)>();
        for (int day = 0; day < Days; day++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                if (keep is null || keep(day, hour))
                {
                    double b = Base(day, hour);
                    rows.Add((TestBars.TimeOf(day * 24 + hour), b, b + (hour == 12 ? 5000 : 0), b - (hour == 6 ? 5000 : 0), b));
                }
            }
        }

        return Bars.FromArrays(
            [.. rows.Select(r => r.Time)], [.. rows.Select(r => r.Open)], [.. rows.Select(r => r.High)],
            [.. rows.Select(r => r.Low)], [.. rows.Select(r => r.Close)], null, new BarDataOptions { Period = Timeframe.Parse("60") });
    }

    private static IndicatorResult Run(Bars bars) =>
        new RuntimeEnvironment().RunIndicator(TimeframesProbe.Create(), bars, new RunOptions { Symbol = s_crypto });

    private static double At(IndicatorResult result, string plot, int day, int hour) => result.GetPlot(plot).Values.Span[day * 24 + hour];

    [Fact]
    public void A_daily_bar_is_the_days_aggregate_and_becomes_visible_on_the_hour_that_closes_the_day()
    {
        IndicatorResult result = Run(HourlyDays());

        for (int hour = 0; hour < 23; hour++)
        {
            Assert.True(double.IsNaN(At(result, "D close", 0, hour)), $"day 0 hour {hour}: no day has closed yet");
        }

        for (int day = 0; day < Days; day++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                int shown = hour == 23 ? day : day - 1; // the last day whose 24:00 close has passed when this hour closes
                if (shown < 0)
                {
                    continue;
                }

                string where = $"day {day} hour {hour}";
                Assert.True(Base(shown, 0) == At(result, "D open", day, hour), where);
                Assert.True(Base(shown, 12) + 5000 == At(result, "D high", day, hour), where);
                Assert.True(Base(shown, 6) - 5000 == At(result, "D low", day, hour), where);
                Assert.True(Base(shown, 23) == At(result, "D close", day, hour), where);
                Assert.True(TestBars.TimeOf(shown * 24) == At(result, "D time", day, hour), where);
                Assert.True(shown == At(result, "D bar_index", day, hour), where);
                Assert.True((shown == 0 ? double.NaN : Base(shown - 1, 23)).Equals(At(result, "D close[1] via history", day, hour)), where);
            }
        }
    }

    [Fact]
    public void A_ta_call_inside_the_daily_indicator_keeps_its_state_on_daily_bars()
    {
        // Seven days of bars closing at (day + 1) * 1000 + hour, so the 5-day SMA of the daily closes has values.
        Bars week = Bars.FromArrays(
            [.. Enumerable.Range(0, 7 * 24).Select(i => TestBars.TimeOf(i))],
            [.. Enumerable.Range(0, 7 * 24).Select(i => Base(i / 24, i % 24))],
            [.. Enumerable.Range(0, 7 * 24).Select(i => Base(i / 24, i % 24))],
            [.. Enumerable.Range(0, 7 * 24).Select(i => Base(i / 24, i % 24))],
            [.. Enumerable.Range(0, 7 * 24).Select(i => Base(i / 24, i % 24))]);
        IndicatorResult result = Run(week);

        // Daily closes are 1023, 2023, ..., 7023; the SMA of the first five is 3023, visible when day 4 closes (its hour 23).
        Assert.True(double.IsNaN(At(result, "D sma5", 4, 22)));
        Assert.Equal(3023, At(result, "D sma5", 4, 23));
        Assert.Equal(3023, At(result, "D sma5", 5, 10));
        Assert.Equal(4023, At(result, "D sma5", 5, 23));
        Assert.Equal(4023, At(result, "D sma5", 6, 22));
    }

    [Fact]
    public void Four_hour_bars_are_tiles_from_the_session_opening_each_visible_on_its_last_hour()
    {
        IndicatorResult result = Run(HourlyDays());

        for (int i = 3; i < Days * 24; i++)
        {
            int day = i / 24, hour = i % 24;
            int lastTile = (i + 1) / 4 - 1; // tiles of 4 hours from 00:00 UTC; tile t closes when hour 4t + 3 does
            int first = lastTile * 4, last = first + 3;
            string where = $"bar {i}";
            Assert.True(Base(first / 24, first % 24) == At(result, "240 open", day, hour), where);
            double high = Enumerable.Range(first, 4).Max(h => Base(h / 24, h % 24) + (h % 24 == 12 ? 5000 : 0));
            double low = Enumerable.Range(first, 4).Min(h => Base(h / 24, h % 24) - (h % 24 == 6 ? 5000 : 0));
            Assert.True(high == At(result, "240 high", day, hour), where);
            Assert.True(low == At(result, "240 low", day, hour), where);
            Assert.True(Base(last / 24, last % 24) == At(result, "240 close", day, hour), where);
            Assert.True(TestBars.TimeOf(first) == At(result, "240 time", day, hour), where);
        }

        Assert.True(double.IsNaN(At(result, "240 close", 0, 2)));
    }

    [Fact]
    public void A_day_whose_last_hours_are_missing_becomes_visible_on_the_next_bar_and_holds()
    {
        // Day 1 has no bars after 21:00 (PyneCore test 012's case on a daily timeframe): its close is hour 21's, and it is
        // only known complete when a bar closes at or after its period's end, the next day's first bar.
        Bars bars = HourlyDays((day, hour) => day != 1 || hour <= 21);
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(TimeframesProbe.Create(), bars, new RunOptions { Symbol = s_crypto });
        double[] close = result.GetPlot("D close").Values.ToArray();
        int day1Hour21 = 24 + 21, day2Hour0 = day1Hour21 + 1;

        Assert.Equal(Base(0, 23), close[day1Hour21]);
        Assert.Equal(Base(1, 21), close[day2Hour0]);
        Assert.Equal(Base(1, 21), close[day2Hour0 + 22]);
        Assert.Equal(Base(2, 23), close[day2Hour0 + 23]);
    }

    [Fact]
    public void With_lookahead_the_containing_day_is_visible_from_its_first_hour_with_its_final_close()
    {
        IndicatorResult result = Run(HourlyDays());

        for (int day = 0; day < Days; day++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                // TradingView's lookahead_on on historical bars: the day's final close before the day ends (the future), and
                // close[1] of the containing day is yesterday's close, where without lookahead it is the day before (PyneCore 018).
                Assert.Equal(Base(day, 23), At(result, "D close lookahead", day, hour));
                Assert.Equal(day == 0 ? double.NaN : Base(day - 1, 23), At(result, "D close[1] lookahead", day, hour));
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void With_gaps_a_daily_value_shows_only_on_the_bar_where_the_day_closed(bool withoutChartImports)
    {
        // Without imports on the chart's own bars the run moves the chart in stretches between the hours a day closes;
        // with one, bar by bar. Both must show the same.
        IndicatorResult result = withoutChartImports
            ? new RuntimeEnvironment().RunIndicator(DailyOnlyProbe.Create(), HourlyDays(), new RunOptions { Symbol = s_crypto })
            : Run(HourlyDays());

        for (int day = 0; day < Days; day++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                Assert.Equal(hour == 23 ? Base(day, 23) : double.NaN, At(result, "D close gaps", day, hour));
                Assert.Equal(hour == 23 ? Base(day, 23) : day == 0 ? double.NaN : Base(day - 1, 23), At(result, "D close", day, hour));
            }
        }
    }

    [Fact]
    public void The_charts_own_timeframe_runs_in_lockstep_with_the_chart()
    {
        Bars bars = HourlyDays();
        IndicatorResult result = Run(bars);

        Assert.Equal(bars.Close.ToArray(), result.GetPlot("chart close").Values.ToArray());
    }

    [Fact]
    public void Daily_4_hour_and_weekly_bars_of_forex_start_where_TradingViews_timeframe_change_says_across_DST_and_weekends()
    {
        // TradingView's timeframe.change("240"/"D"/"W") on 5-minute EUR/USD bars marks the first bar of each period of its
        // aggregation. A period becomes visible on the bar that closes it, the bar before the next period's first one.
        ReferenceCsv csv = ReferenceCsv.Load("time/timeframe_change_forex_5.csv");
        Bars bars = SessionTradingViewTests.ReadBars(csv);
        SymbolInfo forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(PeriodCountProbe.Create(), bars, new RunOptions { Symbol = forex });

        foreach ((string plot, string column) in new[] { ("240 bars", "tf_change_240"), ("D bars", "tf_change_D"), ("W bars", "tf_change_W") })
        {
            double[] visible = result.GetPlot(plot).Values.ToArray();
            double[] change = csv.Numbers(column);
            var mismatches = new List<string>();
            ReadOnlySpan<long> time = bars.Time;
            for (int i = 1; i + 1 < visible.Length; i++)
            {
                bool closedHere = Count(visible[i]) > Count(visible[i - 1]);
                bool nextStartsPeriod = change[i + 1] != 0;
                if (nextStartsPeriod && time[i + 1] != time[i] + 300_000 && !closedHere)
                {
                    // A hole after bar i (a holiday's early close): the period ended at bar i's close or inside the hole, which
                    // the export does not say; if inside, the next bar is the first to close after it, so it shows it.
                    if (Count(visible[i + 1]) <= Count(visible[i]))
                    {
                        mismatches.Add($"{plot}: the period ending in the hole after row {i + 2} ({csv.Text("time")[i]}) closed on neither side of it");
                    }

                    i++;
                    continue;
                }

                if (closedHere != nextStartsPeriod)
                {
                    mismatches.Add($"{plot} at row {i + 2} ({csv.Text("time")[i]}): closed here {closedHere}, TradingView's next bar starts a period {nextStartsPeriod}");
                }
            }

            Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ:\n{string.Join("\n", mismatches.Take(20))}");
        }

        static double Count(double barIndex) => double.IsNaN(barIndex) ? 0 : barIndex + 1;
    }
}
