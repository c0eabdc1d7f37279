using System.Numerics;

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
    /// <remarks>
    /// A period is one interval of time, so once a bar's period is known every later bar opening before its close is in
    /// it: the schedule is asked once per period and a binary search finds where the period's bars end, then each
    /// period's prices are summed over its run of bars. A million one-minute bars become 694 days in about a millisecond.
    /// </remarks>
    public static (Bars Bars, long[] Closes) Build(Bars source, Timeframe target, SessionSchedule schedule)
    {
        ReadOnlySpan<long> time = source.Time;
        (List<int> starts, List<long> opens, List<long> closes) = Periods(time, target, schedule, (long)source.Timeframe.TotalMilliseconds);
        int count = opens.Count;
        ReadOnlySpan<double> open = source.Open;
        ReadOnlySpan<double> high = source.High;
        ReadOnlySpan<double> low = source.Low;
        ReadOnlySpan<double> close = source.Close;
        var o = new double[count];
        var h = new double[count];
        var l = new double[count];
        var c = new double[count];
        double[]? v = source.HasVolume ? new double[count] : null;
        for (int k = 0; k < count; k++)
        {
            int first = starts[k], end = k + 1 < count ? starts[k + 1] : time.Length;
            o[k] = open[first];
            h[k] = Highest(high[first..end]);
            l[k] = Lowest(low[first..end]);
            c[k] = close[end - 1];
            if (v is not null)
            {
                v[k] = Sum(source.Volume[first..end]);
            }
        }

        var options = new BarDataOptions
        {
            Timeframe = TimeSpan.FromSeconds(target.InSeconds),
            Period = target,
            Source = $"{source.Source ?? "the bars"} as {target.Period} bars",
        };
        Bars bars = Bars.FromMemory(opens.ToArray(), o, h, l, c, v is null ? null : (ReadOnlyMemory<double>?)v, options);
        return (bars, closes.ToArray());
    }

    /// <summary>
    /// Where each period's run of bars starts, the period's opening, and the instant it is complete: its close, or later
    /// when its last bar ends after it.
    /// </summary>
    private static (List<int> Starts, List<long> Opens, List<long> Closes) Periods(ReadOnlySpan<long> time, Timeframe target, SessionSchedule schedule, long barLength)
    {
        var starts = new List<int>();
        var opens = new List<long>();
        var closes = new List<long>();
        // A bar outside every session (a forex bar on a Saturday) may end after its period's close: a period is never
        // complete before the last bar in it has closed, or a script would read a bar that had not closed yet.
        barLength = Math.Max(1, barLength);
        for (int i = 0; i < time.Length;)
        {
            SessionSchedule.PeriodBounds period = schedule.Period(target, time[i]);
            int end = Math.Max(i + 1, FirstAtOrAfter(time, i + 1, period.Close));
            long complete = Math.Max(period.Close, time[end - 1] + barLength);
            int last = opens.Count - 1;
            if (last >= 0 && period.Open == opens[last])
            {
                closes[last] = Math.Max(closes[last], complete); // more bars of the same period after a bar outside it
            }
            else if (last >= 0 && period.Open < opens[last])
            {
                // Periods follow the bars' times; a schedule placing a later bar in an earlier period is a bug, not bad data.
                throw new InvalidOperationException(
                    $"The {target.Period} period of bar {i} opens at {period.Open}, before the period of the bar before it ({opens[last]}).");
            }
            else
            {
                starts.Add(i);
                opens.Add(period.Open);
                closes.Add(complete);
            }

            i = end;
        }

        return (starts, opens, closes);
    }

    private static int FirstAtOrAfter(ReadOnlySpan<long> times, int start, long instant)
    {
        int found = times[start..].BinarySearch(instant);
        return start + (found >= 0 ? found : ~found);
    }

    // Prices are finite (the bars were checked), so a vector's max and min are exact in any order; one period of a
    // daily timeframe over minute bars is 1,440 values.
    private static double Highest(ReadOnlySpan<double> values)
    {
        double highest = values[0];
        int i = 1;
        if (Vector.IsHardwareAccelerated && values.Length >= 2 * Vector<double>.Count)
        {
            var lanes = new Vector<double>(values);
            for (i = Vector<double>.Count; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                lanes = Vector.Max(lanes, new Vector<double>(values[i..]));
            }

            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                highest = Math.Max(highest, lanes[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            highest = Math.Max(highest, values[i]);
        }

        return highest;
    }

    private static double Lowest(ReadOnlySpan<double> values)
    {
        double lowest = values[0];
        int i = 1;
        if (Vector.IsHardwareAccelerated && values.Length >= 2 * Vector<double>.Count)
        {
            var lanes = new Vector<double>(values);
            for (i = Vector<double>.Count; i <= values.Length - Vector<double>.Count; i += Vector<double>.Count)
            {
                lanes = Vector.Min(lanes, new Vector<double>(values[i..]));
            }

            for (int lane = 0; lane < Vector<double>.Count; lane++)
            {
                lowest = Math.Min(lowest, lanes[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            lowest = Math.Min(lowest, values[i]);
        }

        return lowest;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value; // in bar order, as a running sum over the bars adds them
        }

        return sum;
    }
}
