using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// What the parsers that decide how a call site may be evaluated (<see cref="SharedCallSites"/>, <see cref="EffectFreeArguments"/>)
/// know about the ScriptGen runtime's members: which of <c>Script</c>'s properties are the bar's prices, and which operators and
/// conversions are the language's or the runtime's own (so no user code runs in them).
/// </summary>
internal static class RuntimeMembers
{
    /// <summary>Whether <paramref name="name"/> is one of <c>Script</c>'s bar prices: <c>open</c> ... <c>hlcc4</c> and <c>volume</c>, read from the bars.</summary>
    public static bool IsBarPrice(string name) =>
        name is "open" or "high" or "low" or "close" or "volume" or "hl2" or "hlc3" or "ohlc4" or "hlcc4";

    /// <summary>Whether <paramref name="symbol"/> is the ScriptGen runtime's.</summary>
    public static bool IsRuntime(ISymbol symbol) => symbol.ContainingAssembly?.Name == "ScriptGen";

    /// <summary>Whether an operator or conversion is the language's own (<paramref name="method"/> null) or the runtime's.</summary>
    public static bool IsBuiltInOrRuntime(IMethodSymbol? method) => method is null || IsRuntime(method);
}
