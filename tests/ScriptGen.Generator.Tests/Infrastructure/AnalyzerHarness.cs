using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>
/// The generator assembly's analyzers run as a build runs them: on the compilation the generator completed,
/// every analyzer the assembly exports (found as the script engine finds them), generated code skipped.
/// </summary>
internal static class AnalyzerHarness
{
    /// <summary>Every concrete <see cref="DiagnosticAnalyzer"/> of the generator assembly marked for C#.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        .. typeof(ScriptGenerator).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    /// <summary>The generator's diagnostics and the analyzers' on its output, for <paramref name="sources"/>.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics(params TestSource[] sources)
    {
        GeneratorRun run = GeneratorHarness.Run(sources);
        Assert.Null(run.Result.Exception);
        return [.. run.GeneratorDiagnostics, .. AnalyzerDiagnostics(run.Output)];
    }

    public static ImmutableArray<Diagnostic> AnalyzerDiagnostics(Compilation compilation) =>
        compilation.WithAnalyzers(All).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
