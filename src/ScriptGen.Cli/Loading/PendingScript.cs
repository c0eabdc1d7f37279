using ScriptGen.Cli.Output;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Loading;

/// <summary>A script file compiling (or loading from the disk cache) on a thread of its own: <see cref="ScriptLoader.Start"/>.</summary>
internal sealed class PendingScript
{
    private readonly Task<CompiledScript> _compiling;
    private readonly ScriptLoader _loader;

    internal PendingScript(Task<CompiledScript> compiling, ScriptLoader loader)
    {
        _compiling = compiling;
        _loader = loader;
    }

    /// <summary>Waits for the script and gives it, as <see cref="ScriptLoader.Load"/> does (its verbose detail written now, after whatever the command wrote meanwhile).</summary>
    /// <exception cref="UsageException">A file or folder does not exist, or the file holds no script or several.</exception>
    /// <exception cref="ScriptParsingException">The script or an included file does not compile.</exception>
    public ScriptDefinition Finish(Terminal terminal) => _loader.Report(_compiling.GetAwaiter().GetResult(), terminal);

    /// <summary>Whether the compile has ended (for tests that order what is written).</summary>
    internal bool HasEnded => _compiling.IsCompleted;
}

/// <summary>One script file compiled: the set it gave, how long that took, and whether Roslyn had to be loaded for it.</summary>
internal sealed record CompiledScript(string Path, CompiledScripts Set, TimeSpan Elapsed, bool CompilerLoaded);
