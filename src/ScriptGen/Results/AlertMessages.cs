using System.Globalization;
using System.Text;

namespace ScriptGen;

/// <summary>
/// Replaces an alert condition's placeholders with the bar's values, as TradingView does when the alert fires:
/// <c>{{ticker}}</c>, <c>{{open}}</c>, <c>{{high}}</c>, <c>{{low}}</c>, <c>{{close}}</c>, <c>{{volume}}</c>,
/// <c>{{time}}</c> (the bar's open, UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>), <c>{{timenow}}</c> (when a live alert would
/// fire: the bar's close, its open plus the timeframe), <c>{{interval}}</c> (the timeframe, as <c>timeframe.period</c>),
/// <c>{{syminfo.currency}}</c>, <c>{{plot_0}}</c> ... <c>{{plot_19}}</c> and <c>{{plot("title")}}</c>. Numbers are
/// written in fixed point (<c>1245.25</c>; na as <c>NaN</c>). A placeholder this run cannot fill (an unknown name,
/// <c>{{exchange}}</c>, a plot that was not recorded or does not exist) is left as written, so a message never
/// silently loses one.
/// </summary>
internal static class AlertMessages
{
    private const int PlotPlaceholderLimit = 20; // TradingView fills {{plot_0}} to {{plot_19}}.

    public static string Fill(string message, int bar, Bars bars, SymbolInfo symbol, IReadOnlyList<PlotResult> plots)
    {
        int start = message.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0)
        {
            return message;
        }

        var text = new StringBuilder(message.Length + 16);
        int copied = 0;
        while (start >= 0)
        {
            int end = message.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            string name = message.Substring(start + 2, end - start - 2);
            if (ValueOf(name, bar, bars, symbol, plots) is { } value)
            {
                text.Append(message, copied, start - copied).Append(value);
                copied = end + 2;
                start = message.IndexOf("{{", copied, StringComparison.Ordinal);
            }
            else
            {
                start = message.IndexOf("{{", start + 2, StringComparison.Ordinal);
            }
        }

        return text.Append(message, copied, message.Length - copied).ToString();
    }

    private static string? ValueOf(string name, int bar, Bars bars, SymbolInfo symbol, IReadOnlyList<PlotResult> plots) => name switch
    {
        "ticker" => symbol.Ticker,
        "open" => Number(bars.Open[bar]),
        "high" => Number(bars.High[bar]),
        "low" => Number(bars.Low[bar]),
        "close" => Number(bars.Close[bar]),
        "volume" => Number(bars.HasVolume ? bars.Volume[bar] : double.NaN),
        "time" => Time(bars.Time[bar]),
        "timenow" => bars.Period is { } period ? Time(bars.Time[bar] + period.InSeconds * 1000) : null,
        "interval" => bars.Period?.Period,
        "syminfo.currency" => symbol.Currency,
        _ => PlotValue(name, bar, plots),
    };

    private static string? PlotValue(string name, int bar, IReadOnlyList<PlotResult> plots)
    {
        PlotResult? plot = null;
        if (name.StartsWith("plot_", StringComparison.Ordinal) &&
            int.TryParse(name.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int index) &&
            index < PlotPlaceholderLimit && index < plots.Count)
        {
            plot = plots[index];
        }
        else if (name.StartsWith("plot(\"", StringComparison.Ordinal) && name.EndsWith("\")", StringComparison.Ordinal))
        {
            string title = name[6..^2];
            plot = plots.FirstOrDefault(p => p.Title == title);
        }

        return plot is not null && bar < plot.Values.Length ? Number(plot.Values.Span[bar]) : null;
    }

    private static string Number(double value) => double.IsNaN(value)
        ? "NaN"
        : value.ToString("0.##########", CultureInfo.InvariantCulture);

    private static string Time(long milliseconds) =>
        ResultTimes.ToUtcDateTime(milliseconds).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
