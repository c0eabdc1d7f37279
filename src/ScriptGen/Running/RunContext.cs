namespace ScriptGen;

/// <summary>Everything one run needs besides the script: bars, options, and the namespaces it may use.</summary>
internal sealed record RunContext(Bars Bars, RunOptions Options, NamespaceRegistry Namespaces);
