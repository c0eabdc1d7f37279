using System.Globalization;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The diagnostics of one compilation as they are gathered (generator, compiler, analyzers, guard):
/// hidden and suppressed ones dropped, duplicates dropped, the compiler's order kept. Holds the
/// Roslyn diagnostics too, for what only they carry (the import cycle's properties).
/// </summary>
internal sealed class DiagnosticList
{
    private readonly List<Diagnostic> _kept = [];
    private readonly HashSet<(string Id, Location Location, string Message)> _seen = [];

    /// <summary>The kept diagnostics, in the order they were added.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _kept;

    /// <summary>Whether any kept diagnostic is an error.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds the diagnostics a user sees: not hidden, not suppressed, not seen before.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Hidden || diagnostic.IsSuppressed)
            {
                continue;
            }

            if (_seen.Add((diagnostic.Id, diagnostic.Location, diagnostic.GetMessage(CultureInfo.InvariantCulture))))
            {
                _kept.Add(diagnostic);
                HasErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
            }
        }
    }

    /// <summary>The kept diagnostics as <see cref="ScriptDiagnostic"/>s.</summary>
    public IReadOnlyList<ScriptDiagnostic> ToScriptDiagnostics() => _kept.Select(ToScriptDiagnostic).ToArray();

    /// <summary>The kept warnings (and infos) as <see cref="ScriptDiagnostic"/>s.</summary>
    public IReadOnlyList<ScriptDiagnostic> Warnings() =>
        _kept.Where(d => d.Severity != DiagnosticSeverity.Error).Select(ToScriptDiagnostic).ToArray();

    /// <summary>
    /// One Roslyn diagnostic as the user sees it: 1-based line and column of the (mapped) start and end,
    /// in the file the caller named, the message in the invariant culture (the compiler's English).
    /// </summary>
    public static ScriptDiagnostic ToScriptDiagnostic(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetMappedLineSpan();
        ScriptDiagnosticSeverity severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ScriptDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => ScriptDiagnosticSeverity.Warning,
            DiagnosticSeverity.Info => ScriptDiagnosticSeverity.Info,
            _ => ScriptDiagnosticSeverity.Hidden,
        };
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        return span.IsValid
            ? new ScriptDiagnostic(
                diagnostic.Id,
                severity,
                span.Path ?? string.Empty,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1,
                message)
            : new ScriptDiagnostic(diagnostic.Id, severity, string.Empty, 0, 0, 0, 0, message);
    }
}
