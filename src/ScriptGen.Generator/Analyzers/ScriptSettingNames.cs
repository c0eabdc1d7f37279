using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// SG0009: a named argument of <c>[Strategy]</c> or <c>[Indicator]</c> that is not one of its settings
/// (<c>Pyramid = 2</c>), which the compiler reports as an unknown name (CS0246). The settings are read from
/// the attribute class, so a setting added to the runtime needs no change here.
/// </summary>
internal static class ScriptSettingNames
{
    public static void Analyze(SyntaxNodeAnalysisContext context, KnownTypes types)
    {
        var attribute = (AttributeSyntax)context.Node;

        // Syntax first: only attributes with a named argument and a name like the script attributes are bound.
        if (attribute.ArgumentList?.Arguments.Any(a => a.NameEquals is not null) != true || !MayNameScriptAttribute(attribute.Name))
        {
            return;
        }

        INamedTypeSymbol? attributeClass = context.SemanticModel.GetTypeInfo(attribute, context.CancellationToken).Type as INamedTypeSymbol;
        INamedTypeSymbol? other =
            KnownTypes.Is(attributeClass, types.StrategyAttribute) ? types.IndicatorAttribute :
            KnownTypes.Is(attributeClass, types.IndicatorAttribute) ? types.StrategyAttribute :
            null;
        if (attributeClass is null || other is null)
        {
            return;
        }

        string[] settings = Settings(attributeClass);
        foreach (AttributeArgumentSyntax argument in attribute.ArgumentList.Arguments)
        {
            string? name = argument.NameEquals?.Name.Identifier.ValueText;
            if (name is null || settings.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            string attributeName = AttributeName(attributeClass);
            string hint = Settings(other).Contains(name, StringComparer.Ordinal)
                ? $" (it is a setting of [{AttributeName(other)}])"
                : Closest(name, settings) is { } closest ? $" (did you mean '{closest}'?)" : string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.UnknownScriptSetting, argument.NameEquals!.Name.GetLocation(), name, attributeName, hint, string.Join(", ", settings)));
        }
    }

    private static bool MayNameScriptAttribute(NameSyntax name)
    {
        string simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => string.Empty,
        };
        return simple is "Strategy" or "StrategyAttribute" or "Indicator" or "IndicatorAttribute";
    }

    /// <summary>The attribute's settable public properties, in declaration order.</summary>
    private static string[] Settings(INamedTypeSymbol attribute) => attribute.GetMembers()
        .OfType<IPropertySymbol>()
        .Where(p => p.DeclaredAccessibility == Accessibility.Public && !p.IsStatic && p.SetMethod is { DeclaredAccessibility: Accessibility.Public })
        .Select(p => p.Name)
        .ToArray();

    private static string AttributeName(INamedTypeSymbol attribute) =>
        attribute.Name.EndsWith("Attribute", StringComparison.Ordinal) ? attribute.Name.Substring(0, attribute.Name.Length - "Attribute".Length) : attribute.Name;

    /// <summary>The setting nearest to <paramref name="name"/> by edit distance (case ignored), if it is near enough to be a typo.</summary>
    private static string? Closest(string name, IEnumerable<string> settings)
    {
        (string? best, int distance) = (null, int.MaxValue);
        foreach (string setting in settings)
        {
            int d = EditDistance(name.ToUpperInvariant(), setting.ToUpperInvariant());
            if (d < distance || (setting.StartsWith(name, StringComparison.OrdinalIgnoreCase) && d == distance))
            {
                (best, distance) = (setting, d);
            }
        }

        bool prefix = best is not null && (best.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(best, StringComparison.OrdinalIgnoreCase));
        return prefix || distance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int[] current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
