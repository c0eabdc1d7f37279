namespace ScriptGen;

/// <summary>
/// The Sharpe and Sortino ratios of an equity curve, from its returns over calendar periods in the
/// exchange's time zone: months when the bars touch at least three calendar months, days otherwise.
/// A period's return is its last close's equity over the previous period's (initial capital before the
/// first) minus 1; the yearly risk-free rate is divided by 12 (months) or 365 (days). Not annualised.
/// </summary>
internal static class PeriodReturns
{
    /// <summary>Months needed before monthly returns are used (TradingView's rule, docs/strategy.md).</summary>
    private const int MinimumMonths = 3;

    public static (double Sharpe, double Sortino) Compute(
        ReadOnlySpan<double> equity, ReadOnlySpan<long> time, TimeZoneInfo zone, double initialCapital, double riskFreeRatePercent)
    {
        if (equity.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        bool monthly = CountMonths(time[0], time[^1], zone) >= MinimumMonths;
        double riskFree = riskFreeRatePercent / 100 / (monthly ? 12 : 365);
        var returns = new List<double>();
        double previous = initialCapital;
        int start = 0;
        while (start < time.Length)
        {
            // The period's last bar: binary search for the first bar of the next period.
            long next = NextPeriodStart(time[start], zone, monthly);
            int end = LowerBound(time, start, next) - 1;
            double value = equity[end];
            returns.Add(previous == 0 ? double.NaN : value / previous - 1);
            previous = value;
            start = end + 1;
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

    private static int CountMonths(long first, long last, TimeZoneInfo zone)
    {
        DateTime a = Local(first, zone), b = Local(last, zone);
        return (b.Year - a.Year) * 12 + b.Month - a.Month + 1;
    }

    /// <summary>The first instant (Unix ms) of the month or day after the one holding <paramref name="time"/>, in <paramref name="zone"/>.</summary>
    private static long NextPeriodStart(long time, TimeZoneInfo zone, bool monthly)
    {
        DateTime local = Local(time, zone);
        DateTime next = monthly ? new DateTime(local.Year, local.Month, 1).AddMonths(1) : local.Date.AddDays(1);
        // A period boundary inside a daylight-saving gap does not exist locally: take the next valid minute.
        while (zone.IsInvalidTime(next))
        {
            next = next.AddMinutes(1);
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(next, DateTimeKind.Unspecified), zone)).ToUnixTimeMilliseconds();
    }

    private static DateTime Local(long time, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(time), zone).DateTime;

    /// <summary>The index of the first bar at or after <paramref name="value"/> (times are sorted), from <paramref name="start"/>.</summary>
    private static int LowerBound(ReadOnlySpan<long> time, int start, long value)
    {
        int low = start, high = time.Length;
        while (low < high)
        {
            int middle = low + ((high - low) >> 1);
            if (time[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
