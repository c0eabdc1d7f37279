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
/// part will add. Scripts are found by syntax (a top-level, non-generic, partial class with an attribute named
/// <c>Strategy</c> or <c>Indicator</c>, not both), each class once however many parts it has; a class any of whose
/// top-level parts has a base list is left out (its script binds in the compilation, see <see cref="BaseClassBinding"/>).
/// Built from syntax alone, so making it binds nothing in the compilation.
/// </summary>
internal sealed class ScriptBaseFork
{
    private readonly HashSet<(string MetadataName, ScriptKindSpec Kind)> _declared;

    private ScriptBaseFork(Compilation compilation, SyntaxTree? baseTree, HashSet<(string, ScriptKindSpec)> declared)
    {
        Compilation = compilation;
        BaseTree = baseTree;
        _declared = declared;
    }

    public Compilation Compilation { get; }

    /// <summary>The tree declaring the scripts' bases (none when no script needs one).</summary>
    public SyntaxTree? BaseTree { get; }

    public bool Declares(string metadataName, ScriptKindSpec kind) => _declared.Contains((metadataName, kind));

    public static string BaseType(ScriptKindSpec kind) =>
        kind == ScriptKindSpec.Strategy ? "global::ScriptGen.StrategyScript" : "global::ScriptGen.IndicatorScript";

    public static ScriptBaseFork Create(Compilation compilation)
    {
        var withBaseList = new HashSet<string>();
        var scripts = new List<(ClassDeclarationSyntax Declaration, string Namespace, string MetadataName, ScriptKindSpec Kind)>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            foreach (ClassDeclarationSyntax declaration in TopLevelClasses(tree.GetRoot()))
            {
                string ns = NamespaceOf(declaration);
                string metadataName = MetadataName(ns, declaration);
                if (declaration.BaseList is not null)
                {
                    withBaseList.Add(metadataName);
                }

                bool strategy = HasAttributeNamed(declaration, "Strategy");
                bool indicator = HasAttributeNamed(declaration, "Indicator");
                if (strategy != indicator && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    scripts.Add((declaration, ns, metadataName, strategy ? ScriptKindSpec.Strategy : ScriptKindSpec.Indicator));
                }
            }
        }

        var declared = new HashSet<(string, ScriptKindSpec)>();
        var text = new StringBuilder();
        CSharpParseOptions? options = null;
        foreach ((ClassDeclarationSyntax declaration, string ns, string metadataName, ScriptKindSpec kind) in scripts)
        {
            if (withBaseList.Contains(metadataName) || !declared.Add((metadataName, kind)))
            {
                continue;
            }

            options ??= (CSharpParseOptions)declaration.SyntaxTree.Options;
            string partial = $"partial class {declaration.Identifier.Text} : {BaseType(kind)} {{ }}";
            text.AppendLine(ns.Length == 0 ? partial : $"namespace {ns} {{ {partial} }}");
        }

        if (declared.Count == 0)
        {
            return new ScriptBaseFork(compilation, null, declared);
        }

        SyntaxTree baseTree = CSharpSyntaxTree.ParseText(text.ToString(), options);
        return new ScriptBaseFork(compilation.AddSyntaxTrees(baseTree), baseTree, declared);
    }

    /// <summary>The metadata name of a top-level class, by syntax, as <see cref="Declares"/> takes it.</summary>
    public static string MetadataName(TypeDeclarationSyntax declaration) => MetadataName(NamespaceOf(declaration), declaration);

    /// <summary>The namespace a declaration is in, by syntax (empty for the global namespace).</summary>
    public static string NamespaceOf(SyntaxNode node) => string.Join(".", node.Ancestors()
        .OfType<BaseNamespaceDeclarationSyntax>()
        .Reverse()
        .Select(n => n.Name.ToString()));

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

    private static string MetadataName(string ns, TypeDeclarationSyntax declaration) =>
        ns.Length == 0 ? declaration.Identifier.ValueText : ns + "." + declaration.Identifier.ValueText;

    /// <summary>Every top-level, non-generic, named class of the file (the only kind of class a script can be).</summary>
    private static IEnumerable<ClassDeclarationSyntax> TopLevelClasses(SyntaxNode root) =>
        root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<ClassDeclarationSyntax>()
            .Where(static d => d.TypeParameterList is null && !d.Identifier.IsMissing);
}
