namespace ScriptGen.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    /// <summary>The files holding script candidates, taken from each compilation (compared by identity).</summary>
    public const string ScriptTrees = nameof(ScriptTrees);

    /// <summary>The compilation's <c>global using</c> aliases, which can name the script attributes.</summary>
    public const string ScriptAttributeAliases = nameof(ScriptAttributeAliases);

    /// <summary>Each file's script candidates, found by syntax.</summary>
    public const string ScriptCandidates = nameof(ScriptCandidates);

    /// <summary>The compilation handle the parse binds in, equal while no script's binding can change.</summary>
    public const string ScriptCompilation = nameof(ScriptCompilation);

    public const string ParseStrategies = nameof(ParseStrategies);
    public const string ParseIndicators = nameof(ParseIndicators);
    public const string StrategySpecs = nameof(StrategySpecs);
    public const string IndicatorSpecs = nameof(IndicatorSpecs);
    public const string CatalogEntries = nameof(CatalogEntries);
    public const string CatalogSettings = nameof(CatalogSettings);
    public const string LoopSettings = nameof(LoopSettings);
    public const string StrayCallSites = nameof(StrayCallSites);
    public const string ImportGraph = nameof(ImportGraph);
    public const string StrategyImportChecks = nameof(StrategyImportChecks);
    public const string IndicatorImportChecks = nameof(IndicatorImportChecks);
}
