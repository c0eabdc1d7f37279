namespace ScriptGen;

/// <summary>A sweep's grid entries without their type: how to create each run's script and name its inputs.</summary>
internal abstract class SweepGrid
{
    public abstract int Count { get; }

    /// <summary>The entry as the user gave it, for error messages.</summary>
    public abstract object? Entry(int index);

    public abstract StrategyScript Create(int index);

    public abstract IReadOnlyDictionary<string, object?> Overrides(int index);

    /// <summary>Registers the keys the grid's runs will share with the sweep's store; null when nothing can be shared.</summary>
    public abstract SharedSeriesSession? StartSharing(SweepWork work, NamespaceRegistry namespaces);

    public ScriptMetadata Metadata(SweepWork work)
    {
        try
        {
            return Create(0).GetMetadata();
        }
        catch (ScriptEngineException failure)
        {
            throw work.Failure(0, failure);
        }
    }
}

/// <summary>Entries of one type, created by one function: the typed inputs records, or override dictionaries for a definition.</summary>
internal sealed class SweepGrid<TInputs>(TInputs[] entries, Func<TInputs, StrategyScript> create, Func<TInputs, IReadOnlyDictionary<string, object?>> overrides)
    : SweepGrid
{
    public TInputs[] Entries => entries;

    public Func<TInputs, StrategyScript> Factory => create;

    public override int Count => entries.Length;

    public override object? Entry(int index) => entries[index];

    public override StrategyScript Create(int index) => create(entries[index]);

    public override IReadOnlyDictionary<string, object?> Overrides(int index) => overrides(entries[index]);

    public override SharedSeriesSession? StartSharing(SweepWork work, NamespaceRegistry namespaces) =>
        SharedSeriesSession.Start(entries, create, work, namespaces);
}
