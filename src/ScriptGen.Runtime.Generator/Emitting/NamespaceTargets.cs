namespace ScriptGen.Runtime.Generator.Emitting;

/// <summary>
/// Where a Pine namespace's derived members go: the facade struct scripts call, the core class hosts
/// override, the adapters interceptors call and the batch class (types the runtime declares as partial,
/// except the adapters, which are generated whole).
/// </summary>
internal sealed record NamespaceTargets(
    string Pine,
    string FacadeNamespace,
    string Facade,
    string FacadeKeyword,
    string CoreNamespace,
    string Core,
    string AdaptersNamespace,
    string Adapters,
    string? BatchNamespace,
    string? Batch)
{
    public static NamespaceTargets? For(string pine) => pine switch
    {
        "ta" => new("ta", "ScriptGen.Namespaces", "PineTa", "readonly partial struct", "ScriptGen.Namespaces", "TaNamespace", "ScriptGen.CompilerServices", "TaCalls", "ScriptGen.Ta", "TaBatch"),
        "math" => new("math", "ScriptGen.Namespaces", "PineMath", "readonly partial struct", "ScriptGen.Namespaces", "MathNamespace", "ScriptGen.CompilerServices", "MathCalls", null, null),
        _ => null,
    };

    public string FacadeType => "global::" + FacadeNamespace + "." + Facade;

    public string CoreType => "global::" + CoreNamespace + "." + Core;

    public string AdaptersType => "global::" + AdaptersNamespace + "." + Adapters;
}
