namespace ScriptGen.Cli.Sweeps;

/// <summary>
/// Every combination of the axes' values, in a fixed order (the first axis changes slowest), each a run with
/// its index: the order ties are broken in, so a sweep ranks the same way every time.
/// </summary>
internal sealed class SweepGrid
{
    /// <summary>The most runs one sweep may have.</summary>
    public const long MaxRuns = 1_000_000;

    public SweepGrid(IReadOnlyList<GridAxis> axes, IReadOnlyDictionary<string, object?> fixedInputs)
    {
        if (axes.Count == 0)
        {
            throw new UsageException("sweep needs at least one --grid Name=values.");
        }

        foreach (IGrouping<string, GridAxis> twice in axes.GroupBy(a => a.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            throw new UsageException($"--grid gives input '{twice.Key}' twice; give all its values in one --grid.");
        }

        foreach (GridAxis axis in axes.Where(a => fixedInputs.ContainsKey(a.Name)))
        {
            throw new UsageException($"Input '{axis.Name}' is both set (--set) and swept (--grid); drop one.");
        }

        long runs = axes.Aggregate(1L, (product, axis) => Math.Min(product * axis.Values.Count, MaxRuns + 1));
        if (runs > MaxRuns)
        {
            throw new UsageException($"The grid has more than {MaxRuns:N0} runs; use larger steps or fewer values.");
        }

        Axes = axes;
        FixedInputs = fixedInputs;
        Count = (int)runs;
    }

    public IReadOnlyList<GridAxis> Axes { get; }

    public IReadOnlyDictionary<string, object?> FixedInputs { get; }

    /// <summary>The number of runs.</summary>
    public int Count { get; }

    /// <summary>The values run <paramref name="index"/> gives each axis, in axis order.</summary>
    public string[] ValuesOf(int index)
    {
        var values = new string[Axes.Count];
        for (int axis = Axes.Count - 1; axis >= 0; axis--)
        {
            int size = Axes[axis].Values.Count;
            values[axis] = Axes[axis].Values[index % size];
            index /= size;
        }

        return values;
    }

    /// <summary>The inputs of run <paramref name="index"/>: the fixed ones and its grid values.</summary>
    public Dictionary<string, object?> InputsOf(int index) => InputsWith(ValuesOf(index));

    public Dictionary<string, object?> InputsWith(string[] values)
    {
        var inputs = new Dictionary<string, object?>(FixedInputs, StringComparer.Ordinal);
        for (int axis = 0; axis < Axes.Count; axis++)
        {
            inputs[Axes[axis].Name] = values[axis];
        }

        return inputs;
    }
}
