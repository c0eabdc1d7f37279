namespace ScriptGen;

/// <summary>How serious a <see cref="ScriptDiagnostic"/> is, as the C# compiler grades its diagnostics.</summary>
public enum ScriptDiagnosticSeverity
{
    /// <summary>Not shown to users by default.</summary>
    Hidden,

    /// <summary>Information only.</summary>
    Info,

    /// <summary>A likely mistake; the script still compiles.</summary>
    Warning,

    /// <summary>The script cannot compile.</summary>
    Error,
}
