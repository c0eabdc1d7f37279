namespace ScriptGen.Cli.Sweep;

/// <summary>
/// How <c>--sort</c> ranks runs: highest net profit, Sharpe ratio or profit factor first, or smallest max
/// drawdown first. na sorts last; ties keep grid order (the run index), so the ranking is deterministic.
/// </summary>
internal static class SweepRanking
{
    public static readonly IReadOnlyList<string> Keys = ["netprofit", "sharpe", "profitfactor", "maxdd"];

    public static IReadOnlyList<SweepRun> Rank(IEnumerable<SweepRun> runs, string key)
    {
        (Func<SweepRun, double> value, bool descending) = key switch
        {
            "netprofit" => ((Func<SweepRun, double>)(r => r.NetProfit), true),
            "sharpe" => (r => r.SharpeRatio, true),
            "profitfactor" => (r => r.ProfitFactor, true),
            "maxdd" => (r => r.MaxDrawdown, false),
            _ => throw new UsageException($"--sort takes one of {string.Join(", ", Keys)}; got '{key}'."),
        };
        return runs
            .OrderBy(r => double.IsNaN(value(r)) ? 1 : 0)
            .ThenBy(r => descending ? -value(r) : value(r))
            .ThenBy(r => r.Index)
            .ToArray();
    }
}
