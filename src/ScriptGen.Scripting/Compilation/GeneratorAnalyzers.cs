using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The generator assembly's own analyzers: every concrete <see cref="DiagnosticAnalyzer"/> marked
/// <c>[DiagnosticAnalyzer]</c> for C#, found once per process, so text gets every diagnostic a project gets.
/// </summary>
internal static class GeneratorAnalyzers
{
    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> s_all = new(Find);

    /// <summary>The analyzers, in type-name order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> All => s_all.Value;

    private static ImmutableArray<DiagnosticAnalyzer> Find()
    {
        Type[] types;
        try
        {
            types = typeof(ScriptGenerator).Assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types.Where(t => t is not null).ToArray()!;
        }

        return
        [
            .. types
                .Where(t => t.IsClass && !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .Where(t => t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is { } attribute &&
                    attribute.Languages.Contains(LanguageNames.CSharp))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
        ];
    }
}
