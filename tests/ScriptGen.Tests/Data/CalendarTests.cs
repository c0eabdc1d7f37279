using System.Globalization;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Data;

/// <summary>
/// Pine's calendar values (year ... weekofyear) in the exchange time zone. TradingView's hourly export
/// writes each bar's time with the US/Eastern offset in force (-05:00 in winter, -04:00 in summer), so
/// the wall-clock values written in the file are the reference: run in America/New_York, every bar's
/// values must be the file's own, across every DST change of 2022-2025.
/// </summary>
public sealed class CalendarTests
{
    [Fact]
    public void Calendar_values_in_New_York_match_the_wall_clock_written_in_TradingViews_export()
    {
        string path = ReferenceCsv.PathOf("strategy/ohlcv.csv");
        string[] texts = File.ReadLines(path).Skip(1).Select(line => line[..line.IndexOf(',')]).ToArray();
        Bars bars = BarCsv.Read(path);
        var options = new RunOptions { Symbol = new SymbolInfo { TimeZone = "America/New_York" } };

        IndicatorResult result = new RuntimeEnvironment().RunIndicator(CalendarProbe.Create(), bars, options);

        Assert.Contains(texts, t => t.EndsWith("-04:00", StringComparison.Ordinal)); // summer bars are there
        Assert.Contains(texts, t => t.EndsWith("-05:00", StringComparison.Ordinal));
        for (int i = 0; i < texts.Length; i++)
        {
            // "2022-01-02T17:00:00-05:00": the local wall time is the text before the offset.
            DateTime wall = DateTime.ParseExact(texts[i][..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.Equal(wall.Year, Plot(result, "year", i));
            Assert.Equal(wall.Month, Plot(result, "month", i));
            Assert.Equal(wall.Day, Plot(result, "dayofmonth", i));
            Assert.Equal((int)wall.DayOfWeek + 1, Plot(result, "dayofweek", i)); // .NET Sunday = 0; Pine Sunday = 1
            Assert.Equal(wall.Hour, Plot(result, "hour", i));
            Assert.Equal(wall.Minute, Plot(result, "minute", i));
            Assert.Equal(wall.Second, Plot(result, "second", i));
            Assert.Equal(ISOWeek.GetWeekOfYear(wall), Plot(result, "weekofyear", i));
            if (i > 0)
            {
                DateTime previous = DateTime.ParseExact(texts[i - 1][..19], "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
                Assert.Equal(previous.Hour, Plot(result, "hour[1]", i));
                Assert.Equal((int)previous.DayOfWeek + 1, Plot(result, "dayofweek[1]", i));
            }
        }

        Assert.Equal(0, Plot(result, "hour[1]", 0)); // before the first bar: the int na
    }

    [Fact]
    public void The_default_time_zone_is_UTC()
    {
        // 2022-01-02T17:00:00-05:00 is 22:00 UTC on a Sunday.
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(CalendarProbe.Create(), BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv")));

        Assert.Equal((22, 1), (Plot(result, "hour", 0), Plot(result, "dayofweek", 0)));
    }

    [Theory]
    [InlineData("2021-01-03T12:00:00Z", 53)] // Sunday ending ISO week 53 of 2020
    [InlineData("2024-12-30T12:00:00Z", 1)] // Monday of ISO week 1 of 2025
    [InlineData("2026-12-31T12:00:00Z", 53)]
    [InlineData("1969-12-31T23:59:59Z", 1)] // before the epoch: Wednesday of ISO week 1 of 1970
    public void Week_of_year_is_the_ISO_week_at_year_boundaries(string utc, int week)
    {
        long time = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(CalendarProbe.Create(), Bars.FromArrays([time], [1.0], [1.0], [1.0], [1.0]));

        Assert.Equal(week, Plot(result, "weekofyear", 0));
        Assert.Equal(ISOWeek.GetWeekOfYear(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture).UtcDateTime), week);
    }

    [Fact]
    public void An_unknown_time_zone_is_named()
    {
        var options = new RunOptions { Symbol = new SymbolInfo { Ticker = "X", TimeZone = "Mars/Olympus" } };

        var failure = Assert.Throws<ScriptEngineException>(
            () => new RuntimeEnvironment().RunIndicator(CalendarProbe.Create(), TestBars.Prices(1, 2), options));

        Assert.Equal("Symbol 'X': unknown time zone 'Mars/Olympus'; use an IANA id such as 'America/New_York' or 'UTC'.", failure.Message);
    }

    private static int Plot(IndicatorResult result, string title, int bar) => (int)result.GetPlot(title).Values.Span[bar];
}
