using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// What users get: for each script in Golden/, every generated file must equal its golden
/// <c>.output.cs</c>, and the output must compile (which proves the interceptors bind).
/// </summary>
public sealed class GoldenFileTests
{
    /// <summary>The samples (copied, see <see cref="Sample_inputs_are_copies_of_the_sample_scripts"/>).</summary>
    public static readonly string[] SampleNames = { "BollingerStrategy", "EmaCross", "MacdStrategy", "Rsi", "RsiStrategy" };

    /// <summary>
    /// The samples and the shapes they lack: a Series field, the global namespace, a base class written
    /// out, every trading setting, the shapes of ta functions, the math namespace (a stateful call site
    /// beside plain calls in a loop and a helper), and core parameters the convention supplies (the
    /// exchange's time zone, the bar index, tuple results), a strategy that re-runs after fills (the
    /// rollback of every kind of member, [Varip] left out), a strategy importing an indicator (its plots as
    /// series named from their titles, the importer's metadata listing the import, chart overloads chosen for
    /// arguments that read them), every drawing function (styles recorded in the metadata, per-bar
    /// arguments passed to the adapters), and which call sites a sweep may share between runs (each kind of
    /// argument and position that allows or prevents it), what the inline bar loop carries over from Process(), and which call sites read a bar column in place (each kind of argument and position that allows or prevents it), and which strategy.Exit, Cancel and CancelAll calls the inline loop makes through a field of their own (arguments that never change).
    /// </summary>
    public static readonly string[] Names =
        [.. SampleNames, "SeriesMomentum", "GlobalNamespace", "ExplicitBaseClass", "TradingSettings", "TaShapes", "MathFunctions", "SessionVwap", "CalcOnOrderFills", "Imports", "ChartBreadth", "SharedCalls", "InlineLoop", "InPlaceColumns", "StrategyCallSites"];

    public static TheoryData<string> Cases => new(Names);

    public static TheoryData<string> Samples => new(SampleNames);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_source_matches_the_golden_file(string name)
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource($"Scripts/{name}.pine.cs", GoldenFile.ReadInput(name)));

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
        GoldenFile.AssertMatches(name, run.GeneratedText);
    }

    /// <summary>The golden samples must stay the real samples, or the spec drifts from what users read.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_inputs_are_copies_of_the_sample_scripts(string name)
    {
        string sample = Path.Combine(TestProjectDirectory.RepositoryRoot, "samples", "ScriptGen.Samples", "Scripts", name + ".pine.cs");

        Assert.True(
            File.ReadAllText(sample).Replace("\r\n", "\n") == GoldenFile.ReadInput(name),
            $"{GoldenFile.InputPath(name)} differs from {sample}: copy the sample over it and regenerate the golden output ({GoldenFile.UpdateVariable}=1).");
    }
}
