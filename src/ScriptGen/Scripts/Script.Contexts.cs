namespace ScriptGen;

public abstract partial class Script
{
    /// <summary>
    /// Whether this script runs on other bars (another timeframe or symbol) none of which is visible yet: its plots read
    /// na until then (<see cref="PlotSeries"/>), while its bars are not readable at all.
    /// </summary>
    internal bool AwaitingFirstBar;

    /// <summary>
    /// Set on chart bars where no new bar of this script's other timeframe or symbol became visible and the import asked
    /// for gaps (Pine's <c>barmerge.gaps_on</c>): its plots' current values read na.
    /// </summary>
    internal bool HidesCurrentPlotValues;

    /// <summary>
    /// For a script imported on intrabars (<c>ImportIntrabars</c>), where the current chart bar's intrabars start and end
    /// among its own bars: <see cref="PlotSeries.Intrabars"/> reads its plots' values from <see cref="IntrabarStart"/> up
    /// to <see cref="IntrabarEnd"/>. Both stay -1 in every other script.
    /// </summary>
    internal int IntrabarStart = -1, IntrabarEnd = -1;

    /// <summary>Whether this script runs as an import on intrabars (<c>ImportIntrabars</c>).</summary>
    internal bool IsIntrabarImport => _importContext?.IntrabarStarts is not null;

    /// <summary>
    /// Runs the bars of <paramref name="context"/> (another timeframe or symbol) that became visible by chart bar
    /// <paramref name="chartBar"/>: each bar, every script on them in run order, so an indicator sees the ones it
    /// imports on the same bar. <paramref name="running"/> names the script running, for a failure's report.
    /// </summary>
    private static void AdvanceContext(ImportContext context, in BarCursor cursor, int chartBar, ref Script running)
    {
        IReadOnlyList<Script> scripts = context.Scripts;
        int done = context.Done;
        int target = context.VisibleOn(chartBar);
        if (done == 0 && target > 0)
        {
            for (int i = 0; i < scripts.Count; i++)
            {
                scripts[i].Cursor = cursor;
                scripts[i].AwaitingFirstBar = false;
            }
        }

        for (int bar = done; bar < target; bar++)
        {
            for (int i = 0; i < scripts.Count; i++)
            {
                running = scripts[i];
                running.RunBars(bar, bar + 1);
            }
        }

        context.Done = target;
        context.AdvancedLast = target != done;
        if (context.IntrabarStarts is { } starts)
        {
            // The intrabars opening inside this chart bar; ones in a hole of the chart's bars ran but belong to no chart bar.
            int start = Math.Min(starts[chartBar], target);
            for (int i = 0; i < scripts.Count; i++)
            {
                scripts[i].IntrabarStart = start;
                scripts[i].IntrabarEnd = target;
            }
        }

        if (context.Gaps)
        {
            bool hide = target == done;
            for (int i = 0; i < scripts.Count; i++)
            {
                scripts[i].HidesCurrentPlotValues = hide;
            }
        }
    }
}
