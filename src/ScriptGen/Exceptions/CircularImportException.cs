namespace ScriptGen;

/// <summary>
/// Scripts import each other in a cycle (A imports B, B imports C, C imports A), so none of them can
/// run first. <see cref="Cycle"/> lists the scripts in import order, the first repeated at the end.
/// </summary>
public sealed class CircularImportException : ScriptParsingException
{
    /// <summary>Creates the exception for a cycle found by the compiler (<see cref="ScriptParsingException.Diagnostics"/> holds its diagnostics).</summary>
    public CircularImportException(IReadOnlyList<string> cycle, IReadOnlyList<ScriptDiagnostic> diagnostics)
        : base(Describe(cycle), diagnostics)
    {
        Cycle = cycle;
    }

    /// <summary>Creates the exception for a cycle found while a run set up its imports.</summary>
    public CircularImportException(IReadOnlyList<string> cycle)
        : this(cycle, [])
    {
    }

    /// <summary>The scripts in the cycle, by full type name, in import order; the first is repeated at the end.</summary>
    public IReadOnlyList<string> Cycle { get; }

    private static string Describe(IReadOnlyList<string> cycle)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        return $"Scripts import each other in a cycle: {string.Join(" -> ", cycle)}. " +
            "An imported indicator runs before the script that imports it, so a cycle has no first script; " +
            "remove one of the imports.";
    }
}
