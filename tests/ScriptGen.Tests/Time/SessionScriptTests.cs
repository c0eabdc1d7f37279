using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Time;

/// <summary>
/// The session day as scripts see it through <c>ta.vwap</c>, <c>time(timeframe, session)</c> and <c>session.*</c>.
/// Expected values are computed here from Pine's definitions with .NET's own time zone conversions
/// (TimeZoneInfo), written independently of ScriptGen's session code, on TradingView's EUR/USD bars and on
/// stock bars across the March 2024 DST change and a weekend.
/// </summary>
public sealed class SessionScriptTests
{
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };
    private static readonly Lazy<(ReferenceCsv Csv, Bars Bars)> s_fiveMinutes = new(() =>
    {
        ReferenceCsv csv = ReferenceCsv.Load("time/timeframe_change_forex_5.csv");
        return (csv, SessionTradingViewTests.ReadBars(csv));
    });

    [Fact]
    public void Vwap_of_close_on_a_forex_symbol_restarts_at_17_00_New_York_across_the_DST_change()
    {
        Bars bars = s_fiveMinutes.Value.Bars;
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(SessionVwapProbe.Create(), bars, new RunOptions { Symbol = s_forex });
        double[] vwap = result.GetPlot("vwap").Values.ToArray();

        double weighted = 0, volume = 0;
        DateOnly day = default;
        int restartsAtFive = 0;
        for (int i = 0; i < bars.Count; i++)
        {
            DateTime local = NewYork(bars.Time[i]);
            DateOnly tradingDay = DateOnly.FromDateTime(local.Hour >= 17 ? local.Date.AddDays(1) : local.Date);
            if (i == 0 || tradingDay != day)
            {
                (weighted, volume, day) = (0, 0, tradingDay);
                restartsAtFive += local.Hour == 17 && local.Minute <= 5 ? 1 : 0;
                Assert.Equal(bars.Close[i], vwap[i], 12); // a restart's value is its own close
            }

            weighted += bars.Close[i] * bars.Volume[i];
            volume += bars.Volume[i];
            Assert.True(Tolerance.Matches(weighted / volume, vwap[i]), $"{local:yyyy-MM-dd HH:mm}: expected {weighted / volume}, got {vwap[i]}");
        }

        Assert.True(restartsAtFive > 60, $"only {restartsAtFive} restarts at 17:00"); // every trading day of Oct 2024 - Jan 2025
    }

    [Fact]
    public void TimeIn_and_TimeCloseIn_give_the_session_days_and_tiles_on_every_five_minute_forex_bar()
    {
        Bars bars = s_fiveMinutes.Value.Bars;
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(SessionVwapProbe.Create(), bars, new RunOptions { Symbol = s_forex });
        Dictionary<string, double[]> plots = Plots(result);

        for (int i = 0; i < bars.Count; i++)
        {
            long time = bars.Time[i];
            DateTime local = NewYork(time);
            DateTime dayOpen = (local.Hour >= 17 ? local.Date : local.Date.AddDays(-1)).AddHours(17); // 17:00 the evening before
            long open = Utc(dayOpen);
            Assert.Equal(open, plots["time(D)"][i]);
            Assert.Equal(Utc(dayOpen.AddDays(1)), plots["time_close(D)"][i]);
            Assert.Equal(open + (time - open) / 14_400_000 * 14_400_000, plots["time(240)"][i]);
            DateTime tradingDate = dayOpen.Date.AddDays(1);
            DateTime monday = tradingDate.AddDays(-(((int)tradingDate.DayOfWeek + 6) % 7));
            Assert.Equal(Utc(monday.AddDays(-1).AddHours(17)), plots["time(W)"][i]); // Sunday 17:00 opens the week

            bool inStockHours = local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && local.TimeOfDay >= new TimeSpan(9, 30, 0) && local.TimeOfDay < new TimeSpan(16, 0, 0);
            double hourly = plots["time(60, 0930-1600:23456)"][i];
            double hourlyClose = plots["time_close(60, 0930-1600:23456)"][i];
            double daily = plots["time(D, 0930-1600:23456)"][i];
            if (!inStockHours)
            {
                Assert.True(double.IsNaN(hourly) && double.IsNaN(hourlyClose) && double.IsNaN(daily), $"{local:yyyy-MM-dd HH:mm} is outside 0930-1600 but read {hourly}");
                continue;
            }

            DateTime sessionOpen = local.Date.AddHours(9.5);
            DateTime tile = sessionOpen.AddHours(Math.Floor((local - sessionOpen).TotalHours)); // 09:30, 10:30, ... 15:30
            Assert.Equal(Utc(tile), hourly);
            Assert.Equal(Utc(tile.AddHours(1) < local.Date.AddHours(16) ? tile.AddHours(1) : local.Date.AddHours(16)), hourlyClose);
            Assert.Equal(Utc(sessionOpen), daily);
        }
    }

    [Fact]
    public void A_stock_with_extended_hours_starts_its_day_at_the_pre_market_across_a_weekend_and_the_DST_change()
    {
        // 30-minute bars 04:00-20:00 New York on Fri 2024-03-08, Mon 03-11 (DST began Sunday 03-10) and Tue 03-12.
        var times = new List<long>();
        foreach (int dayOfMonth in new[] { 8, 11, 12 })
        {
            for (DateTime local = new(2024, 3, dayOfMonth, 4, 0, 0); local.Hour < 20; local = local.AddMinutes(30))
            {
                times.Add(Utc(local));
            }
        }

        double[] closes = times.Select((_, i) => 100.0 + i % 9).ToArray();
        Bars bars = Bars.FromArrays(times.ToArray(), closes, closes, closes, closes, times.Select((_, i) => 1.0 + i % 4).ToArray());
        SymbolInfo stock = SymbolInfo.For(SymbolKind.Stock, "AAPL") with { PreMarket = "0400-0930:23456", PostMarket = "1600-2000:23456" };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(ExtendedSessionProbe.Create(), bars, new RunOptions { Symbol = stock });
        Dictionary<string, double[]> plots = Plots(result);

        double weighted = 0, volume = 0;
        for (int i = 0; i < times.Count; i++)
        {
            DateTime local = NewYork(times[i]);
            TimeSpan clock = local.TimeOfDay;
            int part = clock < new TimeSpan(9, 30, 0) ? 2 : clock < new TimeSpan(16, 0, 0) ? 1 : 3;
            int firstLast = (clock == new TimeSpan(4, 0, 0) ? 1000 : 0) + (clock == new TimeSpan(9, 30, 0) ? 100 : 0)
                + (clock == new TimeSpan(19, 30, 0) ? 10 : 0) + (clock == new TimeSpan(15, 30, 0) ? 1 : 0);
            string at = $"{local:yyyy-MM-dd HH:mm}";
            Assert.True(part == plots["part"][i], $"{at}: part");
            Assert.True(firstLast == plots["first/last"][i], $"{at}: first/last {plots["first/last"][i]}");
            Assert.True((i > 0 && clock == new TimeSpan(4, 0, 0) ? 1 : 0) == plots["change(D)"][i], $"{at}: change(D)");
            if (clock == new TimeSpan(4, 0, 0))
            {
                (weighted, volume) = (0, 0);
            }

            weighted += closes[i] * bars.Volume[i];
            volume += bars.Volume[i];
            Assert.True(Tolerance.Matches(weighted / volume, plots["vwap"][i]), $"{at}: vwap");
            Assert.Equal(1, plots["extended"][i]);
        }
    }

    private static Dictionary<string, double[]> Plots(IndicatorResult result) =>
        result.Plots.ToDictionary(p => p.Title, p => p.Values.ToArray());

    private static DateTime NewYork(long utcMilliseconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(utcMilliseconds), s_newYork).DateTime;

    private static long Utc(DateTime newYorkWallClock) =>
        new DateTimeOffset(newYorkWallClock, s_newYork.GetUtcOffset(newYorkWallClock)).ToUnixTimeMilliseconds();
}
