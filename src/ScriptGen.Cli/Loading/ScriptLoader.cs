using System.Diagnostics;
using ScriptGen.Cli.Output;
using ScriptGen.Scripting;

namespace ScriptGen.Cli.Loading;

/// <summary>
/// Compiles scripts from their files with the script engine's parser (the generator a project uses, so a
/// file behaves as it does in a csproj), caching the compiled assembly on disk so the next process loads it
/// instead of compiling. Scripts given on the command line are the user's own files: trusted unless
/// <c>--untrusted</c>, which applies the engine's allow-list and per-bar loop budget.
/// </summary>
internal sealed class ScriptLoader(ScriptTrust trust, string? cacheDirectory) : IDisposable
{
    /// <summary>The per-bar step budget of an untrusted run (the engine's default).</summary>
    public static readonly RunLimits UntrustedRunLimits = new ScriptEngineOptions().UntrustedRunLimits;

    private readonly ScriptParser _parser = new(new ScriptParserOptions
    {
        Trust = trust,
        CacheDirectory = cacheDirectory,
        ReferenceHostScripts = false,
    });

    public ScriptTrust Trust => trust;

    /// <summary>The limits a run needs: the untrusted budget, or none.</summary>
    public RunLimits? RunLimits => trust == ScriptTrust.Untrusted ? UntrustedRunLimits : null;

    /// <summary>Compiles the one script of <paramref name="path"/>, with <paramref name="includes"/> as the indicators it may import.</summary>
    /// <exception cref="UsageException">A file or folder does not exist.</exception>
    /// <exception cref="ScriptParsingException">The script or an included file does not compile, or the file holds no script or several.</exception>
    public ScriptDefinition Load(string path, IReadOnlyList<string> includes, Terminal terminal) => Report(Compile(path, includes), terminal);

    /// <summary>
    /// Starts <see cref="Load"/>'s work on a thread of its own and returns at once, for a command to read its bars
    /// meanwhile: a script from the disk cache loads (a new one compiles) while the bars are parsed, instead of after.
    /// <see cref="PendingScript.Finish"/> gives the script, or throws what <see cref="Load"/> would have.
    /// </summary>
    /// <remarks>
    /// A command whose bars fail to load throws without waiting for the script: the process ends with the load cut off
    /// (the thread is a background one). Disposing this loader under it only empties the parser's in-memory cache, which
    /// takes a lock, and the disk cache writes an entry to a temporary file and renames it, so a compile cut off leaves no
    /// broken entry, at most a stray temporary file.
    /// </remarks>
    public PendingScript Start(string path, IReadOnlyList<string> includes) =>
        new(Task.Factory.StartNew(() => Compile(path, includes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default), this);

    private CompiledScript Compile(string path, IReadOnlyList<string> includes)
    {
        var clock = Stopwatch.StartNew();
        ScriptSource main = ScriptFiles.Read(path);
        string mainFull = Path.GetFullPath(path);
        ScriptSource[] libraryFiles = ScriptFiles.Collect(includes)
            .Where(file => !string.Equals(Path.GetFullPath(file), mainFull, StringComparison.Ordinal))
            .Select(ScriptFiles.Read)
            .ToArray();
        IReadOnlyList<CompiledScripts>? libraries = libraryFiles.Length == 0 ? null : [_parser.Compile(libraryFiles)];
        CompiledScripts set = _parser.Compile([main], libraries);
        return new CompiledScript(path, set, clock.Elapsed, CompilerLoaded());
    }

    /// <summary>The compiled file's one script; with <c>--verbose</c>, how long it took and whether the compiler was needed.</summary>
    internal ScriptDefinition Report(CompiledScript compiled, Terminal terminal)
    {
        if (terminal.Verbose)
        {
            terminal.Detail(
                $"compiled {compiled.Path} in {compiled.Elapsed.TotalMilliseconds:N0} ms ({(trust == ScriptTrust.Trusted ? "trusted" : "untrusted")}, " +
                $"cache {cacheDirectory ?? "off"}, compiler {(compiled.CompilerLoaded ? "loaded" : "not loaded")})");
        }

        IReadOnlyList<ScriptDefinition> scripts = compiled.Set.Scripts;
        return scripts.Count switch
        {
            1 => scripts[0],
            0 => throw new UsageException($"'{compiled.Path}' holds no script: a script is a partial class marked [Strategy(\"Title\")] or [Indicator(\"Title\")]."),
            _ => throw new UsageException(
                $"'{compiled.Path}' holds {scripts.Count} scripts ({string.Join(", ", scripts.Select(s => s.Metadata.Name))}); give each its own .pine.cs file."),
        };
    }

    /// <summary>Whether Roslyn is loaded in this process: a script found in the disk cache should not need it (half a second of a cold start).</summary>
    private static bool CompilerLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true);

    /// <summary>Every diagnostic of compiling <paramref name="sources"/> as one set (they may import each other).</summary>
    public IReadOnlyList<ScriptDiagnostic> Check(IReadOnlyList<ScriptSource> sources) => _parser.Check(sources);

    public void Dispose() => _parser.Dispose();
}
