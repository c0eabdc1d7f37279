using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace ScriptGen.Scripting;

/// <summary>
/// The script engine: compiles scripts from source text (or takes scripts compiled into the program),
/// registers namespaces, and runs strategies and indicators over bars given as <see cref="Bars"/> or a
/// <see cref="DataFrame"/> with a column mapping. Source text goes through the very generator a project
/// uses, so a <c>.pine.cs</c> file behaves the same here and in a csproj. Safe to use from several
/// threads at once.
/// </summary>
/// <example>
/// <code>
/// using var engine = new ScriptEngine();
/// engine.RegisterNamespace("ta", new MyCustomTa());
/// StrategyResult result = engine.RunStrategy(
///     scriptSource: File.ReadAllText("EmaCross.pine.cs"),
///     bars: frame,
///     inputsOverride: new Dictionary&lt;string, object?&gt; { ["FastLength"] = 20 },
///     columnMapping: new ColumnMapping { Close = "C", Timestamp = "T" });
/// </code>
/// </example>
public sealed class ScriptEngine : IDisposable
{
    private readonly RuntimeEnvironment _environment = new();
    private readonly Lock _gate = new();
    private readonly List<Type> _namespaceTypes = new();
    private readonly List<string> _directories = new();
    private readonly ConditionalWeakTable<Assembly, CompiledScripts> _untrusted = new();
    private ScriptParser? _parser;
    private IReadOnlyList<CompiledScripts>? _libraries;
    private bool _disposed;

    /// <summary>An engine with the default namespaces and <paramref name="options"/> (untrusted text by default).</summary>
    public ScriptEngine(ScriptEngineOptions? options = null)
    {
        Options = options ?? new ScriptEngineOptions();
        Options.UntrustedRunLimits?.Validate();
    }

    /// <summary>The options the engine was created with.</summary>
    public ScriptEngineOptions Options { get; }

    /// <summary>
    /// Adds a namespace, or replaces a default one (<c>ta</c>, <c>math</c>, <c>input</c>, <c>chart</c>,
    /// <c>color</c>, <c>strategy</c>) with an instance of a subclass of its type, for every script this engine
    /// runs, intercepted calls included. Source text reaches an added namespace with
    /// <c>Namespace&lt;T&gt;("name")</c>: the engine compiles text against the namespace type's assembly and,
    /// for untrusted text, allows the type's public members.
    /// </summary>
    /// <remarks>Instances are shared by all runs, which may be parallel: keep them stateless.</remarks>
    /// <exception cref="NamespaceException">A default's name with an instance of the wrong type.</exception>
    /// <exception cref="ArgumentException">The namespace type's assembly was not loaded from a file, so text cannot be compiled against it.</exception>
    public ScriptEngine RegisterNamespace(string name, object instance)
    {
        _environment.RegisterNamespace(name, instance);
        Type type = instance.GetType();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_namespaceTypes.Contains(type))
            {
                _namespaceTypes.Add(type);
                RetireParser(); // Text compiled from now on references the type (and untrusted text may use it).
            }
        }

        return this;
    }

    /// <summary>
    /// Compiles every <c>*.pine.cs</c> file under <paramref name="path"/> (subfolders included) as one set, whose
    /// scripts the source text this engine compiles from then on may import. Returns the set.
    /// </summary>
    /// <exception cref="ScriptParsingException">The files have errors.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public CompiledScripts AddScriptDirectory(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            CompiledScripts library = Remember(Parser().CompileDirectory(full));
            _directories.Add(full);
            _libraries = [.. Libraries(), library];
            return library;
        }
    }

    /// <summary>
    /// Compiles <paramref name="sources"/> as one set (they may import each other, the engine's script
    /// directories and the host's indicators), or returns the set compiled before from the same text.
    /// </summary>
    /// <exception cref="ScriptParsingException">The text has errors; carries every diagnostic with its file, line and column.</exception>
    /// <exception cref="CircularImportException">Scripts import each other in a cycle; <see cref="CircularImportException.Cycle"/> lists them.</exception>
    public CompiledScripts Compile(IEnumerable<ScriptSource> sources, CancellationToken cancellationToken = default)
    {
        (ScriptParser parser, IReadOnlyList<CompiledScripts> libraries) = ParserAndLibraries();
        return Remember(parser.Compile(sources, libraries, cancellationToken));
    }

    /// <summary>Compiles one text holding exactly one script: its metadata and factory.</summary>
    /// <param name="scriptSource">The C# source of a <c>.pine.cs</c> file.</param>
    /// <param name="fileName">The file name diagnostics and stack traces give the text.</param>
    /// <exception cref="ScriptParsingException">The text has errors, or holds no script or several.</exception>
    /// <exception cref="CircularImportException">The script imports itself through other scripts.</exception>
    public ScriptDefinition Parse(string scriptSource, string fileName = ScriptSource.DefaultFileName)
    {
        CompiledScripts set = Compile([new ScriptSource(scriptSource, fileName)]);
        return set.Single(fileName);
    }

    /// <summary>Every diagnostic of compiling <paramref name="scriptSource"/> (errors, warnings), without running or loading it. Never throws for errors in the text.</summary>
    public IReadOnlyList<ScriptDiagnostic> Check(string scriptSource, string fileName = ScriptSource.DefaultFileName) =>
        Check([new ScriptSource(scriptSource, fileName)]);

    /// <summary>Every diagnostic of compiling <paramref name="sources"/> as one set, without running or loading them.</summary>
    public IReadOnlyList<ScriptDiagnostic> Check(IEnumerable<ScriptSource> sources, CancellationToken cancellationToken = default)
    {
        (ScriptParser parser, IReadOnlyList<CompiledScripts> libraries) = ParserAndLibraries();
        return parser.Check(sources, libraries, cancellationToken);
    }

    /// <summary>Compiles (or finds in the cache) the strategy in <paramref name="scriptSource"/> and runs it over <paramref name="bars"/>.</summary>
    /// <param name="scriptSource">The C# source of a <c>.pine.cs</c> file holding one strategy.</param>
    /// <param name="bars">The bars.</param>
    /// <param name="inputsOverride">Input values by name (the script's metadata says which); <c>null</c> for the defaults.</param>
    /// <param name="options">Symbol, settings, limits; <see cref="RunOptions.Default"/> when omitted.</param>
    /// <exception cref="ScriptParsingException">The text does not compile.</exception>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    /// <exception cref="ScriptRuntimeException">The script failed on a bar.</exception>
    /// <exception cref="ScriptLimitExceededException">An untrusted script exceeded its limits.</exception>
    public StrategyResult RunStrategy(
        string scriptSource, Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null) =>
        RunStrategy(Parse(scriptSource), bars, inputsOverride, options);

    /// <summary>As <see cref="RunStrategy(string, Bars, IReadOnlyDictionary{string, object?}?, RunOptions?)"/>, over a data frame's columns.</summary>
    /// <param name="scriptSource">The C# source of a <c>.pine.cs</c> file holding one strategy.</param>
    /// <param name="bars">The bars as a data frame (double price columns are read without copying).</param>
    /// <param name="inputsOverride">Input values by name; <c>null</c> for the defaults.</param>
    /// <param name="columnMapping">Which columns hold time, open, high, low, close and volume; <c>null</c> for the usual names.</param>
    /// <param name="options">Symbol, settings, limits.</param>
    /// <exception cref="BarDataException">A column is missing or holds bad data.</exception>
    public StrategyResult RunStrategy(
        string scriptSource,
        DataFrame bars,
        IReadOnlyDictionary<string, object?>? inputsOverride = null,
        ColumnMapping? columnMapping = null,
        RunOptions? options = null) =>
        RunStrategy(Parse(scriptSource), Bars.FromDataFrame(bars, columnMapping), inputsOverride, options);

    /// <summary>Runs a strategy compiled from text (<see cref="Parse"/>) or into the program (<c>ScriptDefinition.For&lt;T&gt;()</c>).</summary>
    /// <exception cref="ScriptEngineException">The script is an indicator.</exception>
    public StrategyResult RunStrategy(
        ScriptDefinition script, Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (script.Create(inputsOverride) is not StrategyScript strategy)
        {
            throw new ScriptEngineException(
                $"'{script.Metadata.Title}' is an indicator; run it with RunIndicator. RunStrategy runs scripts marked [Strategy].");
        }

        return RunStrategy(strategy, bars, options);
    }

    /// <summary>Runs a strategy instance (from text, or <c>MyStrategy.Create(...)</c> of a compiled one).</summary>
    public StrategyResult RunStrategy(StrategyScript script, Bars bars, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return _environment.RunStrategy(script, bars, EffectiveOptions(script.GetType(), options));
    }

    /// <summary>Creates the compiled strategy <typeparamref name="TScript"/> with the given inputs and runs it.</summary>
    public StrategyResult RunStrategy<TScript>(Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null)
        where TScript : StrategyScript, IGeneratedScript<TScript> =>
        RunStrategy(TScript.Create(inputsOverride), bars, options);

    /// <summary>Compiles (or finds in the cache) the indicator in <paramref name="scriptSource"/> and runs it over <paramref name="bars"/>.</summary>
    /// <exception cref="ScriptParsingException">The text does not compile.</exception>
    /// <exception cref="InputValidationException">An unknown input, a value of the wrong type or out of range.</exception>
    /// <exception cref="ScriptRuntimeException">The script failed on a bar.</exception>
    public IndicatorResult RunIndicator(
        string scriptSource, Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null) =>
        RunIndicator(Parse(scriptSource), bars, inputsOverride, options);

    /// <summary>As <see cref="RunIndicator(string, Bars, IReadOnlyDictionary{string, object?}?, RunOptions?)"/>, over a data frame's columns.</summary>
    /// <exception cref="BarDataException">A column is missing or holds bad data.</exception>
    public IndicatorResult RunIndicator(
        string scriptSource,
        DataFrame bars,
        IReadOnlyDictionary<string, object?>? inputsOverride = null,
        ColumnMapping? columnMapping = null,
        RunOptions? options = null) =>
        RunIndicator(Parse(scriptSource), Bars.FromDataFrame(bars, columnMapping), inputsOverride, options);

    /// <summary>Runs an indicator compiled from text or into the program.</summary>
    /// <exception cref="ScriptEngineException">The script is a strategy.</exception>
    public IndicatorResult RunIndicator(
        ScriptDefinition script, Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (script.Create(inputsOverride) is not IndicatorScript indicator)
        {
            throw new ScriptEngineException(
                $"'{script.Metadata.Title}' is a strategy; run it with RunStrategy. RunIndicator runs scripts marked [Indicator].");
        }

        return RunIndicator(indicator, bars, options);
    }

    /// <summary>Runs an indicator instance.</summary>
    public IndicatorResult RunIndicator(IndicatorScript script, Bars bars, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        return _environment.RunIndicator(script, bars, EffectiveOptions(script.GetType(), options));
    }

    /// <summary>Creates the compiled indicator <typeparamref name="TScript"/> with the given inputs and runs it.</summary>
    public IndicatorResult RunIndicator<TScript>(Bars bars, IReadOnlyDictionary<string, object?>? inputsOverride = null, RunOptions? options = null)
        where TScript : IndicatorScript, IGeneratedScript<TScript> =>
        RunIndicator(TScript.Create(inputsOverride), bars, options);

    /// <summary>
    /// Unloads every set the engine compiled: each load context is collected once nothing refers to its
    /// scripts (results and instances still held keep working until dropped).
    /// </summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            RetireParser();
        }
    }

    /// <summary>The run options with the untrusted limits filled in when the script was compiled from untrusted text.</summary>
    private RunOptions? EffectiveOptions(Type scriptType, RunOptions? options)
    {
        if (!_untrusted.TryGetValue(scriptType.Assembly, out _) || options?.Limits is not null)
        {
            return options;
        }

        return (options ?? RunOptions.Default) with { Limits = Options.UntrustedRunLimits };
    }

    private CompiledScripts Remember(CompiledScripts set)
    {
        if (Options.Trust == ScriptTrust.Untrusted)
        {
            _untrusted.AddOrUpdate(set.Assembly, set);
        }

        return set;
    }

    private (ScriptParser Parser, IReadOnlyList<CompiledScripts> Libraries) ParserAndLibraries()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return (Parser(), Libraries());
        }
    }

    /// <summary>The parser for the current namespaces (callers hold the lock).</summary>
    private ScriptParser Parser() => _parser ??= new ScriptParser(new ScriptParserOptions
    {
        Trust = Options.Trust,
        CacheDirectory = Options.CacheDirectory,
        MemoryCacheCapacity = Options.MemoryCacheCapacity,
        ReferenceHostScripts = Options.ReferenceHostScripts,
        References = _namespaceTypes.Select(t => t.Assembly).Where(a => a != typeof(Script).Assembly).Distinct().ToArray(),
        AllowedTypes = [.. _namespaceTypes],
    });

    /// <summary>The script directories compiled by the current parser (callers hold the lock).</summary>
    private IReadOnlyList<CompiledScripts> Libraries()
    {
        if (_libraries is null)
        {
            ScriptParser parser = Parser();
            _libraries = _directories.Select(directory => Remember(parser.CompileDirectory(directory))).ToArray();
        }

        return _libraries;
    }

    /// <summary>
    /// Drops the parser (its cached sets are unloaded, collected once unused) so the next compile uses the
    /// namespaces registered now; the script directories are compiled again against them (callers hold the lock).
    /// </summary>
    private void RetireParser()
    {
        _parser?.Dispose();
        _parser = null;
        _libraries = null;
    }
}
