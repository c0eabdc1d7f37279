namespace ScriptGen;

public static partial class Sweep
{
    /// <summary>The integers from <paramref name="from"/> to <paramref name="to"/> (included when on a step), <paramref name="step"/> apart: an axis of a grid.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A step of 0 or less, or <paramref name="from"/> above <paramref name="to"/>.</exception>
    public static int[] Range(int from, int to, int step = 1)
    {
        CheckRange(from, to, step, step > 0);
        var values = new int[(int)(((long)to - from) / step) + 1];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = from + (i * step);
        }

        return values;
    }

    /// <summary>
    /// The numbers from <paramref name="from"/> to <paramref name="to"/> (included when on a step), <paramref name="step"/>
    /// apart: an axis of a grid. Each value is <paramref name="from"/> + i × <paramref name="step"/> in decimal arithmetic,
    /// so <c>Range(0.1, 0.3, 0.1)</c> is 0.1, 0.2, 0.3 (not 0.30000000000000004, and not missing the last).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A step of 0 or less, a bound or step that is not a finite number, or <paramref name="from"/> above <paramref name="to"/>.</exception>
    public static double[] Range(double from, double to, double step)
    {
        if (!double.IsFinite(from) || !double.IsFinite(to) || !double.IsFinite(step))
        {
            throw new ArgumentOutOfRangeException(nameof(step), $"A range's bounds and step are finite numbers; got from {from}, to {to}, step {step}.");
        }

        CheckRange(from, to, step, step > 0);
        decimal start = (decimal)from, end = (decimal)to, by = (decimal)step;
        decimal count = decimal.Floor((end - start) / by) + 1;
        if (count > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"The range from {from} to {to} has {count:N0} values at step {step}; use a larger step.");
        }

        var values = new double[(int)count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (double)(start + (i * by));
        }

        return values;
    }

    private static void CheckRange<T>(T from, T to, T step, bool stepPositive)
        where T : IComparable<T>
    {
        if (!stepPositive)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A range's step is positive.");
        }

        if (from.CompareTo(to) > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, $"The range runs from {from} down to {to}; give the smaller bound first.");
        }
    }
}
