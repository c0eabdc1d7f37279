namespace ScriptGen.Generator;

/// <summary>Metadata names of the runtime types the generator looks for (it cannot reference the runtime).</summary>
internal static class KnownNames
{
    public const string StrategyAttribute = "ScriptGen.StrategyAttribute";
    public const string IndicatorAttribute = "ScriptGen.IndicatorAttribute";
    public const string InputAttribute = "ScriptGen.InputAttribute";
    public const string InterceptedByAttribute = "ScriptGen.CompilerServices.InterceptedByAttribute";
    public const string PlainCallAttribute = "ScriptGen.CompilerServices.PlainCallAttribute";
    public const string TimeframeArgumentAttribute = "ScriptGen.CompilerServices.TimeframeArgumentAttribute";
    public const string SessionArgumentAttribute = "ScriptGen.CompilerServices.SessionArgumentAttribute";
    public const string VaripAttribute = "ScriptGen.VaripAttribute";
    public const string RestorableState = "ScriptGen.CompilerServices.IRestorableState`1";
    public const string EveryBarState = "ScriptGen.CompilerServices.EveryBarState`2";

    public const string Script = "ScriptGen.Script";
    public const string PriceSeries = "ScriptGen.PriceSeries";
    public const string StrategyScript = "ScriptGen.StrategyScript";
    public const string IndicatorScript = "ScriptGen.IndicatorScript";
    public const string Series = "ScriptGen.Series`1";
    public const string PineStrategy = "ScriptGen.Namespaces.PineStrategy";
    public const string StrategyCalls = "ScriptGen.CompilerServices.StrategyCalls";

    /// <summary>The script member of the <c>input</c> facade, whose calls declare inputs.</summary>
    public const string InputMember = "input";

    /// <summary>The script member of the <c>chart</c> facade, whose calls are plots.</summary>
    public const string ChartMember = "chart";

    /// <summary>
    /// The script members that are namespace facades (see <see cref="Parsing.NamespaceFacade"/>), for the
    /// syntax-only filter of <see cref="Parsing.StrayCallSites"/>, which runs before anything binds. A
    /// test checks this list against the facades the runtime's <c>Script</c> declares.
    /// </summary>
    public static readonly string[] FacadeMembers = { "ta", "math", InputMember, ChartMember };

    /// <summary>The namespace of generated interceptors: listed in InterceptorsNamespaces by the package's targets.</summary>
    public const string GeneratedNamespace = "ScriptGen.Generated";
}
