using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Generator;

/// <summary>
/// The MSBuild properties the generator reads (made visible to it by <c>CompilerVisibleProperty</c>
/// items in the package's <c>buildTransitive/ScriptGen.targets</c>).
/// </summary>
internal static class BuildProperties
{
    /// <summary>
    /// <c>ScriptGenRegisterScripts</c>: whether the assembly's scripts register themselves with the
    /// global <c>ScriptCatalog</c> when it loads. On unless set to <c>false</c>.
    /// </summary>
    public const string RegisterScripts = "build_property.ScriptGenRegisterScripts";

    /// <summary>
    /// <c>ScriptGenInlineBarLoop</c>: whether the generated bar loop runs <c>Process()</c>'s body inline with its call
    /// sites' state in locals (mapped back to the script's lines). On unless set to <c>false</c>, which keeps the loop
    /// calling <c>Process()</c> (same results; for a debugging session that wants one copy of each line).
    /// </summary>
    public const string InlineBarLoop = "build_property.ScriptGenInlineBarLoop";

    public static bool RegisterScriptsGlobally(AnalyzerConfigOptions options) => !IsFalse(options, RegisterScripts);

    public static bool InlinesBarLoop(AnalyzerConfigOptions options) => !IsFalse(options, InlineBarLoop);

    private static bool IsFalse(AnalyzerConfigOptions options, string property) =>
        options.TryGetValue(property, out string? value) &&
        string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase);
}
