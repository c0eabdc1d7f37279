using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.MultiTimeframe;

/// <summary>
/// Daily and 4-hour imports on hourly EUR/USD bars against PyneCore's <c>request.security</c> on every bar
/// (tests/data/pynecore/security.csv, README there): the first 2,000 bars of TradingView's hourly export, January to April
/// 2022, 16 weekends and the DST change of 2022-03-13. The symbol is the same as PyneCore's: forex, 1700-1700:23456 New
/// York. Each plot of <see cref="TimeframesProbe"/> is compared with the column PyneCore wrote for the same Pine expression.
/// </summary>
public sealed class SecurityPyneCoreTests
{
    private const string Daily = "request.security(syminfo.tickerid, \"D\", ";
    private const string FourHours = "request.security(syminfo.tickerid, \"240\", ";
    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { MinTick = 0.00001 };

    public static TheoryData<string, string> Columns => new()
    {
        { "D open", Daily + "open)" },
        { "D high", Daily + "high)" },
        { "D low", Daily + "low)" },
        { "D close", Daily + "close)" },
        { "D time", Daily + "time)" },
        { "D sma5", Daily + "ta.sma(close, 5))" },
        { "D close[1] lookahead", Daily + "close[1], lookahead = barmerge.lookahead_on)" },
        { "D close gaps", Daily + "close, gaps = barmerge.gaps_on)" },
        { "240 open", FourHours + "open)" },
        { "240 high", FourHours + "high)" },
        { "240 low", FourHours + "low)" },
        { "240 close", FourHours + "close)" },
        { "240 time", FourHours + "time)" },
        { "240 ema3", FourHours + "ta.ema(close, 3))" },
    };

    private static readonly Lazy<(ReferenceCsv Csv, IndicatorResult Result)> s_run = new(() =>
    {
        ReferenceCsv csv = ReferenceCsv.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "pynecore", "security.csv"));
        Bars hourly = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv")).Slice(0, csv.RowCount);
        Assert.Equal(csv.Numbers("time").Select(t => (long)t * 1000), hourly.Time.ToArray());
        return (csv, new RuntimeEnvironment().RunIndicator(TimeframesProbe.Create(), hourly, new RunOptions { Symbol = s_forex }));
    });

    [Theory]
    [MemberData(nameof(Columns))]
    public void A_daily_or_4_hour_import_matches_PyneCores_request_security_on_every_hourly_bar(string plot, string column)
    {
        (ReferenceCsv csv, IndicatorResult result) = s_run.Value;

        Tolerance.AssertSeries(plot, csv.Numbers(column), result.GetPlot(plot).Values.Span, "PyneCore");
    }

    [Fact]
    public void The_bars_cross_the_DST_change_and_weekends_and_values_change_where_the_periods_close()
    {
        (ReferenceCsv csv, _) = s_run.Value;
        double[] time = csv.Numbers("time");
        double[] dailyTime = csv.Numbers(Daily + "time)");
        double[] fourHourTime = csv.Numbers(FourHours + "time)");

        Assert.Contains(1647205200.0, time); // Sunday 2022-03-13 17:00 EDT, the first bar after the change
        Assert.True(time.Zip(time.Skip(1)).Count(p => p.Second - p.First > 24 * 3600) >= 15);
        // A day shows from its 16:00 New York bar, 20:00 or 21:00 UTC: the rows where the reference's daily time changes.
        int[] dayChanges = [.. Enumerable.Range(1, time.Length - 1).Where(i => dailyTime[i] != dailyTime[i - 1] && !double.IsNaN(dailyTime[i - 1]))];
        Assert.All(dayChanges, i => Assert.Contains(DateTimeOffset.FromUnixTimeSeconds((long)time[i]).Hour, new[] { 20, 21 }));
        Assert.True(fourHourTime.Distinct().Count() > 400);
    }
}
