using BenchmarkDotNet.Attributes;
using ScriptGen.Scripting;

namespace ScriptGen.Benchmarks.Engine;

/// <summary>
/// Compiling text compiled before: from the parser's memory cache (the same set back), and from the disk
/// cache by a parser that has never compiled it (a new parser each time, as in a new process: key, read
/// and check the files, load a new context; the parser is disposed, which unloads the set).
/// </summary>
[MemoryDiagnoser]
public class EngineCacheBenchmarks
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), $"scriptgen-bench-cache-{Guid.NewGuid():N}");
    private ScriptParser _parser = null!;
    private ScriptSource[] _sources = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sources = [EngineScripts.Unique()];
        _parser = new ScriptParser();
        _parser.Compile(_sources);
        using var writer = new ScriptParser(new ScriptParserOptions { CacheDirectory = _cacheDirectory });
        writer.Compile(_sources);
        if (DiskCacheLoad().Scripts.Count != 1)
        {
            throw new InvalidOperationException("The disk cache entry should hold the one script.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _parser.Dispose();
        Directory.Delete(_cacheDirectory, recursive: true);
    }

    [Benchmark(Description = "Cache hit (memory)")]
    public CompiledScripts CacheHit() => _parser.Compile(_sources);

    [Benchmark(Description = "Load from the disk cache (new parser)")]
    public CompiledScripts DiskCacheLoad()
    {
        using var parser = new ScriptParser(new ScriptParserOptions { CacheDirectory = _cacheDirectory });
        CompiledScripts set = parser.Compile(_sources);
        return parser.CompilationCount == 0 ? set : throw new InvalidOperationException("The disk cache missed.");
    }
}
