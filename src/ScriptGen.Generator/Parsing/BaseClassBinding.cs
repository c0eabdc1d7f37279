using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// A script needs no base class in its source: the generated part adds it. But the generator sees
/// the compilation without its own output, where <c>ta</c>, <c>close</c> and <c>Process</c> do not bind.
/// So a script without a declared base is bound against the compilation plus a partial declaring the
/// base, which is exactly what the generated part will add.
/// <para>
/// The script is bound in that fork alone, never first in the compilation itself (<see cref="ForScript"/>): each
/// compilation builds a symbol for every type of the project the first time anything binds in it, so binding in
/// both paid that twice (at 500 scripts about 1.4 ms of a keystroke's parse). Whether the script names a base
/// is read from its syntax; a part elsewhere that names one sends it back to the compilation.
/// </para>
/// <para>
/// The first script bound in a compilation gets a fork of its own: after an edit inside one script it is the only
/// one, and a fork declaring every script's base costs several times more in a large project (500 scripts: 22 ms
/// against 6 ms). From the second on, one fork serves every script of the compilation (<see cref="ScriptBaseFork"/>):
/// a fork per script would build the project's declarations again for each script when a declaration edit rebinds
/// them all.
/// </para>
/// </summary>
internal static class BaseClassBinding
{
    private static readonly ConditionalWeakTable<Compilation, Forks> s_forks = new();

    /// <summary>
    /// Where to bind <paramref name="declaration"/>: the fork adding its base when its syntax names none (a partial,
    /// top-level, non-generic class without a base list, whose other parts name none either), else
    /// <paramref name="compilation"/> itself (where <see cref="SemanticModelFor"/> may still fork, or the shape
    /// checks report why it cannot be a script).
    /// </summary>
    public static SemanticModel ForScript(Compilation compilation, TypeDeclarationSyntax declaration, ScriptKindSpec kind, CancellationToken cancellationToken)
    {
        Forks forks = s_forks.GetValue(compilation, static c => new Forks(c));
        if (!MayLackBase(declaration))
        {
            return compilation.GetSemanticModel(declaration.SyntaxTree);
        }

        // The first script bound in a compilation (after an edit inside one script, the only one) gets a fork of its
        // own; the others, when a declaration edit rebinds them all, share one.
        (SemanticModel fork, SyntaxTree? baseTree) = forks.IsFirstRequest()
            ? ForOne(compilation, declaration, kind, ScriptBaseFork.NamespaceOf(declaration))
            : Fork(forks, compilation, declaration, kind, ScriptBaseFork.MetadataName(declaration), ScriptBaseFork.NamespaceOf(declaration));
        if (baseTree is not null &&
            fork.GetDeclaredSymbol(declaration, cancellationToken) is INamedTypeSymbol script &&
            !AnotherPartNamesBase(script, baseTree, cancellationToken))
        {
            return fork;
        }

        return compilation.GetSemanticModel(declaration.SyntaxTree);
    }

    /// <summary>
    /// The model to bind the script's members in, given the model its declaration was bound in: that one when the
    /// script has a base (the user's, or the fork's from <see cref="ForScript"/>), else a fork adding it (a script
    /// whose only base list, in another part, names interfaces).
    /// </summary>
    public static SemanticModel SemanticModelFor(SemanticModel original, TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        if (script.BaseType is not { SpecialType: SpecialType.System_Object })
        {
            return original; // The user wrote the base class, or the model is a fork: the code already binds.
        }

        string ns = script.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : string.Empty;
        return ForOne(original.Compilation, declaration, kind, ns).Model;
    }

    /// <summary>Whether the declaration, by syntax, can be a script that names no base class.</summary>
    private static bool MayLackBase(TypeDeclarationSyntax declaration) =>
        declaration is ClassDeclarationSyntax { BaseList: null, TypeParameterList: null } &&
        declaration.Modifiers.Any(SyntaxKind.PartialKeyword) &&
        declaration.Parent is BaseNamespaceDeclarationSyntax or CompilationUnitSyntax &&
        !declaration.Identifier.IsMissing;

    /// <summary>Whether a part of the class other than the fork's names a base list (a base class, or interfaces).</summary>
    private static bool AnotherPartNamesBase(INamedTypeSymbol script, SyntaxTree baseTree, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in script.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree != baseTree && reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: not null })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The shared fork of the compilation when it declares the script's base, with the tree that declares it; else a fork
    /// of the script's own.
    /// </summary>
    private static (SemanticModel Model, SyntaxTree? BaseTree) Fork(
        Forks forks, Compilation compilation, TypeDeclarationSyntax declaration, ScriptKindSpec kind, string metadataName, string ns)
    {
        ScriptBaseFork shared = forks.Shared.Value;
        return shared.Declares(metadataName, kind)
            ? (shared.Compilation.GetSemanticModel(declaration.SyntaxTree), shared.BaseTree)
            : ForOne(compilation, declaration, kind, ns);
    }

    /// <summary>The fork for one script (the first of its compilation, or one the shared fork does not hold).</summary>
    private static (SemanticModel Model, SyntaxTree? BaseTree) ForOne(Compilation compilation, TypeDeclarationSyntax declaration, ScriptKindSpec kind, string ns)
    {
        string partial = $"partial class {declaration.Identifier.Text} : {ScriptBaseFork.BaseType(kind)} {{ }}";
        string text = ns.Length > 0 ? $"namespace {ns} {{ {partial} }}" : partial;
        SyntaxTree baseTree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)declaration.SyntaxTree.Options);
        return (compilation.AddSyntaxTrees(baseTree).GetSemanticModel(declaration.SyntaxTree), baseTree);
    }

    /// <summary>The forks of one compilation: how many scripts asked, and the shared fork, made when the second asks.</summary>
    private sealed class Forks
    {
        private int _requests;

        public Forks(Compilation compilation) => Shared = new Lazy<ScriptBaseFork>(() => ScriptBaseFork.Create(compilation));

        public Lazy<ScriptBaseFork> Shared { get; }

        public bool IsFirstRequest() => Interlocked.Increment(ref _requests) == 1;
    }
}
