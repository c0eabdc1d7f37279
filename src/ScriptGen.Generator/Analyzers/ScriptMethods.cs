using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator.Diagnostics;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// SG0043: a script's <c>Process</c> or <c>Setup</c> that is not <c>protected override void Name()</c>.
/// Reported only when the script has no method of the right shape by that name, so a helper overload
/// beside a correct <c>Process()</c> is left alone.
/// </summary>
internal static class ScriptMethods
{
    private static readonly (string Name, string Role)[] s_methods =
    [
        ("Process", "the bar loop calls once per bar"),
        ("Setup", "runs once before the first bar"),
    ];

    public static void Check(SymbolAnalysisContext context, INamedTypeSymbol script)
    {
        foreach ((string name, string role) in s_methods)
        {
            IMethodSymbol[] methods = script.GetMembers(name).OfType<IMethodSymbol>().Where(m => !m.IsImplicitlyDeclared).ToArray();
            if (methods.Length == 0 || methods.Any(m => Problem(m) is null))
            {
                continue;
            }

            foreach (IMethodSymbol method in methods)
            {
                if (method.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                {
                    string signature = method.Name + "(" + string.Join(", ", method.Parameters.Select(p => p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat))) + ")";
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ScriptMethodSignature, location, signature, Problem(method), name, role));
                }
            }
        }
    }

    /// <summary>What is wrong with <paramref name="method"/> as the script's Process or Setup, or null when nothing is.</summary>
    private static string? Problem(IMethodSymbol method) =>
        method.Parameters.Length > 0 ? "takes parameters" :
        method.IsStatic ? "is static" :
        method.IsGenericMethod ? "is generic" :
        !method.ReturnsVoid ? $"returns {method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}" :
        !method.IsOverride ? "is not an override" :
        method.DeclaredAccessibility != Accessibility.Protected ? $"is {Describe(method.DeclaredAccessibility)}" :
        null;

    private static string Describe(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Public => "public",
        Accessibility.Private => "private",
        Accessibility.Internal => "internal",
        Accessibility.ProtectedOrInternal => "protected internal",
        Accessibility.ProtectedAndInternal => "private protected",
        _ => "not protected",
    };
}
