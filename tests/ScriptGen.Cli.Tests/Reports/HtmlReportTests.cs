using System.Text.Json;
using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;
using ScriptGen.Reports.Html;

namespace ScriptGen.Cli.Tests.Reports;

/// <summary>The HTML report's file: self-contained, within its size targets, its data complete and safely embedded.</summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly TempFolder _work = new("html-report");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void The_bundled_runs_report_is_one_file_that_needs_no_network_and_holds_every_bar_and_trade()
    {
        StrategyResult result = ReportRuns.EmaCross(ReportRuns.Bundled);
        string path = _work.Combine("report.html");

        HtmlReport.Write(result, path);

        string html = File.ReadAllText(path);
        Assert.True(new FileInfo(path).Length <= 6 * 1024 * 1024, $"{new FileInfo(path).Length:N0} bytes; the target is at most 6 MB");
        Assert.DoesNotMatch(@"<(script|link|img)[^>]+(src|href)=", html); // nothing loaded from elsewhere
        Assert.Contains("plotly.js v" + Globals.PLOTLYJS_VERSION, html);
        Assert.DoesNotContain("aggregation-note", html);
        using JsonDocument data = Payload(html);
        Assert.Equal(1, data.RootElement.GetProperty("barsPerCandle").GetInt32());
        Assert.Equal(23_054 * 8, Convert.FromBase64String(data.RootElement.GetProperty("time").GetProperty("b").GetString()!).Length);
        Assert.Equal(result.ClosedTrades.Count + result.OpenTrades.Count, data.RootElement.GetProperty("trades").GetArrayLength());
        Assert.Equal(["Fast EMA", "Slow EMA"], data.RootElement.GetProperty("plots").EnumerateArray().Select(p => p.GetProperty("title").GetString()));
        Assert.Contains("<td class=\"loss\">-8,290.00 (-8.29 %)</td>", html); // the summary table, as the text report shows it
        Assert.Contains("EURUSD: 23,054 bars of 1h, 2022-01-02 17:00 to 2025-09-12 16:00 (America/New_York)", html);
    }

    [Fact]
    public void Prices_survive_the_compact_encoding_to_the_tick()
    {
        Bars bars = ReportRuns.Bundled;
        string html = HtmlReport.Render(ReportRuns.EmaCross(bars));

        using JsonDocument data = Payload(html);
        double[] close = Unpack(data.RootElement.GetProperty("close"));
        for (int i = 0; i < bars.Count; i++)
        {
            Assert.True(Math.Abs(close[i] - bars.Close[i]) < 0.000005, $"bar {i}: {close[i]} for {bars.Close[i]}");
        }
    }

    [Fact]
    public void A_million_bars_are_aggregated_within_20_MB_and_the_report_says_so()
    {
        Bars bars = ReportRuns.RandomWalk(1_000_000);
        StrategyResult result = ReportRuns.EmaCross(bars);
        string path = _work.Combine("million.html");

        HtmlReport.Write(result, path);

        long size = new FileInfo(path).Length;
        Assert.True(size <= 20 * 1024 * 1024, $"{size:N0} bytes; the target is at most 20 MB");
        string html = File.ReadAllText(path);
        Assert.Contains("The chart draws the 1,000,000 bars as 100,000 candles of 10 bars each", html);
        using JsonDocument data = Payload(html);
        Assert.Equal(10, data.RootElement.GetProperty("barsPerCandle").GetInt32());
        Assert.Equal(result.ClosedTrades.Count + result.OpenTrades.Count, data.RootElement.GetProperty("trades").GetArrayLength());
    }

    [Fact]
    public void Text_from_the_script_cannot_end_the_pages_script_or_inject_markup()
    {
        const string hostile = "</script><script>alert(1)</script><b>";
        var symbol = ReportRuns.EurUsd with { Ticker = hostile };

        string html = HtmlReport.Render(ReportRuns.Rsi(ReportRuns.Bundled.Slice(0, 500)), new HtmlReportOptions { Symbol = symbol, Title = hostile });

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)", html);
        Assert.Equal(3, Regex.Matches(html, "</script>").Count); // plotly.js, the data, the page's own script
    }

    [Fact]
    public void An_indicator_report_has_its_plots_and_no_trades()
    {
        string html = HtmlReport.Render(ReportRuns.Rsi(ReportRuns.Bundled), new HtmlReportOptions { Symbol = ReportRuns.EurUsd });

        using JsonDocument data = Payload(html);
        Assert.False(data.RootElement.GetProperty("overlay").GetBoolean());
        Assert.False(data.RootElement.TryGetProperty("trades", out _));
        Assert.Equal(3, data.RootElement.GetProperty("plots").GetArrayLength());
        Assert.DoesNotContain("Performance (", html);
    }

    [Fact]
    public void What_a_script_drew_on_price_is_in_the_report_with_styles_and_per_candle_colors()
    {
        IndicatorResult result = ReportRuns.ChartOnPrice(ReportRuns.Bundled);

        using JsonDocument data = Payload(HtmlReport.Render(result, new HtmlReportOptions { Symbol = ReportRuns.EurUsd }));

        JsonElement root = data.RootElement;
        string[] palette = root.GetProperty("palette").EnumerateArray().Select(c => c.GetString()!).ToArray();
        JsonElement fast = root.GetProperty("plots")[0], slow = root.GetProperty("plots")[1];
        Assert.Equal(("Fast", "line", 2), (fast.GetProperty("title").GetString(), fast.GetProperty("style").GetString(), fast.GetProperty("lineWidth").GetInt32()));
        Assert.Equal(("stepline", "rgba(255,152,0,1)"), (slow.GetProperty("style").GetString(), slow.GetProperty("color").GetString())); // one color: no per-candle colors
        Assert.False(slow.TryGetProperty("colors", out _));
        // Fast is teal while rising and red otherwise: each candle's palette color is the one the run recorded for its bar.
        double[] fastColors = Unpack(fast.GetProperty("colors"));
        ReadOnlySpan<Color?> recorded = result.Plots[0].Colors.Span;
        for (int bar = 0; bar < recorded.Length; bar++)
        {
            Assert.Equal(Css(recorded[bar]!.Value), palette[(int)fastColors[bar]]);
        }

        Assert.Contains("rgba(8,153,129,0.2)", palette);  // the trend band: teal at 80 % transparency
        JsonElement band = root.GetProperty("fills")[0];
        Assert.Equal((false, 0, 1), (band.GetProperty("hlines").GetBoolean(), band.GetProperty("first").GetInt32(), band.GetProperty("second").GetInt32()));
        Assert.Equal(
            ["Cross up:triangleup:belowbar:small:up", "Cross down:labeldown:abovebar:auto:down", "Wide bar:xcross:top:auto:"],
            root.GetProperty("shapes").EnumerateArray().Select(s =>
                $"{s.GetProperty("title")}:{s.GetProperty("shape")}:{s.GetProperty("location")}:{s.GetProperty("size")}:{s.GetProperty("text")}"));
        Assert.Equal("⚡", root.GetProperty("shapes")[2].GetProperty("char").GetString());
        double[] crossUp = Unpack(root.GetProperty("shapes")[0].GetProperty("values"));
        Assert.Equal(
            Enumerable.Range(0, result.Bars.Count).Where(result.Shapes[0].IsShown),
            Enumerable.Range(0, crossUp.Length).Where(candle => crossUp[candle] == 1));
        Assert.Equal([true, false], root.GetProperty("barColors").EnumerateArray().Select(b => b.GetProperty("background").GetBoolean()));
        double[] wide = Unpack(root.GetProperty("barColors")[1].GetProperty("colors"));
        Assert.Equal(
            Enumerable.Range(0, result.Bars.Count).Where(bar => result.BarColors[1].Colors.Span[bar] is not null),
            Enumerable.Range(0, wide.Length).Where(candle => !double.IsNaN(wide[candle])));
    }

    [Fact]
    public void What_a_script_drew_in_its_pane_is_in_the_report_levels_bands_and_its_own_candles()
    {
        IndicatorResult result = ReportRuns.ChartInPane(ReportRuns.Bundled.Slice(0, 2_000));

        using JsonDocument data = Payload(HtmlReport.Render(result, new HtmlReportOptions { Symbol = ReportRuns.EurUsd }));

        JsonElement root = data.RootElement;
        Assert.Equal(
            ["columns", "histogram", "circles", "cross", "area"],
            root.GetProperty("plots").EnumerateArray().Select(p => p.GetProperty("style").GetString()));
        Assert.Equal(
            ["Upper level 0.002 dot 1", "Lower level -0.002 dash 2", "Zero 0 solid 1"],
            root.GetProperty("hlines").EnumerateArray().Select(h =>
                $"{h.GetProperty("title")} {h.GetProperty("price").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)} {h.GetProperty("dash")} {h.GetProperty("lineWidth")}"));
        JsonElement band = root.GetProperty("fills")[0];
        Assert.Equal((true, 0, 1, "rgba(156,39,176,0.08)"),
            (band.GetProperty("hlines").GetBoolean(), band.GetProperty("first").GetInt32(), band.GetProperty("second").GetInt32(), band.GetProperty("color").GetString()));
        JsonElement candles = root.GetProperty("candles")[0], bars = root.GetProperty("candles")[1];
        Assert.Equal((false, true), (candles.GetProperty("bar").GetBoolean(), bars.GetProperty("bar").GetBoolean()));
        double[] closes = Unpack(bars.GetProperty("close")), lows = Unpack(bars.GetProperty("low"));
        Assert.All(closes, close => Assert.Equal(0, close));
        for (int bar = 0; bar < lows.Length; bar++)
        {
            Assert.True(Math.Abs(lows[bar] - (result.Bars.Low[bar] - result.Bars.Close[bar])) < 0.000001, $"bar {bar}");
        }
    }

    [Fact]
    public void Aggregated_candles_show_every_shape_of_their_bars_and_the_script_candles_span_their_bars()
    {
        IndicatorResult result = ReportRuns.ChartInPane(ReportRuns.Bundled.Slice(0, 1_000));

        using JsonDocument data = Payload(HtmlReport.Render(result, new HtmlReportOptions { Symbol = ReportRuns.EurUsd, MaxCandles = 100 }));

        JsonElement root = data.RootElement;
        Assert.Equal(10, root.GetProperty("barsPerCandle").GetInt32());
        double[] turns = Unpack(root.GetProperty("shapes")[1].GetProperty("values"));
        Assert.Equal(100, turns.Length);
        for (int candle = 0; candle < turns.Length; candle++)
        {
            bool any = Enumerable.Range(candle * 10, 10).Any(result.Shapes[1].IsShown);
            Assert.True(any == (turns[candle] == 1), $"candle {candle}");
        }

        JsonElement bars = root.GetProperty("candles")[1];
        double[] highs = Unpack(bars.GetProperty("high")), opens = Unpack(bars.GetProperty("open"));
        ReadOnlySpan<double> high = result.Candles[1].High.Span, open = result.Candles[1].Open.Span;
        for (int candle = 0; candle < highs.Length; candle++)
        {
            double most = double.MinValue;
            for (int bar = candle * 10; bar < candle * 10 + 10; bar++)
            {
                most = Math.Max(most, high[bar]);
            }

            Assert.True(Math.Abs(highs[candle] - most) < 0.000001 && Math.Abs(opens[candle] - open[candle * 10]) < 0.000001, $"candle {candle}");
        }
    }

    private static string Css(Color color) =>
        $"rgba({color.R},{color.G},{color.B},{((100 - color.Transparency) / 100.0).ToString(System.Globalization.CultureInfo.InvariantCulture)})";

    [Fact]
    public void Plotly_js_comes_from_the_Plotly_NET_package()
    {
        Assert.NotNull(typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream($"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js"));
    }

    internal static JsonDocument Payload(string html)
    {
        Match data = Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline);
        Assert.True(data.Success, "the report's data is embedded");
        return JsonDocument.Parse(data.Groups[1].Value);
    }

    private static double[] Unpack(JsonElement packed)
    {
        byte[] bytes = Convert.FromBase64String(packed.GetProperty("b").GetString()!);
        return packed.GetProperty("f").GetString() == "f4"
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes).ToArray().Select(f => (double)f).ToArray()
            : System.Runtime.InteropServices.MemoryMarshal.Cast<byte, double>(bytes).ToArray();
    }
}
