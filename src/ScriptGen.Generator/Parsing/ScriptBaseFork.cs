using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// The compilation plus one partial per script that names no base class, declaring the base the generated
/// part will add. Scripts are found by syntax (a top-level, non-generic class with an attribute named
/// <c>Strategy</c> or <c>Indicator</c>, not both), each class once however many parts it has.
/// </summary>
internal sealed class ScriptBaseFork
{
    private readonly HashSet<(string MetadataName, ScriptKindSpec Kind)> _declared;

    private ScriptBaseFork(Compilation compilation, HashSet<(string, ScriptKindSpec)> declared)
    {
        Compilation = compilation;
        _declared = declared;
    }

    public Compilation Compilation { get; }

    public bool Declares(string metadataName, ScriptKindSpec kind) => _declared.Contains((metadataName, kind));

    public static string BaseType(ScriptKindSpec kind) =>
        kind == ScriptKindSpec.Strategy ? "global::ScriptGen.StrategyScript" : "global::ScriptGen.IndicatorScript";

    public static ScriptBaseFork Create(Compilation compilation)
    {
        var declared = new HashSet<(string, ScriptKindSpec)>();
        var text = new StringBuilder();
        CSharpParseOptions? options = null;
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach ((ClassDeclarationSyntax declaration, string ns, ScriptKindSpec kind) in Scripts(tree.GetRoot()))
            {
                string metadataName = ns.Length == 0 ? declaration.Identifier.ValueText : ns + "." + declaration.Identifier.ValueText;
                if (declared.Contains((metadataName, kind)) ||
                    compilation.GetTypeByMetadataName(metadataName) is not { BaseType.SpecialType: SpecialType.System_Object })
                {
                    continue;
                }

                declared.Add((metadataName, kind));
                options ??= (CSharpParseOptions)tree.Options;
                string partial = $"partial class {declaration.Identifier.Text} : {BaseType(kind)} {{ }}";
                text.AppendLine(ns.Length == 0 ? partial : $"namespace {ns} {{ {partial} }}");
            }
        }

        return declared.Count == 0
            ? new ScriptBaseFork(compilation, declared)
            : new ScriptBaseFork(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(text.ToString(), options)), declared);
    }

    private static IEnumerable<(ClassDeclarationSyntax Declaration, string Namespace, ScriptKindSpec Kind)> Scripts(SyntaxNode root)
    {
        foreach (ClassDeclarationSyntax declaration in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<ClassDeclarationSyntax>())
        {
            if (declaration.TypeParameterList is not null || declaration.Identifier.IsMissing)
            {
                continue;
            }

            bool strategy = HasAttributeNamed(declaration, "Strategy");
            bool indicator = HasAttributeNamed(declaration, "Indicator");
            if (strategy != indicator)
            {
                yield return (declaration, NamespaceOf(declaration), strategy ? ScriptKindSpec.Strategy : ScriptKindSpec.Indicator);
            }
        }
    }

    /// <summary>Whether the declaration has an attribute named <paramref name="name"/> (or <c>nameAttribute</c>), by syntax.</summary>
    public static bool HasAttributeNamed(MemberDeclarationSyntax declaration, string name)
    {
        foreach (AttributeListSyntax list in declaration.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                string simple = attribute.Name switch
                {
                    QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                    AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                    SimpleNameSyntax plain => plain.Identifier.ValueText,
                    _ => string.Empty,
                };
                if (simple == name || simple == name + "Attribute")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string NamespaceOf(SyntaxNode node) => string.Join(".", node.Ancestors()
        .OfType<BaseNamespaceDeclarationSyntax>()
        .Reverse()
        .Select(n => n.Name.ToString()));
}
