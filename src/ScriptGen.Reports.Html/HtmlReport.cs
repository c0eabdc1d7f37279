using System.Globalization;
using System.Reflection;
using System.Text;

namespace ScriptGen.Reports.Html;

/// <summary>
/// The HTML report of a run: one self-contained file that opens offline (plotly.js is inlined, nothing is
/// fetched) with a candlestick chart of the bars, what the script drew (plots in their styles, shapes and
/// characters, its own candles and bars, hlines, fills, background and bar colors; on the price pane for an
/// overlay script, else in a pane below), the trades' entry and exit markers with their signals, the equity curve
/// and its drawdown, all in panes that zoom and pan together; then the performance summary (all, long,
/// short) and the trade list. Runs with more bars than <see cref="HtmlReportOptions.MaxCandles"/> are drawn
/// with candles of several bars each, and the report says so.
/// </summary>
/// <example>
/// <code>
/// StrategyResult result = engine.RunStrategy(EmaCross.Create(), bars, new RunOptions { Symbol = eurusd });
/// HtmlReport.Write(result, "report.html");
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Writes the report of <paramref name="result"/> (a strategy's or an indicator's) to the file <paramref name="path"/>.</summary>
    /// <param name="result">The run: a <see cref="StrategyResult"/> adds markers, equity, drawdown, the summary and the trades.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <param name="options">Candle limit, symbol of an indicator run, title; <see cref="HtmlReportOptions.Default"/> when omitted.</param>
    /// <exception cref="ScriptEngineException">The symbol's time zone is unknown.</exception>
    /// <exception cref="InvalidOperationException">A strategy run that did not record its equity curve (<see cref="RunOptions.RecordEquity"/> was false).</exception>
    public static void Write(IndicatorResult result, string path, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        string temporary = full + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            Write(result, file, options);
        }

        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="page"/> as UTF-8 HTML.</summary>
    /// <inheritdoc cref="Write(IndicatorResult, string, HtmlReportOptions?)"/>
    public static void Write(IndicatorResult result, Stream page, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(page);
        if (result is StrategyResult strategy && strategy.Equity.Length != strategy.Bars.Count)
        {
            throw new InvalidOperationException(
                $"Strategy '{strategy.Script.Title}' ran with RecordEquity = false; the report charts equity and drawdown, so run it with RecordEquity = true.");
        }

        options ??= HtmlReportOptions.Default;
        options.Validate();
        var model = new ReportModel(result, options);

        Text(page, Top(model));
        Text(page, "<script>\n");
        PlotlyJs.CopyTo(page);
        Text(page, "\n</script>\n<script type=\"application/json\" id=\"report-data\">");
        ReportPayload.Write(page, model);
        Text(page, "</script>\n<script>\n" + Asset("report.js") + "</script>\n</body>\n</html>\n");
    }

    /// <summary>The report of <paramref name="result"/> as an HTML string.</summary>
    /// <inheritdoc cref="Write(IndicatorResult, string, HtmlReportOptions?)"/>
    public static string Render(IndicatorResult result, HtmlReportOptions? options = null)
    {
        using var page = new MemoryStream();
        Write(result, page, options);
        return Encoding.UTF8.GetString(page.GetBuffer(), 0, (int)page.Length);
    }

    /// <summary>The page up to the scripts: head, header, the chart's place, the summary and the trade list's frame.</summary>
    private static string Top(ReportModel model)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.AppendLine("<meta name=\"generator\" content=\"ScriptGen\">");
        html.Append("<title>").Append(Html.Encode(model.Title)).AppendLine(" - ScriptGen report</title>");
        html.Append("<style>\n").Append(Asset("report.css")).AppendLine("</style>");
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        ReportHeader.Write(html, model);
        html.AppendLine("<div id=\"chart\" class=\"chart\"></div>");
        if (model.Result is StrategyResult strategy)
        {
            SummaryHtml.Write(html, strategy, model.Numbers);
            WriteTradeFrame(html, strategy);
        }

        html.Append("<footer>ScriptGen ").Append(Html.Encode(ProductVersion()))
            .Append(" &middot; chart by plotly.js ").Append(Html.Encode(PlotlyJs.Version))
            .AppendLine(" (MIT license, inlined: this file needs no network)</footer>");
        return html.ToString();
    }

    private static void WriteTradeFrame(StringBuilder html, StrategyResult result)
    {
        int count = result.ClosedTrades.Count + result.OpenTrades.Count;
        html.Append("<section class=\"trades\"><h2>Trades (").Append(ReportNumbers.Count(result.ClosedTrades.Count)).Append(" closed, ")
            .Append(ReportNumbers.Count(result.OpenTrades.Count)).AppendLine(" open)</h2>");
        if (count == 0)
        {
            html.AppendLine("<p>No trades.</p></section>");
            return;
        }

        html.AppendLine("<div class=\"pager\"><button id=\"trade-first\">First</button><button id=\"trade-previous\">Previous</button>" +
                        "<span id=\"trade-page\"></span><button id=\"trade-next\">Next</button><button id=\"trade-last\">Last</button>" +
                        "<span>(click a trade to see it on the chart)</span></div>");
        html.AppendLine("<table><thead><tr><th class=\"num\">#</th><th>Side</th><th>Entry time</th><th>Entry signal</th><th class=\"num\">Entry price</th>" +
                        "<th>Exit time</th><th>Exit signal</th><th class=\"num\">Exit price</th><th class=\"num\">Qty</th><th class=\"num\">Profit</th>" +
                        "<th class=\"num\">Cum. profit</th></tr></thead><tbody id=\"trade-rows\"></tbody></table></section>");
    }

    private static void Text(Stream page, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        page.Write(bytes, 0, bytes.Length);
    }

    private static string Asset(string name)
    {
        using Stream stream = typeof(HtmlReport).Assembly.GetManifestResourceStream("ScriptGen.Reports.Html.Assets." + name)
            ?? throw new InvalidOperationException($"The report asset '{name}' is missing from {typeof(HtmlReport).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ProductVersion()
    {
        string? version = typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return version is null ? "?" : version.Split('+')[0];
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
