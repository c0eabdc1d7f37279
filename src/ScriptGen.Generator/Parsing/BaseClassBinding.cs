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
/// base, which is exactly what the generated part will add. The first script bound in a compilation gets a
/// fork of its own: after an edit inside one script it is the only one, and a fork declaring every script's
/// base costs several times more in a large project (500 scripts: 22 ms against 6 ms). From the second on,
/// one fork serves every script of the compilation (<see cref="ScriptBaseFork"/>): a fork per script would
/// build the project's declarations again for each script when a declaration edit rebinds them all.
/// </summary>
internal static class BaseClassBinding
{
    private static readonly ConditionalWeakTable<Compilation, Forks> s_forks = new();

    public static SemanticModel SemanticModelFor(SemanticModel original, TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        if (script.BaseType is not { SpecialType: SpecialType.System_Object })
        {
            return original; // The user wrote the base class: the code already binds.
        }

        Forks forks = s_forks.GetValue(original.Compilation, static c => new Forks(c));
        if (forks.IsFirstRequest())
        {
            return ForOne(original, declaration, script, kind);
        }

        ScriptBaseFork fork = forks.Shared.Value;
        return fork.Declares(SymbolNames.MetadataName(script), kind)
            ? fork.Compilation.GetSemanticModel(declaration.SyntaxTree)
            : ForOne(original, declaration, script, kind);
    }

    /// <summary>The fork for one script the shared fork does not hold (its attribute written through an alias, say).</summary>
    private static SemanticModel ForOne(SemanticModel original, TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        string partial = $"partial class {declaration.Identifier.Text} : {ScriptBaseFork.BaseType(kind)} {{ }}";
        string text = script.ContainingNamespace is { IsGlobalNamespace: false } ns
            ? $"namespace {ns.ToDisplayString()} {{ {partial} }}"
            : partial;
        SyntaxTree baseTree = CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)declaration.SyntaxTree.Options);
        return original.Compilation.AddSyntaxTrees(baseTree).GetSemanticModel(declaration.SyntaxTree);
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
