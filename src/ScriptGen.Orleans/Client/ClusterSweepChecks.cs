namespace ScriptGen.Orleans;

/// <summary>What a sweep may not send to silos, refused before anything is sent, naming the option and what to do instead.</summary>
internal static class ClusterSweepChecks
{
    public static void CheckOptions(SweepWork work)
    {
        if (work.Options.Environment is not null)
        {
            throw new ClusterSweepException(
                "SweepOptions.Environment does not travel to the silos; register the namespaces the runs need on each silo " +
                "(SweepSiloOptions.Environment in AddScriptGenSweeps) and leave it null in the sweep's options.");
        }

        for (int symbol = 0; symbol < work.Symbols.Count; symbol++)
        {
            RunOptions options = work.RunOptionsFor(symbol);
            string? local = options switch
            {
                { FillModel: not null } => nameof(RunOptions.FillModel),
                { CommissionModel: not null } => nameof(RunOptions.CommissionModel),
                { SlippageModel: not null } => nameof(RunOptions.SlippageModel),
                { MagnifierBars: not null } => nameof(RunOptions.MagnifierBars),
                { LowerTimeframeBars: not null } => nameof(RunOptions.LowerTimeframeBars),
                _ => null,
            };
            if (local is not null)
            {
                throw new ClusterSweepException(
                    $"RunOptions.{local} is set, and a sweep on a cluster cannot send it to the silos (it is code or bars of this " +
                    $"process); run this sweep locally (SweepOptions.Runner = null), or leave {local} null.");
            }
        }
    }

    /// <summary>A grid entry's inputs, checked to be values the wire carries as they are.</summary>
    public static Dictionary<string, object?> Inputs(SweepWork work, int gridIndex)
    {
        var inputs = new Dictionary<string, object?>(work.InputsOf(gridIndex), StringComparer.Ordinal);
        foreach ((string name, object? value) in inputs)
        {
            if (value is not (null or int or long or short or byte or double or float or decimal or bool or string))
            {
                throw new ClusterSweepException(
                    $"Grid entry {gridIndex} gives input '{name}' a {value.GetType().Name}; a sweep on a cluster sends inputs as numbers, " +
                    "booleans or strings (what the script's inputs are).");
            }
        }

        return inputs;
    }
}
