using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>Checks that a script class can be completed: partial, top-level, not generic/static/abstract, right base, parameterless constructor.</summary>
internal static class ScriptShape
{
    /// <returns>Whether the class can be generated.</returns>
    public static bool Check(ParseContext parse, ScriptKindSpec kind)
    {
        INamedTypeSymbol script = parse.Script;
        SyntaxToken name = parse.Declaration.Identifier;
        if (!parse.Declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            parse.Report(DiagnosticDescriptors.ScriptNotPartial, name, script.Name);
            return false;
        }

        string? problem =
            script.ContainingType is { } outer ? $"is nested in '{outer.Name}'" :
            script.IsGenericType ? "is generic" :
            script.IsStatic ? "is static" :
            script.IsAbstract ? "is abstract" :
            null;
        if (problem is not null)
        {
            parse.Report(DiagnosticDescriptors.ScriptShapeInvalid, name, script.Name, problem);
            return false;
        }

        INamedTypeSymbol? expected = kind == ScriptKindSpec.Strategy ? parse.Types.StrategyScript : parse.Types.IndicatorScript;
        if (script.BaseType is { SpecialType: not SpecialType.System_Object } declared &&
            !SymbolEqualityComparer.Default.Equals(declared, expected))
        {
            parse.Report(
                DiagnosticDescriptors.ScriptBaseClassMismatch,
                name,
                script.Name,
                declared.ToDisplayString(),
                kind.ToString(),
                kind == ScriptKindSpec.Strategy ? "StrategyScript" : "IndicatorScript");
            return false;
        }

        if (!script.InstanceConstructors.Any(c => c.Parameters.Length == 0))
        {
            parse.Report(DiagnosticDescriptors.MissingParameterlessConstructor, name, script.Name);
            return false;
        }

        return true;
    }
}
