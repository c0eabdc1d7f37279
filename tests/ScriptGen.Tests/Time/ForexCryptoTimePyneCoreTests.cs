using System.Globalization;
using ScriptGen.Tests.Reference;
using ScriptGen.Tests.Scripts;

namespace ScriptGen.Tests.Time;

/// <summary>
/// <c>time</c>, <c>time_close</c>, <c>timeframe.change</c>, <c>ta.vwap</c> and the <c>session.*</c> flags on a forex symbol (<see cref="SymbolKind.Forex"/>:
/// 1700-1700:23456 New York) and a crypto symbol (<see cref="SymbolKind.Crypto"/>: 24x7 UTC) against values PyneCore
/// computed on every bar (tests/data/pynecore, README there). The forex bars are TradingView's EUR/USD hourly bars across
/// both 2024 DST changes and eight weekends; the crypto bars are three synthetic weeks of hourly bars. Each plot of
/// <see cref="TimeFunctionsProbe"/> is compared with the column PyneCore wrote for the same Pine expression, or, where
/// PyneCore does not do what Pine's reference says, with the column the README names for it.
/// </summary>
public sealed class ForexCryptoTimePyneCoreTests
{
    private const string WeekOpen = "ta.valuewhen(bar_index == 0 or timeframe.change(\"W\"), time(\"D\"), 0)";

    private static readonly SymbolInfo s_forex = SymbolInfo.For(SymbolKind.Forex, "EURUSD") with { Prefix = "FX", MinTick = 0.00001 };
    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static readonly string[] s_probePlots =
    [
        "time(\"D\")", "time_close(\"D\")", "time(\"W\")", "time_close(\"W\")", "time(\"240\")", "time_close(\"240\")",
        "time(timeframe.period, \"0300-1200:23456\")", "time_close(timeframe.period, \"0300-1200:23456\")",
        "time(timeframe.period, \"1900-0400:23456\")", "time_close(timeframe.period, \"1900-0400:23456\")",
        "timeframe.change(\"D\")", "timeframe.change(\"W\")", "ta.vwap(close)",
        "session.isfirstbar", "session.islastbar", "session.isfirstbar_regular", "session.islastbar_regular", "session.ismarket",
    ];

    [Fact]
    public void The_forex_bars_cross_both_DST_changes_and_weekends()
    {
        DateTime[] local = ReferenceTimes("time_forex.csv").Select(NewYork).ToArray();
        var dates = local.Select(t => t.Date).ToHashSet();
        Assert.Contains(new DateTime(2024, 3, 8), dates); // the Friday before the DST change of Sunday 2024-03-10
        Assert.Contains(new DateTime(2024, 3, 11), dates);
        Assert.Contains(new DateTime(2024, 11, 1), dates); // the Friday before the change back on Sunday 2024-11-03
        Assert.Contains(new DateTime(2024, 11, 4), dates);
        Assert.DoesNotContain(local, t => t.DayOfWeek is DayOfWeek.Saturday);
        Assert.Contains(local, t => t is { DayOfWeek: DayOfWeek.Sunday, Hour: 17 });
        Assert.Contains(local, t => t is { DayOfWeek: DayOfWeek.Friday, Hour: 16 });
    }

    [Fact]
    public void The_crypto_bars_are_every_hour_of_three_weeks()
    {
        long[] times = ReferenceTimes("time_crypto.csv");
        Assert.Equal(21 * 24, times.Length);
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(3600, pair.Second - pair.First));
    }

    [Fact]
    public void Forex_time_functions_match_PyneCore_on_every_bar()
    {
        // PyneCore's time("W") and time_close("W") leave the session grid (README): they are checked below.
        AssertPlotsMatch("time_forex.csv", ForexBars(), s_forex, s_probePlots
            .Where(p => p is not ("time(\"W\")" or "time_close(\"W\")"))
            .Select(p => (p, p))
            .Append(("time(\"W\")", WeekOpen))
            .ToArray());
    }

    [Fact]
    public void A_forex_week_closes_at_the_next_weeks_open_as_PyneCore_computes_it()
    {
        // A period runs open to open: the week closes when the next one opens, Sunday 17:00 New York. Checked on the
        // bars of every week whose successor is in the file (the last week of each of the two ranges has none).
        ReferenceCsv csv = Load("time_forex.csv");
        Bars bars = BarsAt(ForexBars(), csv.Text("time"));
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(TimeFunctionsProbe.Create(), bars, new RunOptions { Symbol = s_forex });
        double[] weekOpens = csv.Numbers(WeekOpen);
        double[] closes = result.GetPlot("time_close(\"W\")").Values.ToArray();

        int compared = 0;
        var mismatches = new List<string>();
        for (int i = 0; i < weekOpens.Length; i++)
        {
            int next = Array.FindIndex(weekOpens, i, w => w != weekOpens[i]);
            if (next < 0 || weekOpens[next] - weekOpens[i] > TimeSpan.FromDays(8).TotalMilliseconds)
            {
                continue; // The next week is not in the file.
            }

            compared++;
            if (!Tolerance.Matches(weekOpens[next], closes[i]))
            {
                mismatches.Add($"row {i + 2}: PyneCore's next week opens {Describe(weekOpens[next])}, ScriptGen's time_close(\"W\") {Describe(closes[i])}");
            }
        }

        Assert.Equal(6 * 120, compared); // 3 + 3 full weeks of 120 hourly bars each
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} values differ:\n{string.Join("\n", mismatches.Take(25))}");
    }

    [Fact]
    public void Crypto_time_functions_match_PyneCore_on_every_bar()
    {
        AssertPlotsMatch("time_crypto.csv", Load("crypto_bars.csv"), SymbolInfo.For(SymbolKind.Crypto, "BTCUSDT") with { Prefix = "BINANCE", MinTick = 0.01 },
            s_probePlots
                .Where(p => p != "session.ismarket") // PyneCore's 24x7 day, 00:00 to 00:00, is an empty interval to its ismarket (README)
                .Select(p => (p, p)).Append(("time(\"W\")", WeekOpen)).ToArray());
    }

    /// <summary>Runs the probe over the bars and compares each plot with its column on every bar.</summary>
    private static void AssertPlotsMatch(string file, ReferenceCsv source, SymbolInfo symbol, params (string Plot, string Column)[] pairs)
    {
        ReferenceCsv csv = Load(file);
        Bars bars = BarsAt(source, csv.Text("time"));
        IndicatorResult result = new RuntimeEnvironment().RunIndicator(TimeFunctionsProbe.Create(), bars, new RunOptions { Symbol = symbol });

        PlotColumns.AssertMatch(file, csv, bars, result, Describe, pairs);
    }

    /// <summary>A value as written, and as a New York time when it is one (Unix ms after 2000).</summary>
    private static string Describe(double value) =>
        value > 946_684_800_000
            ? $"{value:R} ({NewYork((long)value / 1000):ddd yyyy-MM-dd HH:mm} New York)"
            : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>TradingView's EUR/USD hourly bars (tests/data/tradingview/strategy/ohlcv.csv), times as Unix seconds.</summary>
    private static ReferenceCsv ForexBars() =>
        ReferenceCsv.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "tradingview", "strategy", "ohlcv.csv"));

    /// <summary>The source's bars opening at the given times (Unix seconds), all of them present.</summary>
    private static Bars BarsAt(ReferenceCsv source, string[] times)
    {
        long[] sourceTimes = source.Text("time").Select(UnixSeconds).ToArray();
        var index = new Dictionary<long, int>();
        for (int i = 0; i < sourceTimes.Length; i++)
        {
            index[sourceTimes[i]] = i;
        }

        int[] rows = times.Select(t => index[long.Parse(t, CultureInfo.InvariantCulture)]).ToArray();
        double[] Column(string name)
        {
            double[] values = source.Numbers(name);
            return rows.Select(r => values[r]).ToArray();
        }

        long[] opens = rows.Select(r => sourceTimes[r] * 1000).ToArray();
        return Bars.FromArrays(opens, Column("open"), Column("high"), Column("low"), Column("close"), Column("Volume"));
    }

    /// <summary>A time written as Unix seconds or as ISO-8601 with an offset.</summary>
    private static long UnixSeconds(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long seconds)
            ? seconds
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture).ToUnixTimeSeconds();

    private static long[] ReferenceTimes(string file) =>
        Load(file).Text("time").Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();

    private static ReferenceCsv Load(string file) => ReferenceCsv.LoadFile(Path.Combine(AppContext.BaseDirectory, "data", "pynecore", file));

    private static DateTime NewYork(long unixSeconds) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(unixSeconds), s_newYork).DateTime;
}
