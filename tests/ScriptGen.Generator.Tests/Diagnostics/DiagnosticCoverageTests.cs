using System.Reflection;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.Generator.Tests.Diagnostics;

/// <summary>Every diagnostic the generator can report has a test named after its ID, so a new ID cannot ship untested.</summary>
public sealed class DiagnosticCoverageTests
{
    /// <summary>
    /// SG9001 is the generator's own failure: no valid runtime makes it happen (every namespace facade method has a
    /// core, every chart function has a binding, every call on a member has an interceptable location).
    /// </summary>
    private static readonly string[] s_notTriggerable = { "SG9001" };

    [Fact]
    public void Every_diagnostic_id_has_a_test_named_after_it()
    {
        var tested = TestMethodIds();

        var untested = DiagnosticDescriptors.All
            .Select(d => d.Id)
            .Except(s_notTriggerable)
            .Where(id => !tested.Contains(id))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public void Every_test_named_after_a_diagnostic_id_names_a_real_one()
    {
        var known = DiagnosticDescriptors.All.Select(d => d.Id).ToHashSet();

        var unknown = TestMethodIds().Except(known).ToList();
        Assert.Empty(unknown);
    }

    /// <summary>docs/diagnostics.md explains every ID under a heading of its own, with its severity said for warnings.</summary>
    [Fact]
    public void Every_diagnostic_id_has_a_section_in_the_docs()
    {
        string[] lines = File.ReadAllLines(Path.Combine(Infrastructure.TestProjectDirectory.RepositoryRoot, "docs", "diagnostics.md"));

        var missing = DiagnosticDescriptors.All
            .Where(d => !lines.Any(line => line.StartsWith($"### {d.Id} — ", StringComparison.Ordinal) &&
                                          line.EndsWith("(warning)", StringComparison.Ordinal) == (d.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)))
            .Select(d => $"{d.Id} ({d.DefaultSeverity})")
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
        Assert.Empty(missing);
    }

    /// <summary>Every analyzer of the assembly reports only descriptors of <see cref="DiagnosticDescriptors"/>, so each is documented and tested.</summary>
    [Fact]
    public void Every_analyzer_diagnostic_is_a_known_descriptor()
    {
        var known = DiagnosticDescriptors.All.ToHashSet();

        var unknown = Infrastructure.AnalyzerHarness.All
            .SelectMany(a => a.SupportedDiagnostics)
            .Where(d => !known.Contains(d))
            .Select(d => d.Id)
            .ToList();
        Assert.NotEmpty(Infrastructure.AnalyzerHarness.All);
        Assert.Empty(unknown);
    }

    /// <summary>The IDs that start test method names, e.g. <c>SG0001_a_script_class_that_is_not_partial</c>.</summary>
    private static HashSet<string> TestMethodIds() => typeof(DiagnosticCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttributes<FactAttribute>().Any(f => f.Skip is null))
        .Select(m => m.Name)
        .Where(name => name.Length > 7 && name.StartsWith("SG", StringComparison.Ordinal) && name[6] == '_')
        .Select(name => name[..6])
        .ToHashSet();
}
