using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ScriptGen.Generator.Benchmarks.Keystrokes;

/// <summary>
/// The generator per keystroke (issue #26): projects of 1, 50 and 500 EMA Cross scripts and one other file,
/// through an incremental driver as an IDE runs it. <c>FirstGeneration</c> runs a new driver on the project parsed
/// again (both generators pay the parse, so the difference is the generator's); the edits run a
/// warm driver on a new compilation with one edit (alternating two versions of the file, so every run is an
/// edit). Run in process (Program.cs): the generator's Roslyn is the one measured. The do-nothing <see cref="BaselineGenerator"/> over the same compilations is the driver's own cost.
/// </summary>
[MemoryDiagnoser]
public class KeystrokeBenchmarks
{
    private ScriptProject _project = null!;
    private GeneratorDriver _driver = null!;

    [Params(1, 50, 500)]
    public int Scripts { get; set; }

    [Params("ScriptGen", "Baseline")]
    public string Generator { get; set; } = "ScriptGen";

    [GlobalSetup]
    public void Setup()
    {
        _project = new ScriptProject(Scripts);
        _driver = NewDriver().RunGenerators(_project.Compilation);
    }

    [Benchmark]
    public GeneratorDriver FirstGeneration() => NewDriver().RunGenerators(_project.Fresh());

    [Benchmark]
    public GeneratorDriver EditInsideProcess() => _driver = _driver.RunGenerators(_project.EditScript());

    [Benchmark]
    public GeneratorDriver EditNonScriptFile() => _driver = _driver.RunGenerators(_project.EditOtherFile());

    private GeneratorDriver NewDriver() => Driver.Create(Generator == "Baseline" ? new BaselineGenerator() : new ScriptGenerator());
}
