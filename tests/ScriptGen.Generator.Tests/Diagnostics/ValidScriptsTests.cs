using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>Valid scripts get no diagnostic at all, and their generated code builds cleanly.</summary>
public sealed class ValidScriptsTests
{
    /// <summary>Every golden input together in one project: the samples, and the shapes they lack.</summary>
    private static TestSource[] AllGoldenScripts() =>
        GoldenFileTests.Names.Select(name => new TestSource($"Scripts/{name}.pine.cs", GoldenFile.ReadInput(name))).ToArray();

    [Fact]
    public void Valid_scripts_report_no_diagnostic() =>
        DiagnosticAssert.ReportsNothing(AllGoldenScripts());

    /// <summary>Users build with warnings as errors: generated code must not add a single warning (hidden and info aside).</summary>
    [Fact]
    public void Generated_code_compiles_without_errors_or_warnings()
    {
        GeneratorRun run = GeneratorHarness.Run(AllGoldenScripts());

        var problems = run.Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(DiagnosticAssert.Describe)
            .ToList();
        Assert.Empty(problems);
    }
}
