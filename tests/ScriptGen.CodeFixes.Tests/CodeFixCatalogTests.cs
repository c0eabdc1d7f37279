using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using ScriptGen.CodeFixes.Tests.Infrastructure;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.CodeFixes.Tests;

/// <summary>What an IDE needs to find and use every fix, and what a user reads about it.</summary>
public sealed class CodeFixCatalogTests
{
    private static readonly Type[] s_providers = typeof(AddPartialCodeFix).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>The IDs <see cref="DiagnosticIds"/> names: the ones the generator's descriptors share with the fixes.</summary>
    private static readonly string[] s_fixableIds = typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_provider_is_exported_for_CSharp_and_can_fix_all()
    {
        Assert.Equal(5, s_providers.Length);
        foreach (Type type in s_providers)
        {
            ExportCodeFixProviderAttribute? export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.True(export is not null && export.Languages.SequenceEqual([LanguageNames.CSharp]), $"{type.Name} is not exported for C#.");
            var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotNull(provider.GetFixAllProvider());
        }
    }

    [Fact]
    public void Every_id_with_a_fix_has_exactly_one_provider_and_each_provider_fixes_only_those()
    {
        string[] fixedIds = s_providers
            .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(["SG0001", "SG0008", "SG0015", "SG0061", "SG0062", "SG0063"], s_fixableIds);
        Assert.Equal(s_fixableIds, fixedIds);
    }

    /// <summary>docs/diagnostics.md says what each fix writes, in its ID's section, and only there.</summary>
    [Fact]
    public void Every_fixed_id_says_so_in_its_docs_section()
    {
        string docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        string[] sections = docs.Split("\n### ");
        string[] documented = sections
            .Where(section => section.Contains("\nCode fix: ", StringComparison.Ordinal))
            .Select(section => section[..6])
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(s_fixableIds, documented);
    }
}
