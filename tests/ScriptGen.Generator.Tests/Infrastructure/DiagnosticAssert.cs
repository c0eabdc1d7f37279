using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>Assertions on the diagnostics the generator reports for marked sources.</summary>
internal static class DiagnosticAssert
{
    public const string ScriptPath = "Scripts/Test.pine.cs";

    /// <summary>The usings every diagnostic test source starts with, so sources stay short.</summary>
    public const string Usings = "using ScriptGen;\nusing ScriptGen.Namespaces;\n\n";

    /// <summary>
    /// The generator reports exactly one <paramref name="id"/> error at each marker of
    /// <paramref name="source"/> (a script file, <see cref="Usings"/> prepended) and nothing else,
    /// with a message containing every one of <paramref name="messageParts"/>.
    /// </summary>
    public static void Reports(string id, string source, params string[] messageParts) =>
        Reports(id, new[] { MarkedSource.Parse(ScriptPath, Usings + source) }, messageParts);

    public static void Reports(string id, IReadOnlyList<MarkedSource> sources, params string[] messageParts)
    {
        GeneratorRun run = GeneratorHarness.Run(sources.Select(s => s.Source).ToArray());
        Assert.Null(run.Result.Exception);

        // Both sides in file then position order, so the order sources are passed in does not matter.
        var expected = sources
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .SelectMany(s => s.Markers.Select(m => Describe(id, DiagnosticSeverity.Error, s.Path, m)))
            .ToList();
        var actual = run.GeneratorDiagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ToList();
        Assert.True(expected.Count > 0, "The test source has no marker.");
        Assert.True(
            expected.SequenceEqual(actual.Select(DescribeWhere)),
            $"Expected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual.Select(Describe))}");
        foreach (Diagnostic diagnostic in actual)
        {
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (string part in messageParts)
            {
                Assert.True(message.Contains(part, StringComparison.Ordinal), $"The message of {id} lacks \"{part}\": {message}");
            }
        }
    }

    /// <summary>
    /// The generator and the generator assembly's analyzers together report exactly one <paramref name="id"/> of
    /// <paramref name="severity"/> at each marker of <paramref name="source"/> (<see cref="Usings"/> prepended) and
    /// no other SG diagnostic, each message containing every one of <paramref name="messageParts"/>.
    /// </summary>
    public static void ReportsWithAnalyzers(string id, DiagnosticSeverity severity, string source, params string[] messageParts) =>
        ReportsWithAnalyzers(id, severity, [MarkedSource.Parse(ScriptPath, Usings + source)], messageParts);

    /// <summary>
    /// The generator and the analyzers together report <paramref name="id"/> at every <c>/*!*/</c> marker of <paramref name="sources"/>
    /// and no other SG diagnostic, each message holding every one of <paramref name="messageParts"/>.
    /// </summary>
    public static void ReportsWithAnalyzers(string id, DiagnosticSeverity severity, IReadOnlyList<MarkedSource> sources, params string[] messageParts)
    {
        var expected = sources.SelectMany(s => s.Markers.Select(m => Describe(id, severity, s.Path, m))).ToList();
        var actual = ScriptGenDiagnostics([.. sources.Select(s => s.Source)]);
        Assert.True(expected.Count > 0, "The test source has no marker.");
        Assert.True(
            expected.SequenceEqual(actual.Select(DescribeWhere)),
            $"Expected:\n  {string.Join("\n  ", expected)}\nActual:\n  {string.Join("\n  ", actual.Select(Describe))}");
        foreach (Diagnostic diagnostic in actual)
        {
            string message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
            foreach (string part in messageParts)
            {
                Assert.True(message.Contains(part, StringComparison.Ordinal), $"The message of {id} lacks \"{part}\": {message}");
            }
        }
    }

    /// <summary>Neither the generator nor the analyzers report an SG diagnostic for <paramref name="source"/> (<see cref="Usings"/> prepended).</summary>
    public static void ReportsNoScriptGenDiagnostic(string source) =>
        Assert.Empty(ScriptGenDiagnostics(new TestSource(ScriptPath, Usings + source)).Select(Describe));

    /// <summary>The SG diagnostics of the generator and the analyzers, in position order.</summary>
    public static IReadOnlyList<Diagnostic> ScriptGenDiagnostics(params TestSource[] sources) => AnalyzerHarness.Diagnostics(sources)
        .Where(d => d.Id.StartsWith("SG", StringComparison.Ordinal))
        .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ToList();

    /// <summary>The generator reports nothing at all for <paramref name="sources"/>.</summary>
    public static void ReportsNothing(params TestSource[] sources)
    {
        GeneratorRun run = GeneratorHarness.Run(sources);
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics.Select(Describe));
    }

    /// <summary>One line per diagnostic, so a failure shows every field that differs at once.</summary>
    public static string Describe(Diagnostic diagnostic) =>
        DescribeWhere(diagnostic) + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ID, severity, file and 1-based line and column of the start.</summary>
    private static string DescribeWhere(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return Describe(diagnostic.Id, diagnostic.Severity, span.Path, span.StartLinePosition);
    }

    private static string Describe(string id, DiagnosticSeverity severity, string path, LinePosition start) =>
        $"{id} {severity} {path}({start.Line + 1},{start.Character + 1})";
}
