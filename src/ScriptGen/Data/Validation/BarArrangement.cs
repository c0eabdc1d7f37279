namespace ScriptGen;

/// <summary>
/// The explicit opt-ins that change bar data (<see cref="BarDataOptions.SortByTime"/>,
/// <see cref="BarDataOptions.DuplicateTimes"/>). Without them the columns pass through untouched.
/// </summary>
internal static class BarArrangement
{
    /// <summary>
    /// The columns sorted and/or without duplicate times as the options ask, with each row's
    /// original index (empty when nothing moved, and the input is returned as is).
    /// </summary>
    public static (BarColumnSet Columns, int[] Origin) Arrange(BarColumnSet columns, BarDataOptions options)
    {
        ReadOnlySpan<long> time = columns.Time.Span;
        bool sort = options.SortByTime && !IsNonDecreasing(time);
        bool dropDuplicates = options.DuplicateTimes != DuplicateTimes.Reject;
        if (!sort && !(dropDuplicates && HasAdjacentDuplicates(time)))
        {
            return (columns, []);
        }

        int[] order = sort ? StableOrder(time) : Identity(time.Length);
        if (dropDuplicates)
        {
            order = WithoutDuplicates(order, time, options.DuplicateTimes == DuplicateTimes.KeepLast);
        }

        return (new BarColumnSet(
            Gather(time, order),
            Gather(columns.Open.Span, order),
            Gather(columns.High.Span, order),
            Gather(columns.Low.Span, order),
            Gather(columns.Close.Span, order),
            columns.HasVolume ? Gather(columns.Volume.Span, order) : ReadOnlyMemory<double>.Empty,
            columns.HasVolume), order);
    }

    private static bool IsNonDecreasing(ReadOnlySpan<long> time)
    {
        for (int i = 1; i < time.Length; i++)
        {
            if (time[i] < time[i - 1])
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasAdjacentDuplicates(ReadOnlySpan<long> time)
    {
        for (int i = 1; i < time.Length; i++)
        {
            if (time[i] == time[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    private static int[] StableOrder(ReadOnlySpan<long> time)
    {
        // Sorting (time, original index) pairs makes the order stable: equal times keep file order,
        // which KeepFirst/KeepLast then rely on.
        var keys = new (long Time, int Index)[time.Length];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = (time[i], i);
        }

        Array.Sort(keys);
        var order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = keys[i].Index;
        }

        return order;
    }

    private static int[] Identity(int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            order[i] = i;
        }

        return order;
    }

    private static int[] WithoutDuplicates(int[] order, ReadOnlySpan<long> time, bool keepLast)
    {
        var kept = new List<int>(order.Length);
        for (int i = 0; i < order.Length; i++)
        {
            bool sameAsPrevious = i > 0 && time[order[i]] == time[order[i - 1]];
            if (!sameAsPrevious)
            {
                kept.Add(order[i]);
            }
            else if (keepLast)
            {
                kept[^1] = order[i];
            }
        }

        return kept.ToArray();
    }

    private static T[] Gather<T>(ReadOnlySpan<T> column, int[] order)
    {
        var result = new T[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            result[i] = column[order[i]];
        }

        return result;
    }
}
