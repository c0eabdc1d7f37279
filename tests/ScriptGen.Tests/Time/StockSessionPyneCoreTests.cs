using System.Globalization;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Time;

/// <summary>
/// A US stock's sessions (<see cref="SymbolKind.Stock"/>: 0930-1600:23456 New York, with and without the pre-market
/// 0400-0930 and post-market 1600-2000) against values PyneCore computed on every bar (tests/data/pynecore, README
/// there): 30-minute bars from late February to mid April and late October to mid November 2024, across both DST
/// changes, seven weekends and the Good Friday holiday. Each plot of <see cref="StockSessionProbe"/> is compared
/// with the column PyneCore wrote for the same Pine expression, or, where PyneCore does not model what TradingView's
/// reference defines, with the column the README names for it.
/// </summary>
public sealed class StockSessionPyneCoreTests
{
    private const string PreMarketMask = "not na(time(timeframe.period, \"0400-0930:23456\"))";
    private const string PostMarketMask = "not na(time(timeframe.period, \"1600-2000:23456\"))";

    private static readonly SymbolInfo s_regular = SymbolInfo.For(SymbolKind.Stock, "STOCK") with { Prefix = "NASDAQ", MinTick = 0.01 };
    private static readonly SymbolInfo s_extended = s_regular with { PreMarket = "0400-0930:23456", PostMarket = "1600-2000:23456" };
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly Lazy<ReferenceCsv> s_bars = new(() => Load("stock_bars.csv"));

    private static readonly string[] s_probePlots =
    [
        "session.ismarket", "session.ispremarket", "session.ispostmarket", "session.isfirstbar", "session.islastbar",
        "session.isfirstbar_regular", "session.islastbar_regular", "timeframe.change(\"D\")", "timeframe.change(\"W\")",
        "time(\"D\")", "time_close(\"D\")", "ta.vwap(close)", PreMarketMask, PostMarketMask,
    ];

    [Fact]
    public void The_bars_cross_both_DST_changes_weekends_and_a_holiday_in_every_part_of_the_day()
    {
        DateTime[] local = s_bars.Value.Text("time").Select(t => NewYork(long.Parse(t, CultureInfo.InvariantCulture))).ToArray();
        var dates = local.Select(t => t.Date).ToHashSet();
        Assert.Contains(new DateTime(2024, 3, 8), dates); // the Friday before the DST change of Sunday 2024-03-10
        Assert.Contains(new DateTime(2024, 3, 11), dates);
        Assert.Contains(new DateTime(2024, 11, 1), dates); // the Friday before the change back on Sunday 2024-11-03
        Assert.Contains(new DateTime(2024, 11, 4), dates);
        Assert.DoesNotContain(new DateTime(2024, 3, 29), dates); // Good Friday
        Assert.DoesNotContain(local, t => t.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(32, local.Select(t => t.TimeOfDay).Distinct().Count()); // 04:00 ... 19:30
    }

    [Fact]
    public void A_stock_chart_of_regular_hours_matches_PyneCore_on_every_bar()
    {
        // What TradingView shows without extended hours: bars 09:30-16:00 only.
        AssertPlotsMatch("stock_session_regular.csv", s_regular, s_probePlots.Select(p => (p, p)).ToArray());
    }

    [Fact]
    public void A_stock_with_pre_and_post_market_hours_matches_PyneCore_on_every_bar()
    {
        AssertPlotsMatch("stock_session_extended.csv", s_extended,
            ("session.isfirstbar", "session.isfirstbar"),
            ("session.islastbar", "session.islastbar"),
            ("timeframe.change(\"D\")", "timeframe.change(\"D\")"),
            ("timeframe.change(\"W\")", "timeframe.change(\"W\")"),
            ("time(\"D\")", "time(\"D\")"),
            ("time_close(\"D\")", "time_close(\"D\")"),
            ("ta.vwap(close)", "ta.vwap(close)"),
            (PreMarketMask, PreMarketMask),
            (PostMarketMask, PostMarketMask),
            // PyneCore's ispremarket and ispostmarket are always false: Pine's reference defines them as the bar being in
            // the pre- or post-market hours, which the session masks say.
            ("session.ispremarket", PreMarketMask),
            ("session.ispostmarket", PostMarketMask));

        // PyneCore's session.ismarket and *_regular read the one trading day it is given (04:00-20:00 here); Pine's
        // reference makes them the regular session's whether extended hours are shown or not: the same bars on the
        // regular-hours symbol.
        AssertPlotsMatch("stock_session_outside.csv", s_extended,
            ("session.ismarket", "session.ismarket"),
            ("session.isfirstbar_regular", "session.isfirstbar_regular"),
            ("session.islastbar_regular", "session.islastbar_regular"));
    }

    [Fact]
    public void Pre_and_post_market_bars_on_a_regular_hours_stock_are_outside_every_session_and_match_PyneCore()
    {
        AssertPlotsMatch("stock_session_outside.csv", s_regular, s_probePlots
            .Where(p => p is not ("timeframe.change(\"D\")" or "ta.vwap(close)"))
            .Select(p => (p, p))
            .Append(("timeframe.change(\"D\")", "bar_index > 0 and time(\"D\") != time(\"D\")[1]"))
            .Append(("ta.vwap(close)", "ta.vwap(close, bar_index == 0 or time(\"D\") != time(\"D\")[1])"))
            .ToArray());
    }

    /// <summary>Runs the probe over the file's bars and compares each plot with its column on every bar.</summary>
    private static void AssertPlotsMatch(string file, SymbolInfo symbol, params (string Plot, string Column)[] pairs)
    {
        ReferenceCsv csv = Load(file);
        Bars bars = BarsAt(csv.Text("time"));
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(StockSessionProbe.Create(), bars, new RunOptions { Symbol = symbol });

        PlotColumns.AssertMatch(file, csv, bars, result, v => v.ToString("R", CultureInfo.InvariantCulture), pairs);
    }

    /// <summary>The bars of stock_bars.csv opening at the given times (Unix seconds), all of them present.</summary>
    private static Bars BarsAt(string[] times)
    {
        ReferenceCsv all = s_bars.Value;
        var wanted = times.ToHashSet(StringComparer.Ordinal);
        int[] rows = all.Text("time").Select((t, i) => (t, i)).Where(r => wanted.Contains(r.t)).Select(r => r.i).ToArray();
        Assert.Equal(times.Length, rows.Length);
        double[] Column(string name)
        {
            double[] values = all.Numbers(name);
            return rows.Select(r => values[r]).ToArray();
        }

        long[] opens = rows.Select(r => long.Parse(all.Text("time")[r], CultureInfo.InvariantCulture) * 1000).ToArray();
        return Bars.FromArrays(opens, Column("open"), Column("high"), Column("low"), Column("close"), Column("Volume"));
    }

    private static ReferenceCsv Load(string file) => ReferenceCsv.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "pynecore", file));

    private static DateTime NewYork(long unixSeconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), s_newYork).DateTime;
}
