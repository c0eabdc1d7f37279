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

    public static bool RegisterScriptsGlobally(AnalyzerConfigOptions options) =>
        !(options.TryGetValue(RegisterScripts, out string? value) &&
          string.Equals(value?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
}
