using BenchmarkDotNet.Attributes;
using ScriptGen.Scripting;

namespace ScriptGen.Benchmarks.Engine;

/// <summary>
/// Compiling a new script in a process that has compiled before (Roslyn, the references and the generator
/// warm): the EMA Cross text with a new title each time, so every call misses the caches and compiles,
/// generates, emits and loads. Trusted text is checked and emitted in one pass; untrusted text is checked
/// first, then emitted (two binding passes).
/// </summary>
[MemoryDiagnoser]
public class EngineCompileBenchmarks
{
    private ScriptParser _parser = null!;

    [Params(ScriptTrust.Trusted, ScriptTrust.Untrusted)]
    public ScriptTrust Trust { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // A small memory cache: evicted sets are unloaded, so thousands of iterations do not pile up contexts.
        _parser = new ScriptParser(new ScriptParserOptions { Trust = Trust, MemoryCacheCapacity = 8 });
        _parser.Compile([EngineScripts.Unique()]);
    }

    [GlobalCleanup]
    public void Cleanup() => _parser.Dispose();

    [Benchmark(Description = "Compile a new script (warm)")]
    public CompiledScripts CompileNew() => _parser.Compile([EngineScripts.Unique()]);
}
