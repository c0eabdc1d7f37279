using ScriptGen.Namespaces;

namespace ScriptGen;

/// <summary>
/// What an indicator run produced: what it drew, per bar. Plots, shapes and characters, candles and bars,
/// fills, bar and background colors hold one value per bar (empty when the run did not record plots,
/// <see cref="RunOptions.RecordPlots"/>); hlines are levels.
/// </summary>
public class IndicatorResult
{
    private protected IndicatorResult(ScriptMetadata script, Bars bars, Script run, SymbolInfo symbol)
    {
        Script = script;
        Bars = bars;
        Plots = Array.ConvertAll(run.PlotBuffers, buffer => buffer.ToResult());
        ChartBuffers chart = run.ChartSinks;
        Shapes = Array.ConvertAll(chart.Shapes, buffer => buffer.ToResult());
        Candles = Array.ConvertAll(chart.Candles, buffer => buffer.ToResult());
        HLines = Array.ConvertAll(chart.HLines, buffer => buffer.ToResult());
        Fills = Array.ConvertAll(chart.Fills, buffer => buffer.ToResult());
        BarColors = Array.ConvertAll(chart.BarColors, buffer => buffer.ToResult());
        Alerts = run.Alerts.Fired
            .Select(alert => alert.Source == AlertSource.AlertCondition
                ? alert with { Message = AlertMessages.Fill(alert.Message, alert.Bar, bars, symbol, Plots) }
                : alert)
            .ToArray();
    }

    /// <summary>The script that ran.</summary>
    public ScriptMetadata Script { get; }

    /// <summary>The bars it ran over.</summary>
    public Bars Bars { get; }

    /// <summary>The plots (<c>chart.Plot</c>), in the script's order.</summary>
    public IReadOnlyList<PlotResult> Plots { get; }

    /// <summary>The shapes and characters (<c>chart.PlotShape</c>, <c>chart.PlotChar</c>), in the script's order.</summary>
    public IReadOnlyList<ShapeResult> Shapes { get; }

    /// <summary>The script's own candles and bars (<c>chart.PlotCandle</c>, <c>chart.PlotBar</c>), in the script's order.</summary>
    public IReadOnlyList<CandleResult> Candles { get; }

    /// <summary>The levels (<c>chart.HLine</c>), in the script's order.</summary>
    public IReadOnlyList<HLineResult> HLines { get; }

    /// <summary>The fills (<c>chart.Fill</c>), in the script's order.</summary>
    public IReadOnlyList<FillResult> Fills { get; }

    /// <summary>The bar and background colors (<c>chart.BarColor</c>, <c>chart.BgColor</c>), in the script's order.</summary>
    public IReadOnlyList<BarColorResult> BarColors { get; }

    /// <summary>
    /// The alerts the run fired, in order (<c>Alert(...)</c> calls and <c>AlertCondition(...)</c>s that held): where live
    /// alerts on the script would have fired, bar by bar.
    /// </summary>
    public IReadOnlyList<AlertEvent> Alerts { get; }

    /// <summary>The plot titled <paramref name="title"/>.</summary>
    /// <exception cref="KeyNotFoundException">No plot has that title; the message lists the titles there are.</exception>
    /// <exception cref="InvalidOperationException">Several plots have that title (Pine allows it); use <see cref="Plots"/> by index.</exception>
    public PlotResult GetPlot(string title)
    {
        PlotResult[] matches = Plots.Where(p => p.Title == title).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new KeyNotFoundException(
                $"Script '{Script.Title}' has no plot titled '{title}'. Plots: {string.Join(", ", Plots.Select(p => $"'{p.Title}'"))}."),
            _ => throw new InvalidOperationException(
                $"Script '{Script.Title}' has {matches.Length} plots titled '{title}' (indexes {string.Join(", ", matches.Select(p => p.Index))}); " +
                "read them from Plots by index, or give each a title of its own."),
        };
    }

    internal static IndicatorResult From(Script script, RunContext context) =>
        new(script.GetMetadata(), context.Bars, script, context.Options.Symbol);
}
