using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// The last bar of each calendar period the Sharpe and Sortino ratios read equity at: months in the exchange's
/// time zone when the bars touch at least three calendar months, days otherwise (TradingView's rule,
/// docs/strategy.md). It depends only on the bars' times and the zone, so every run over the same bars shares
/// one: the full equity curve is read at these bars, and a run that records no curve
/// (<see cref="RunOptions.RecordEquity"/> false) keeps equity at these bars alone, which gives the same ratios.
/// </summary>
internal sealed class PeriodEnds
{
    /// <summary>Months needed before monthly returns are used.</summary>
    private const int MinimumMonths = 3;

    private static readonly ConditionalWeakTable<Bars, PeriodEnds> s_byBars = new();

    private PeriodEnds(TimeZoneInfo zone, bool monthly, int[] lastBars)
    {
        Zone = zone;
        Monthly = monthly;
        LastBars = lastBars;
    }

    /// <summary>The zone the periods are calendar periods of.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Whether the periods are months (else days).</summary>
    public bool Monthly { get; }

    /// <summary>The index of each period's last bar, ascending; the last is the last bar.</summary>
    public int[] LastBars { get; }

    /// <summary>The periods of <paramref name="bars"/> in <paramref name="zone"/>, computed once per bars and zone and then shared (thread-safe).</summary>
    public static PeriodEnds For(Bars bars, TimeZoneInfo zone)
    {
        if (s_byBars.TryGetValue(bars, out PeriodEnds? known) && known.Zone.Equals(zone))
        {
            return known;
        }

        PeriodEnds computed = Compute(bars.Time, zone);
        s_byBars.AddOrUpdate(bars, computed);
        return computed;
    }

    private static PeriodEnds Compute(ReadOnlySpan<long> time, TimeZoneInfo zone)
    {
        if (time.Length == 0)
        {
            return new PeriodEnds(zone, monthly: false, []);
        }

        bool monthly = CountMonths(time[0], time[^1], zone) >= MinimumMonths;
        var lastBars = new List<int>();
        int start = 0;
        while (start < time.Length)
        {
            // The period's last bar: binary search for the first bar of the next period.
            int end = LowerBound(time, start, NextPeriodStart(time[start], zone, monthly)) - 1;
            lastBars.Add(end);
            start = end + 1;
        }

        return new PeriodEnds(zone, monthly, lastBars.ToArray());
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
