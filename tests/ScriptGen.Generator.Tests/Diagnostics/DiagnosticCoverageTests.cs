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

    /// <summary>The IDs that start test method names, e.g. <c>SG0001_a_script_class_that_is_not_partial</c>.</summary>
    private static HashSet<string> TestMethodIds() => typeof(DiagnosticCoverageTests).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttributes<FactAttribute>().Any(f => f.Skip is null))
        .Select(m => m.Name)
        .Where(name => name.Length > 7 && name.StartsWith("SG", StringComparison.Ordinal) && name[6] == '_')
        .Select(name => name[..6])
        .ToHashSet();
}
