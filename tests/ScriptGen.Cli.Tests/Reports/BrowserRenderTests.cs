using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;
using ScriptGen.Reports.Html;

namespace ScriptGen.Cli.Tests.Reports;

/// <summary>
/// The report opened in headless Chromium: plotly drew the chart (its DOM: the plot, the candlestick trace, the
/// trade markers, the panes, and what scripts draw: styled plots, fills, shapes, characters, levels, their own
/// candles and bars, background and bar colors). Skipped, saying why, where no browser is installed; never passed without one.
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

    [SkippableFact]
    public void What_a_script_draws_on_price_renders_lines_a_fill_shapes_characters_and_background_and_bar_colors()
    {
        Skip.If(Chromium.Path is null, Chromium.Missing);
        string page = _work.Combine("on-price.html");
        HtmlReport.Write(ReportRuns.ChartOnPrice(ReportRuns.Bundled.Slice(0, 600)), page, new HtmlReportOptions { Symbol = ReportRuns.EurUsd });

        string dom = Chromium.DumpDom(page);

        AssertRendered(dom);
        AssertInLegend(dom, "Fast", "Slow", "Trend band", "Cross up", "Cross down", "Wide bar");
        Assert.Contains("class=\"js-fill\"", dom);                                                  // the band between the averages
        Assert.Matches("<g class=\"textpoint\"[^>]*><text[^>]*>⚡</text>", dom);                    // the characters
        Assert.Matches("<g class=\"textpoint\"[^>]*><text[^>]*>up</text>", dom);                    // a shape's text
        Assert.Matches("class=\"shape-group\".*fill: rgb\\(41, 98, 255\\); fill-opacity: 0.1;", dom); // Mondays: blue at 90 % behind the bars
        Assert.Matches("<path class=\"box\"[^>]*fill: rgb\\(224, 64, 251\\)", dom);               // wide bars painted fuchsia
    }

    [SkippableFact]
    public void What_a_script_draws_in_its_pane_renders_columns_histograms_markers_levels_and_its_own_candles_and_bars()
    {
        Skip.If(Chromium.Path is null, Chromium.Missing);
        string page = _work.Combine("in-pane.html");
        HtmlReport.Write(ReportRuns.ChartInPane(ReportRuns.Bundled.Slice(0, 600)), page, new HtmlReportOptions { Symbol = ReportRuns.EurUsd });

        string dom = Chromium.DumpDom(page);

        AssertRendered(dom);
        Assert.Matches("class=\"[^\"]*subplot xy2[^\"]*\"", dom);
        AssertInLegend(dom, "Momentum columns", "Half histogram", "Smoothed circles", "Slower crosses", "Slow area",
            "Upper level", "Lower level", "Zero", "Level band", "Own candles", "Own bars", "Turn up", "Turn down");
        Assert.Equal(2, Regex.Matches(dom, "<g class=\"trace bars\"").Count);                       // columns and histogram
        Assert.Matches("<g class=\"trace bars\".*fill: rgb\\(242, 54, 69\\)", dom);              // columns red below zero
        Assert.Equal(3, Regex.Matches(dom, "<g class=\"trace boxes\"").Count);                      // price, the script's candles, those it colors
        Assert.Matches("<path class=\"box\"[^>]*fill: rgb\\(136, 14, 79\\)", dom);                 // maroon where the bar fell
        Assert.Contains("<g class=\"trace ohlc\"", dom);                                            // the script's bars
        Assert.Contains("class=\"js-fill\"", dom);                                                  // the area and the band between levels
        Assert.Matches("stroke-dasharray: 3px, 3px", dom);                                          // the dotted level
    }

    private static void AssertInLegend(string dom, params string[] titles)
    {
        foreach (string title in titles)
        {
            Assert.Matches($"class=\"legendtext\"[^>]* data-unformatted=\"{Regex.Escape(title)}\"", dom);
        }
    }

    private static void AssertRendered(string dom)
    {
        Assert.DoesNotMatch("<body[^>]* data-render-error=", dom);
        Assert.Matches("<body[^>]* data-rendered=\"true\"", dom);
        Assert.Matches("class=\"[^\"]*js-plotly-plot[^\"]*\"", dom);
        Assert.Contains("class=\"main-svg\"", dom);
    }
}
