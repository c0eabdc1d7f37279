namespace ScriptGen.Orleans.Wire;

/// <summary>
/// A slice of a sweep's runs on one symbol, as one grain call carries it: the script by name, and per run its index
/// and its inputs by name. Everything else a run needs is on the silo (the bars in its store, the script in its
/// catalog), so a run costs the wire only its inputs and its summary back.
/// </summary>
[GenerateSerializer]
[Immutable]
internal sealed record SweepShard
{
    /// <summary>The sweep's key, for the silo's logs and the grain's key.</summary>
    [Id(0)]
    public required string Sweep { get; init; }

    /// <summary>The script's full type name (<see cref="ScriptMetadata.TypeName"/>).</summary>
    [Id(1)]
    public required string Script { get; init; }

    /// <summary>The script's input names as the client's build declares them, checked against the silo's.</summary>
    [Id(2)]
    public required string[] InputNames { get; init; }

    /// <summary>The symbol the runs run on.</summary>
    [Id(3)]
    public required SymbolRequest Symbol { get; init; }

    /// <summary>The symbols of <see cref="RunOptions.Symbols"/> (for indicators imported on another symbol); empty when none.</summary>
    [Id(4)]
    public required SymbolRequest[] ImportSymbols { get; init; }

    /// <summary>The run options that travel: the strategy settings, what to record, the limits.</summary>
    [Id(5)]
    public required RunOptionsWire Options { get; init; }

    /// <summary>Each run's index in the sweep.</summary>
    [Id(6)]
    public required int[] RunIndexes { get; init; }

    /// <summary>
    /// Each run's inputs by name, as the grid gives them (<c>Inputs.ToOverrides()</c>, or a definition's overrides), so
    /// the silo binds them, and rejects them, exactly as a local run would.
    /// </summary>
    [Id(7)]
    public required Dictionary<string, object?>[] Inputs { get; init; }

    /// <summary>How many of the silo's cores the shard's runs use (-1: all).</summary>
    [Id(8)]
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// The hash of the source text the script compiles from (<see cref="ScriptSourceText.HashOf"/>), or null for a script
    /// deployed with the silo.
    /// </summary>
    [Id(10)]
    public string? SourceHash { get; init; }

    /// <summary>
    /// The source text itself: sent with a worker's first shard to each grain (the silo compiles it once and keeps it
    /// by hash), and again only when a silo says it does not have it.
    /// </summary>
    [Id(11)]
    public ScriptSourceText[]? Sources { get; init; }

    /// <summary>The bytes of <c>ta</c> series the shard's runs may share (<see cref="SweepOptions.SharedSeriesMemory"/>).</summary>
    [Id(9)]
    public long SharedSeriesMemory { get; init; }

    public override string ToString() => $"{Script} on {Symbol.Ticker}, runs {RunIndexes[0]}..{RunIndexes[^1]} ({RunIndexes.Length}) of sweep {Sweep}";
}

/// <summary>The part of <see cref="RunOptions"/> a silo can use; the rest (models, lower-timeframe bars) the client rejects before sending.</summary>
[GenerateSerializer]
[Immutable]
internal sealed record RunOptionsWire(
    [property: Id(0)] StrategySettings? Strategy,
    [property: Id(1)] bool RecordPlots,
    [property: Id(2)] bool RecordEquity,
    [property: Id(3)] bool RecordDrawdown,
    [property: Id(4)] bool RecordTrades,
    [property: Id(5)] RunLimits? Limits)
{
    public static RunOptionsWire Of(RunOptions options) =>
        new(options.Strategy, options.RecordPlots, options.RecordEquity, options.RecordDrawdown, options.RecordTrades, options.Limits);

    public RunOptions ToRunOptions(SymbolInfo symbol, BarsSet? symbols, CancellationToken cancellation) => new()
    {
        Symbol = symbol,
        Symbols = symbols,
        Strategy = Strategy,
        RecordPlots = RecordPlots,
        RecordEquity = RecordEquity,
        RecordDrawdown = RecordDrawdown,
        RecordTrades = RecordTrades,
        Limits = Limits,
        Cancellation = cancellation,
    };
}
