using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// A script needs no base class in its source: the generated part adds it. But the generator sees
/// the compilation without its own output, where <c>ta</c>, <c>close</c> and <c>Process</c> do not bind.
/// So a script without a declared base is bound against the compilation plus a one-line partial
/// declaring the base, which is exactly what the generated part will add.
/// </summary>
internal static class BaseClassBinding
{
    public static SemanticModel SemanticModelFor(SemanticModel original, TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        if (script.BaseType is not { SpecialType: SpecialType.System_Object })
        {
            return original; // The user wrote the base class: the code already binds.
        }

        string baseType = kind == ScriptKindSpec.Strategy ? "global::ScriptGen.StrategyScript" : "global::ScriptGen.IndicatorScript";
        string partial = $"partial class {script.Name} : {baseType} {{ }}";
        string text = script.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? $"namespace {ns.ToDisplayString()} {{ {partial} }}"
            : partial;
        SyntaxTree baseTree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)declaration.SyntaxTree.Options);
        return original.Compilation.AddSyntaxTrees(baseTree).GetSemanticModel(declaration.SyntaxTree);
    }
}
