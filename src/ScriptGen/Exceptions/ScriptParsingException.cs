namespace ScriptGen;

/// <summary>
/// A script's source text could not be compiled: a C# error, a ScriptGen rule broken (an <c>SG</c>
/// diagnostic), an API an untrusted script may not use. Carries every diagnostic with its file, line
/// and column, the same IDs and positions <c>dotnet build</c> reports for the same text.
/// </summary>
public class ScriptParsingException : ScriptEngineException
{
    /// <summary>Creates the exception from the compilation's diagnostics (errors first in the message).</summary>
    public ScriptParsingException(IReadOnlyList<ScriptDiagnostic> diagnostics)
        : this(Describe(diagnostics), diagnostics)
    {
    }

    /// <summary>Creates the exception with a message of the caller's.</summary>
    public ScriptParsingException(string message, IReadOnlyList<ScriptDiagnostic> diagnostics)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Diagnostics = diagnostics;
    }

    /// <summary>Every diagnostic of the compilation (errors and warnings), in the compiler's order.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>The diagnostics that stop the script from compiling.</summary>
    public IEnumerable<ScriptDiagnostic> Errors => Diagnostics.Where(d => d.IsError);

    private static string Describe(IReadOnlyList<ScriptDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        const int shown = 10;
        ScriptDiagnostic[] errors = diagnostics.Where(d => d.IsError).ToArray();
        if (errors.Length == 0)
        {
            return "The script could not be compiled.";
        }

        string list = string.Join(Environment.NewLine, errors.Take(shown).Select(e => "  " + e));
        string more = errors.Length > shown ? $"{Environment.NewLine}  ... and {errors.Length - shown} more" : string.Empty;
        string count = errors.Length == 1 ? "1 error" : $"{errors.Length} errors";
        return $"The script could not be compiled ({count}):{Environment.NewLine}{list}{more}";
    }
}
