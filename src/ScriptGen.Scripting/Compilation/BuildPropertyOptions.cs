using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The MSBuild properties the generator and analyzers see (what <c>CompilerVisibleProperty</c> gives
/// them in a project): <c>ScriptGenRegisterScripts=false</c>, because an engine-compiled assembly that
/// registered its scripts in the global <c>ScriptCatalog</c> could never be unloaded.
/// </summary>
internal sealed class BuildPropertyOptions : AnalyzerConfigOptionsProvider
{
    /// <summary>The generator's property: whether scripts register with the global catalog.</summary>
    public const string RegisterScripts = "build_property.ScriptGenRegisterScripts";

    private static readonly AnalyzerConfigOptions s_empty = new Values(ImmutableDictionary<string, string>.Empty);

    private BuildPropertyOptions(AnalyzerConfigOptions global) => GlobalOptions = global;

    /// <summary>The engine's properties.</summary>
    public static BuildPropertyOptions Engine { get; } = new(new Values(
        ImmutableDictionary.CreateRange(AnalyzerConfigOptions.KeyComparer, [new KeyValuePair<string, string>(RegisterScripts, "false")])));

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_empty;

    /// <inheritdoc/>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => s_empty;

    private sealed class Values(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
