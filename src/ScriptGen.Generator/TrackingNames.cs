namespace ScriptGen.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string ParseStrategies = nameof(ParseStrategies);
    public const string ParseIndicators = nameof(ParseIndicators);
    public const string StrategySpecs = nameof(StrategySpecs);
    public const string IndicatorSpecs = nameof(IndicatorSpecs);
    public const string CatalogEntries = nameof(CatalogEntries);
    public const string CatalogSettings = nameof(CatalogSettings);
    public const string StrayCallSites = nameof(StrayCallSites);
    public const string ImportGraph = nameof(ImportGraph);
    public const string StrategyImportChecks = nameof(StrategyImportChecks);
    public const string IndicatorImportChecks = nameof(IndicatorImportChecks);
}
