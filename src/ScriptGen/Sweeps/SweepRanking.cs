namespace ScriptGen;

/// <summary>
/// The order a sweep ranks runs in: by the metric (drawdowns smallest first, the rest largest first), na last,
/// ties in run order, so the ranking is the same however many threads ran the sweep.
/// </summary>
internal static class SweepRanking
{
    public static double ValueOf(this SweepMetric metric, PerformanceSummary summary) => metric switch
    {
        SweepMetric.NetProfit => summary.NetProfit,
        SweepMetric.NetProfitPercent => summary.NetProfitPercent,
        SweepMetric.ProfitFactor => summary.ProfitFactor,
        SweepMetric.PercentProfitable => summary.PercentProfitable,
        SweepMetric.AverageTrade => summary.AverageTrade,
        SweepMetric.TotalClosedTrades => summary.TotalClosedTrades,
        SweepMetric.SharpeRatio => summary.SharpeRatio,
        SweepMetric.SortinoRatio => summary.SortinoRatio,
        SweepMetric.MaxRunUp => summary.MaxRunUp,
        SweepMetric.MaxDrawdown => summary.MaxDrawdown,
        SweepMetric.MaxDrawdownPercent => summary.MaxDrawdownPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, $"Not a {nameof(SweepMetric)}; use one of {string.Join(", ", Enum.GetNames<SweepMetric>())}."),
    };

    public static bool SmallestFirst(this SweepMetric metric) => metric is SweepMetric.MaxDrawdown or SweepMetric.MaxDrawdownPercent;

    /// <summary>Whether the metric is followed along the bars' paths (<see cref="RunOptions.RecordDrawdown"/>).</summary>
    public static bool NeedsDrawdown(this SweepMetric metric) => metric is SweepMetric.MaxRunUp or SweepMetric.MaxDrawdown or SweepMetric.MaxDrawdownPercent;

    /// <summary>The runs, best first.</summary>
    public static TRun[] Rank<TRun>(IReadOnlyList<TRun> runs, SweepMetric metric, Func<TRun, PerformanceSummary> summary, Func<TRun, int> order)
    {
        var keys = new double[runs.Count];
        var ranked = new int[runs.Count];
        bool smallestFirst = metric.SmallestFirst();
        for (int i = 0; i < keys.Length; i++)
        {
            double value = metric.ValueOf(summary(runs[i]));
            keys[i] = double.IsNaN(value) ? double.NaN : smallestFirst ? value : -value;
            ranked[i] = i;
        }

        Array.Sort(ranked, (a, b) =>
        {
            bool naA = double.IsNaN(keys[a]), naB = double.IsNaN(keys[b]);
            int byValue = naA || naB ? naA.CompareTo(naB) : keys[a].CompareTo(keys[b]);
            return byValue != 0 ? byValue : order(runs[a]).CompareTo(order(runs[b]));
        });
        return Array.ConvertAll(ranked, i => runs[i]);
    }
}
