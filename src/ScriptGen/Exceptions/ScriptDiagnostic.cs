using System.Globalization;

namespace ScriptGen;

/// <summary>
/// One problem found while compiling a script's source text: the compiler's or ScriptGen's
/// diagnostic, with the same ID and position <c>dotnet build</c> reports for the same text.
/// </summary>
/// <param name="Id">The diagnostic ID, e.g. <c>CS0103</c> or <c>SG0015</c>.</param>
/// <param name="Severity">Error, warning, info or hidden.</param>
/// <param name="FilePath">The file name the caller gave the source text (empty when the problem has no position).</param>
/// <param name="Line">The 1-based line where the problem starts (0 when it has no position).</param>
/// <param name="Column">The 1-based column where the problem starts (0 when it has no position).</param>
/// <param name="EndLine">The 1-based line where the problem ends.</param>
/// <param name="EndColumn">The 1-based column just past the problem's end.</param>
/// <param name="Message">What is wrong and, for ScriptGen's own diagnostics, what would be valid.</param>
public sealed record ScriptDiagnostic(
    string Id,
    ScriptDiagnosticSeverity Severity,
    string FilePath,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Message)
{
    /// <summary>Whether this diagnostic stops the script from compiling.</summary>
    public bool IsError => Severity == ScriptDiagnosticSeverity.Error;

    /// <summary>
    /// The diagnostic in the compiler's own format, <c>File.pine.cs(12,9): error SG0015: message</c>,
    /// which editors and CI logs recognise.
    /// </summary>
    public override string ToString()
    {
        string severity = Severity switch
        {
            ScriptDiagnosticSeverity.Error => "error",
            ScriptDiagnosticSeverity.Warning => "warning",
            ScriptDiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        string where = Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{FilePath}({Line},{Column}): ")
            : FilePath.Length > 0 ? FilePath + ": " : string.Empty;
        return $"{where}{severity} {Id}: {Message}";
    }
}
