using ScriptGen.Namespaces;

namespace ScriptGen;

/// <summary>What an indicator run produced: its plots, one value per bar.</summary>
public class IndicatorResult
{
    private protected IndicatorResult(ScriptMetadata script, Bars bars, IReadOnlyList<PlotResult> plots)
    {
        Script = script;
        Bars = bars;
        Plots = plots;
    }

    /// <summary>The script that ran.</summary>
    public ScriptMetadata Script { get; }

    /// <summary>The bars it ran over.</summary>
    public Bars Bars { get; }

    /// <summary>The plots, in the script's order.</summary>
    public IReadOnlyList<PlotResult> Plots { get; }

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
        new(script.GetMetadata(), context.Bars, CollectPlots(script));

    private protected static IReadOnlyList<PlotResult> CollectPlots(Script script)
    {
        var plots = new PlotResult[script.PlotBuffers.Length];
        for (int i = 0; i < plots.Length; i++)
        {
            PlotBuffer buffer = script.PlotBuffers[i];
            plots[i] = new PlotResult(buffer.Metadata.Title, buffer.Metadata.Index, buffer.Values, buffer.LastColor);
        }

        return plots;
    }
}
