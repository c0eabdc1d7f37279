namespace ScriptGen;

/// <summary>
/// The Sharpe and Sortino ratios of a run, from its equity at the end of each calendar period
/// (<see cref="PeriodEnds"/>): a period's return is its last close's equity over the previous period's
/// (initial capital before the first) minus 1; the yearly risk-free rate is divided by 12 (months) or 365
/// (days). Not annualised.
/// </summary>
internal static class PeriodReturns
{
    /// <param name="periodEquity">Equity at each period's last bar, in order.</param>
    /// <param name="monthly">Whether the periods are months (else days).</param>
    /// <param name="initialCapital">Equity before the first period.</param>
    /// <param name="riskFreeRatePercent">The yearly risk-free rate, in percent.</param>
    public static (double Sharpe, double Sortino) Compute(
        ReadOnlySpan<double> periodEquity, bool monthly, double initialCapital, double riskFreeRatePercent)
    {
        if (periodEquity.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        double riskFree = riskFreeRatePercent / 100 / (monthly ? 12 : 365);
        var returns = new List<double>(periodEquity.Length);
        double previous = initialCapital;
        foreach (double value in periodEquity)
        {
            returns.Add(previous == 0 ? double.NaN : value / previous - 1);
            previous = value;
        }

        return (Sharpe(returns, riskFree), Sortino(returns, riskFree));
    }

    /// <summary>(mean return − risk-free rate per period) / sample standard deviation of the returns.</summary>
    public static double Sharpe(IReadOnlyList<double> returns, double riskFree)
    {
        int n = returns.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        double mean = Mean(returns);
        double squares = 0;
        foreach (double r in returns)
        {
            squares += (r - mean) * (r - mean);
        }

        double deviation = Math.Sqrt(squares / (n - 1));
        return deviation == 0 ? double.NaN : (mean - riskFree) / deviation;
    }

    /// <summary>(mean return − risk-free rate per period) / downside deviation: √(Σ min(0, r − risk-free)² / n).</summary>
    public static double Sortino(IReadOnlyList<double> returns, double riskFree)
    {
        int n = returns.Count;
        if (n < 2)
        {
            return double.NaN;
        }

        double squares = 0;
        foreach (double r in returns)
        {
            double shortfall = Math.Min(0, r - riskFree);
            squares += shortfall * shortfall;
        }

        double downside = Math.Sqrt(squares / n);
        return downside == 0 ? double.NaN : (Mean(returns) - riskFree) / downside;
    }

    private static double Mean(IReadOnlyList<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum / values.Count;
    }
}
