namespace ScriptGen.Cli.Sweep;

/// <summary>The figures one sweep run keeps (the result itself is dropped, so a large grid does not fill memory).</summary>
internal sealed record SweepRun(
    int Index,
    string[] Values,
    double NetProfit,
    double NetProfitPercent,
    int ClosedTrades,
    double PercentProfitable,
    double ProfitFactor,
    double MaxDrawdown,
    double MaxDrawdownPercent,
    double SharpeRatio,
    double SortinoRatio)
{
    public static SweepRun From(int index, string[] values, StrategyResult result)
    {
        PerformanceSummary s = result.Summary;
        return new SweepRun(
            index, values, s.NetProfit, s.NetProfitPercent, s.TotalClosedTrades, s.PercentProfitable, s.ProfitFactor,
            s.MaxDrawdown, s.MaxDrawdownPercent, s.SharpeRatio, s.SortinoRatio);
    }
}
