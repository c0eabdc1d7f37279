namespace ScriptGen.Generator;

/// <summary>Metadata names of the runtime types the generator looks for (it cannot reference the runtime).</summary>
internal static class KnownNames
{
    public const string StrategyAttribute = "ScriptGen.StrategyAttribute";
    public const string IndicatorAttribute = "ScriptGen.IndicatorAttribute";
    public const string InputAttribute = "ScriptGen.InputAttribute";
    public const string ImplicitArgumentAttribute = "ScriptGen.CompilerServices.ImplicitArgumentAttribute";

    public const string Script = "ScriptGen.Script";
    public const string StrategyScript = "ScriptGen.StrategyScript";
    public const string IndicatorScript = "ScriptGen.IndicatorScript";
    public const string Series = "ScriptGen.Series`1";

    public const string PineTa = "ScriptGen.Namespaces.PineTa";
    public const string PineInput = "ScriptGen.Namespaces.PineInput";
    public const string PineChart = "ScriptGen.Namespaces.PineChart";
    public const string TaNamespace = "ScriptGen.Namespaces.TaNamespace";

    /// <summary>The namespace of generated interceptors: listed in InterceptorsNamespaces by the package's targets.</summary>
    public const string GeneratedNamespace = "ScriptGen.Generated";
}
