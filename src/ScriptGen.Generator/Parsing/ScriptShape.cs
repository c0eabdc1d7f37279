using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Checks that a script can be completed: a partial, top-level, non-generic, non-static,
/// non-abstract class (not a record or struct), with the right base or none, a parameterless
/// constructor, and no member named like one the generated part declares.
/// </summary>
internal static class ScriptShape
{
    /// <summary>Names the generated part declares in the script class (a user member of the same name would clash).</summary>
    private static readonly string[] s_generatedMembers = ["Metadata", "Inputs", "InputValues", "Create", "GetMetadata", "RunBars", "PrepareRunState", "RunBarBody", "SaveBarState", "RestoreBarState", "BarStateRollbackProblem", "Plots", "PlotValues"];

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
            parse.Declaration is RecordDeclarationSyntax ? "is a record" :
            parse.Declaration is StructDeclarationSyntax ? "is a struct" :
            parse.Declaration is not ClassDeclarationSyntax ? "is not a class" :
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
                BaseTypeLocation(parse, declared) ?? LocationInfo.From(name),
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

        return ReportGeneratedNameClashes(parse);
    }

    private static bool ReportGeneratedNameClashes(ParseContext parse)
    {
        bool clear = true;
        foreach (string generated in s_generatedMembers)
        {
            foreach (ISymbol member in parse.Script.GetMembers(generated))
            {
                if (!member.IsImplicitlyDeclared && member.Locations.FirstOrDefault(l => l.IsInSource) is { } location)
                {
                    parse.Report(DiagnosticDescriptors.GeneratedMemberNameTaken, LocationInfo.From(location), parse.Script.Name, generated);
                    clear = false;
                }
            }
        }

        return clear;
    }

    private static LocationInfo? BaseTypeLocation(ParseContext parse, INamedTypeSymbol declared)
    {
        IEnumerable<BaseTypeSyntax> baseTypes = parse.Script.DeclaringSyntaxReferences
            .Select(r => r.GetSyntax(parse.CancellationToken))
            .OfType<TypeDeclarationSyntax>()
            .SelectMany(d => d.BaseList?.Types ?? default);
        foreach (BaseTypeSyntax baseType in baseTypes)
        {
            if (baseType.SyntaxTree == parse.Declaration.SyntaxTree &&
                SymbolEqualityComparer.Default.Equals(parse.SemanticModel.GetTypeInfo(baseType.Type, parse.CancellationToken).Type, declared))
            {
                return LocationInfo.From(baseType.Type);
            }
        }

        return null;
    }
}
