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
