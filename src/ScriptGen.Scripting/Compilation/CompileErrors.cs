using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Compilation;

/// <summary>Turns a compilation's errors into the exception the parser throws.</summary>
internal static class CompileErrors
{
    /// <summary>The generator's diagnostic for scripts that import each other in a cycle.</summary>
    public const string ImportCycleId = "SG0056";

    /// <summary>The property of <see cref="ImportCycleId"/> holding the cycle's full type names, joined by <see cref="CycleSeparator"/>.</summary>
    public const string ImportCycleProperty = "ImportCycle";

    /// <summary>How the generator joins the names of a cycle (the first repeated at the end).</summary>
    public const string CycleSeparator = " -> ";

    /// <summary>
    /// The exception for diagnostics holding at least one error: <see cref="CircularImportException"/> when
    /// one error is the generator's import cycle, <see cref="ScriptParsingException"/> otherwise. Either
    /// carries every diagnostic (errors and warnings).
    /// </summary>
    public static ScriptParsingException ToException(IReadOnlyList<Diagnostic> diagnostics)
    {
        IReadOnlyList<ScriptDiagnostic> all = diagnostics.Select(DiagnosticList.ToScriptDiagnostic).ToArray();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Error &&
                diagnostic.Id == ImportCycleId &&
                diagnostic.Properties.TryGetValue(ImportCycleProperty, out string? cycle) &&
                !string.IsNullOrWhiteSpace(cycle))
            {
                return new CircularImportException(cycle.Split(CycleSeparator, StringSplitOptions.TrimEntries), all);
            }
        }

        return new ScriptParsingException(all);
    }
}
