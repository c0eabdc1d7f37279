namespace ScriptGen;

/// <summary>
/// Bars of a higher timeframe built from a symbol's own bars, as TradingView builds the bars a
/// <c>request.security</c> call reads: one bar per period of the timeframe that holds at least one bar, opening at
/// the period's opening, with the first bar's open, the highest high, the lowest low, the last bar's close and the
/// summed volume. Periods come from the symbol's <see cref="SessionSchedule"/> (a forex day runs from 17:00 New York to
/// 17:00; weeks start on the trading day that is Monday's), the same periods <c>timeframe.change</c> and
/// <c>time(timeframe)</c> see.
/// </summary>
internal static class HigherTimeframeBars
{
    /// <summary>
    /// The <paramref name="target"/> bars of <paramref name="source"/> and, for each, the instant its period closes
    /// (Unix milliseconds): a bar of the higher timeframe is complete once a bar of the chart closes at or after it.
    /// </summary>
    public static (Bars Bars, long[] Closes) Build(Bars source, Timeframe target, SessionSchedule schedule)
    {
        ReadOnlySpan<long> time = source.Time;
        ReadOnlySpan<double> open = source.Open;
        ReadOnlySpan<double> high = source.High;
        ReadOnlySpan<double> low = source.Low;
        ReadOnlySpan<double> close = source.Close;
        ReadOnlySpan<double> volume = source.Volume;
        int count = CountPeriods(time, target, schedule);

        var opens = new long[count];
        var closes = new long[count];
        var o = new double[count];
        var h = new double[count];
        var l = new double[count];
        var c = new double[count];
        double[]? v = source.HasVolume ? new double[count] : null;
        // A bar outside every session (a forex bar on a Saturday) may end after its period's close: a period is never
        // complete before the last bar in it has closed, or a script would read a bar that had not closed yet.
        long barLength = Math.Max(1, (long)source.Timeframe.TotalMilliseconds);
        int k = -1;
        for (int i = 0; i < time.Length; i++)
        {
            SessionSchedule.PeriodBounds period = schedule.Period(target, time[i]);
            if (k >= 0 && period.Open == opens[k])
            {
                closes[k] = Math.Max(closes[k], time[i] + barLength);
            }

            if (k < 0 || period.Open != opens[k])
            {
                k++;
                opens[k] = period.Open;
                closes[k] = Math.Max(period.Close, time[i] + barLength);
                o[k] = open[i];
                h[k] = high[i];
                l[k] = low[i];
                c[k] = close[i];
                if (v is not null)
                {
                    v[k] = volume[i];
                }

                continue;
            }

            h[k] = Math.Max(h[k], high[i]);
            l[k] = Math.Min(l[k], low[i]);
            c[k] = close[i];
            if (v is not null)
            {
                v[k] += volume[i];
            }
        }

        var options = new BarDataOptions
        {
            Timeframe = TimeSpan.FromSeconds(target.InSeconds),
            Period = target,
            Source = $"{source.Source ?? "the bars"} as {target.Period} bars",
        };
        Bars bars = Bars.FromMemory(opens, o, h, l, c, v is null ? null : (ReadOnlyMemory<double>?)v, options);
        return (bars, closes);
    }

    private static int CountPeriods(ReadOnlySpan<long> time, Timeframe target, SessionSchedule schedule)
    {
        int count = 0;
        long previous = 0;
        for (int i = 0; i < time.Length; i++)
        {
            long opening = schedule.Period(target, time[i]).Open;
            if (count == 0 || opening != previous)
            {
                if (count > 0 && opening < previous)
                {
                    // Periods follow the bars' times; a schedule placing a later bar in an earlier period is a bug, not bad data.
                    throw new InvalidOperationException(
                        $"The {target.Period} period of bar {i} opens at {opening}, before the period of the bar before it ({previous}).");
                }

                count++;
                previous = opening;
            }
        }

        return count;
    }
}
