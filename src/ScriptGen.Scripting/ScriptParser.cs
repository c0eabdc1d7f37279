using System.Globalization;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ScriptGen.Scripting.Caching;
using ScriptGen.Scripting.Compilation;
using ScriptGen.Scripting.Loading;

namespace ScriptGen.Scripting;

/// <summary>
/// Compiles <c>.pine.cs</c> source text at run time with Roslyn and the ScriptGen generator, exactly as a
/// project referencing the ScriptGen package compiles it (same language version, implicit usings,
/// diagnostics), and loads each compiled set into a collectible load context of its own. Compiled sets
/// are cached in memory and, optionally, on disk. Safe to use from several threads at once.
/// </summary>
/// <example>
/// <code>
/// using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted });
/// ScriptDefinition definition = parser.Parse(File.ReadAllText("EmaCross.pine.cs"), "EmaCross.pine.cs");
/// StrategyResult result = new RuntimeEnvironment().RunStrategy((StrategyScript)definition.Create(), bars);
/// </code>
/// </example>
public sealed class ScriptParser : IDisposable
{
    // No field of a Roslyn type: a parser that finds its scripts in the disk cache by quick key never
    // loads Roslyn (CompilerSetup, built on first need, holds the compiler, the references and the keys).
    private readonly ISourceGuard? _guard;
    private readonly Lock _setupGate = new();
    private CompilerSetup? _setup;
    // Built on the first compile, not here: it reads four tool files and loads the hashing library (tens of milliseconds
    // in a new process), which a command creating its parser on the main thread would pay before reading its bars.
    private readonly Lazy<QuickKeyBuilder?>? _quickKeys;
    private readonly MemoryScriptCache? _memory;
    private readonly DiskScriptCache? _disk;
    private int _compilations;
    private volatile bool _disposed;

    /// <summary>A parser with the default options (untrusted text, memory cache, no disk cache).</summary>
    public ScriptParser()
        : this(new ScriptParserOptions())
    {
    }

    /// <summary>A parser with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A negative cache capacity, or a reference not loaded from a file.</exception>
    public ScriptParser(ScriptParserOptions options)
        : this(options, guard: null)
    {
    }

    /// <summary>A parser whose untrusted text goes through <paramref name="guard"/> (<c>null</c>: the default guard).</summary>
    internal ScriptParser(ScriptParserOptions options, ISourceGuard? guard)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MemoryCacheCapacity, nameof(options.MemoryCacheCapacity));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxNestingDepth, nameof(options.MaxNestingDepth));
        ArgumentNullException.ThrowIfNull(options.References, nameof(options.References));
        if (options.AnalyzersGiven)
        {
            RequireAnalyzers(options);
        }

        ArgumentNullException.ThrowIfNull(options.AllowedTypes, nameof(options.AllowedTypes));
        ArgumentNullException.ThrowIfNull(options.UntrustedLoadLimits, nameof(options.UntrustedLoadLimits));
        options.UntrustedLoadLimits.Validate();

        Options = options;
        ISourceGuard? effectiveGuard = options.Trust == ScriptTrust.Trusted ? null : guard ?? SourceGuards.ForUntrusted(options.AllowedTypes);
        _guard = effectiveGuard;
        foreach (System.Reflection.Assembly reference in options.References)
        {
            ArgumentNullException.ThrowIfNull(reference, nameof(options.References));
            ReferenceFiles.Require(reference, "An assembly of ScriptParserOptions.References");
        }

        _memory = options.MemoryCacheCapacity > 0 ? new MemoryScriptCache(options.MemoryCacheCapacity) : null;
        _disk = options.CacheDirectory is { } directory ? new DiskScriptCache(directory) : null;

        // The quick key covers a parser's own settings only: a custom guard, extra analyzers or the host's
        // scripts (whose assemblies can change while the process runs) take the full key every time.
        bool quickKeysCover = _disk is not null && guard is null && !options.AnalyzersGiven && !options.ReferenceHostScripts;
        _quickKeys = quickKeysCover
            ? new Lazy<QuickKeyBuilder?>(() => QuickKeyBuilder.TryCreate(options.Trust, options.References, options.AllowedTypes))
            : null;
    }

    /// <summary>The options the parser was created with.</summary>
    public ScriptParserOptions Options { get; }

    /// <summary>How many times this parser ran the compiler (cache hits, memory or disk, do not count).</summary>
    internal int CompilationCount => Volatile.Read(ref _compilations);

    /// <summary>Whether this parser has set Roslyn up (compiled, checked, or computed a full cache key).</summary>
    internal bool CompilerSetUp => Volatile.Read(ref _setup) is not null;

    /// <summary>The sets the memory cache holds.</summary>
    internal int MemoryCacheCount => _memory?.Count ?? 0;

    /// <summary>
    /// Compiles <paramref name="sources"/> as one set (one compilation, one assembly, one load context), or
    /// returns the set compiled before from the same text and references (memory cache, then disk cache).
    /// </summary>
    /// <param name="sources">The files; their names must differ.</param>
    /// <param name="libraries">Sets compiled earlier whose scripts the text may use (import); their own libraries come along.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>The set; the same instance for the same text while it stays in the memory cache.</returns>
    /// <exception cref="ScriptParsingException">
    /// The text has errors (C#, ScriptGen's <c>SG</c> rules, or an API untrusted text may not use); carries every
    /// diagnostic with its file, line and column.
    /// </exception>
    /// <exception cref="CircularImportException">Scripts of the text import each other in a cycle.</exception>
    public CompiledScripts Compile(
        IEnumerable<ScriptSource> sources, IEnumerable<CompiledScripts>? libraries = null, CancellationToken cancellationToken = default)
    {
        Request request = Prepare(sources, libraries, allowQuickKey: true);
        CompiledScripts set = _memory is null
            ? Build(request, cancellationToken)
            : _memory.GetOrAdd(request.Key, ct => Build(request, ct), cancellationToken);
        if (request.QuickKey is { } quick && !request.KeyFromAlias)
        {
            _disk!.WriteAlias(quick, request.Key);
        }

        return set;
    }

    /// <summary>Compiles one text that holds exactly one script and returns it.</summary>
    /// <param name="source">The C# source text.</param>
    /// <param name="fileName">The file name diagnostics and stack traces give the text.</param>
    /// <exception cref="ScriptParsingException">The text has errors, or holds no script or several.</exception>
    public ScriptDefinition Parse(string source, string fileName = ScriptSource.DefaultFileName)
    {
        CompiledScripts set = Compile([new ScriptSource(source, fileName)]);
        return set.Single(fileName);
    }

    /// <summary>
    /// Compiles every file matching <paramref name="searchPattern"/> under <paramref name="path"/> (subfolders
    /// included) as one set. Files are named by their path relative to <paramref name="path"/> (with <c>/</c>)
    /// and compiled in ordinal order of those names.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException"><paramref name="path"/> does not exist.</exception>
    /// <exception cref="ArgumentException">No file matches.</exception>
    /// <exception cref="ScriptParsingException">The files have errors.</exception>
    public CompiledScripts CompileDirectory(string path, string searchPattern = "*.pine.cs")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(searchPattern);
        string root = Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No folder '{root}' to compile scripts from.");
        }

        ScriptSource[] sources = Directory.EnumerateFiles(root, searchPattern, SearchOption.AllDirectories)
            .Select(file => (Name: Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), File: file))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new ScriptSource(File.ReadAllText(f.File), f.Name))
            .ToArray();
        if (sources.Length == 0)
        {
            throw new ArgumentException($"No file matches '{searchPattern}' under '{root}'.", nameof(path));
        }

        return Compile(sources);
    }

    /// <summary>
    /// Every diagnostic (errors, warnings, infos) of compiling <paramref name="sources"/>, without emitting or
    /// loading anything. Never throws for errors in the text.
    /// </summary>
    public IReadOnlyList<ScriptDiagnostic> Check(
        IEnumerable<ScriptSource> sources, IEnumerable<CompiledScripts>? libraries = null, CancellationToken cancellationToken = default)
    {
        Request request = Prepare(sources, libraries, allowQuickKey: false);
        CompilerSetup setup = Setup();
        return LargeStack.Run(() => setup.Compiler.Check(request.Sources, ReferencesOf(request), request.Key.AssemblyName, cancellationToken).ToScriptDiagnostics());
    }

    /// <summary>
    /// Unloads every set the memory cache holds (scripts still referenced keep working until dropped) and
    /// stops the parser from compiling.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _memory?.Clear();
    }

    private Request Prepare(IEnumerable<ScriptSource> sources, IEnumerable<CompiledScripts>? libraries, bool allowQuickKey)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(sources);
        ScriptSource[] list = sources.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("Nothing to compile: give at least one source.", nameof(sources));
        }

        HashSet<string>? names = list.Length > 1 ? new(StringComparer.Ordinal) : null;
        foreach (ScriptSource source in list)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            if (source.Text.Length > Options.MaxSourceLength)
            {
                throw new ArgumentException(
                    $"'{source.FileName}' is {source.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, more than " +
                    $"ScriptParserOptions.MaxSourceLength ({Options.MaxSourceLength.ToString("N0", CultureInfo.InvariantCulture)}); a script is far " +
                    "shorter. Raise the option if the text is yours.",
                    nameof(sources));
            }

            if (names?.Add(source.FileName) == false)
            {
                throw new ArgumentException($"Two sources are named '{source.FileName}'; each file of a set needs its own name.", nameof(sources));
            }
        }

        CompiledScripts[] direct = libraries?.ToArray() ?? [];
        IReadOnlyList<CompiledScripts> closure = direct.Length == 0 ? [] : CompiledScripts.Closure(direct);
        string? quick = allowQuickKey && closure.Count == 0 ? _quickKeys?.Value?.Compute(list) : null;
        if (quick is not null && _disk!.TryReadAlias(quick) is { } known)
        {
            return new Request(list, direct, closure, known, quick, KeyFromAlias: true);
        }

        return new Request(list, direct, closure, FullKey(list, closure), quick, KeyFromAlias: false);
    }

    /// <summary>The full cache key (sets Roslyn up). Kept out of <see cref="Prepare"/> so a quick-key hit never compiles this method.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private CacheKey FullKey(IReadOnlyList<ScriptSource> sources, IReadOnlyList<CompiledScripts> closure) =>
        Setup().Keys.Compute(sources, Host(), closure);

    /// <summary>The host's script assemblies now, or none when the options leave them out.</summary>
    private HostScripts Host() => Options.ReferenceHostScripts ? HostScriptAssemblies.Current : HostScripts.None;

    /// <summary>The Roslyn side of the parser, built by the first caller that needs it.</summary>
    private CompilerSetup Setup()
    {
        if (Volatile.Read(ref _setup) is { } setup)
        {
            return setup;
        }

        lock (_setupGate)
        {
            return _setup ??= new CompilerSetup(Options, _guard);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void RequireAnalyzers(ScriptParserOptions options) =>
        ArgumentNullException.ThrowIfNull(options.Analyzers, nameof(options.Analyzers));

    /// <summary>What the compiler references (only built when the caches miss): the parser's, the host's scripts, the libraries.</summary>
    private ImmutableArray<MetadataReference> ReferencesOf(Request request) =>
        [.. Setup().References, .. Host().References, .. request.Closure.Select(l => l.Reference)];

    private CompiledScripts Build(Request request, CancellationToken cancellationToken)
    {
        if (_disk?.TryRead(request.Key) is { } cached)
        {
            try
            {
                return Load(request, cached);
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException)
            {
                // A damaged entry that still matched its hashes: compile, which rewrites it.
            }
        }

        CompiledImage image = CompileImage(request, cancellationToken);
        _disk?.Write(request.Key, image);
        return Load(request, image);
    }

    /// <summary>Runs the compiler (kept out of <see cref="Build"/>, which a disk-cache hit runs without Roslyn).</summary>
    /// <exception cref="ScriptParsingException">The text has errors.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private CompiledImage CompileImage(Request request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _compilations);
        CompilerSetup setup = Setup();
        CompileOutcome outcome = LargeStack.Run(() => setup.Compiler.Compile(request.Sources, ReferencesOf(request), request.Key.AssemblyName, cancellationToken));
        return outcome.Image ?? throw CompileErrors.ToException(outcome.Diagnostics.Diagnostics);
    }

    private CompiledScripts Load(Request request, CompiledImage image)
    {
        RunLimits? untrusted = Options.Trust == ScriptTrust.Untrusted ? Options.UntrustedLoadLimits : null;
        LoadedSet loaded = ScriptSetLoader.Load(request.Key.AssemblyName, image.Assembly, image.Symbols, request.Closure.Select(l => l.Assembly), untrusted);
        return new CompiledScripts(request.Key, image.Assembly, loaded, image.Warnings, request.Libraries);
    }

    private sealed record Request(
        IReadOnlyList<ScriptSource> Sources,
        IReadOnlyList<CompiledScripts> Libraries,
        IReadOnlyList<CompiledScripts> Closure,
        CacheKey Key,
        string? QuickKey,
        bool KeyFromAlias);
}
