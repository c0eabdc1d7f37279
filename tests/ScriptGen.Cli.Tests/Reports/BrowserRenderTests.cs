using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;
using ScriptGen.Reports.Html;

namespace ScriptGen.Cli.Tests.Reports;

/// <summary>
/// The report opened in headless Chromium: plotly drew the chart (its DOM: the plot, the candlestick trace, the
/// trade markers, the panes). Skipped, saying why, where no browser is installed; never passed without one.
/// </summary>
public sealed class BrowserRenderTests : IDisposable
{
    private readonly TempFolder _work = new("browser");

    public void Dispose() => _work.Dispose();

    [SkippableFact]
    public void The_strategy_report_of_the_bundled_bars_renders_candles_markers_plots_equity_and_drawdown()
    {
        Skip.If(Chromium.Path is null, Chromium.Missing);
        string page = _work.Combine("report.html");
        HtmlReport.Write(ReportRuns.EmaCross(ReportRuns.Bundled), page);

        string dom = Chromium.DumpDom(page);

        AssertRendered(dom);
        Assert.Matches("<g class=\"trace boxes\"", dom);                               // the candlestick trace
        Assert.True(Regex.Matches(dom, "class=\"point\"").Count > 100, "entry and exit markers are drawn");
        Assert.Matches("class=\"[^\"]*subplot xy3[^\"]*\"", dom);                       // price, equity, drawdown panes
        Assert.Contains("Fast EMA", dom);
        Assert.Contains("Drawdown %", dom);
        Assert.Matches("<tbody id=\"trade-rows\"><tr>", dom);                        // the trade list was filled in
    }

    [SkippableFact]
    public void An_indicator_drawn_below_price_gets_a_pane_of_its_own()
    {
        Skip.If(Chromium.Path is null, Chromium.Missing);
        string page = _work.Combine("rsi.html");
        HtmlReport.Write(ReportRuns.Rsi(ReportRuns.Bundled), page, new HtmlReportOptions { Symbol = ReportRuns.EurUsd });

        string dom = Chromium.DumpDom(page);

        AssertRendered(dom);
        Assert.Matches("class=\"[^\"]*subplot xy2[^\"]*\"", dom);
        Assert.Contains("Overbought", dom);
    }

    [SkippableFact]
    public void The_report_of_a_million_bars_renders_its_aggregated_candles()
    {
        Skip.If(Chromium.Path is null, Chromium.Missing);
        string page = _work.Combine("million.html");
        HtmlReport.Write(ReportRuns.EmaCross(ReportRuns.RandomWalk(1_000_000)), page);

        string dom = Chromium.DumpDom(page);

        AssertRendered(dom);
        Assert.Contains("id=\"aggregation-note\"", dom);
        Assert.Matches("<g class=\"trace boxes\"", dom);
    }

    private static void AssertRendered(string dom)
    {
        Assert.DoesNotMatch("<body[^>]* data-render-error=", dom);
        Assert.Matches("<body[^>]* data-rendered=\"true\"", dom);
        Assert.Matches("class=\"[^\"]*js-plotly-plot[^\"]*\"", dom);
        Assert.Contains("class=\"main-svg\"", dom);
    }
}
