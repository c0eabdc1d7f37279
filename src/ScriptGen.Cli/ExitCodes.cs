namespace ScriptGen.Cli;

/// <summary>The tool's exit codes, as .NET tools and the shell expect them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The script or the data is wrong: compile errors, bad rows, an input out of range, a run that failed.</summary>
    public const int ScriptOrDataError = 1;

    /// <summary>The command line is wrong: an unknown option, a bad value, a file that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted (Ctrl+C), as shells report a process ended by SIGINT.</summary>
    public const int Interrupted = 130;
}
