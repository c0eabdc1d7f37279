using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Incremental;

/// <summary>
/// A hash of everything in a compilation that can change how a script binds, except the script's own
/// text: the references, the options, and every file's declarations (usings, namespaces, types, member
/// signatures, attributes, constants) without method bodies and variable initializers. Typing inside a
/// method body anywhere leaves it equal; adding a member, a using or a type anywhere changes it.
/// Each file's part is computed once per syntax tree (an unchanged file keeps its tree object across
/// edits), and the whole once per compilation.
/// </summary>
internal static class DeclarationFingerprint
{
    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ulong>> s_trees = new();
    private static readonly ConditionalWeakTable<Compilation, StrongBox<ulong>> s_compilations = new();

    public static ulong Of(Compilation compilation) => s_compilations.GetValue(compilation, static c => new StrongBox<ulong>(Compute(c))).Value;

    private static ulong Compute(Compilation compilation)
    {
        var hash = new Fnv();
        hash.Add(compilation.AssemblyName ?? string.Empty);
        // Options by identity too: the compiler's options do not all implement GetHashCode (its syntax tree options
        // provider throws NotImplementedException), and a project keeps the same objects while its settings stay.
        hash.Add((ulong)RuntimeHelpers.GetHashCode(compilation.Options));
        foreach (MetadataReference reference in compilation.References)
        {
            // References are compared by identity: an IDE keeps the same objects while the project's references stay.
            hash.Add((ulong)RuntimeHelpers.GetHashCode(reference));
        }

        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            hash.Add(s_trees.GetValue(tree, static t => new StrongBox<ulong>(OfTree(t))).Value);
        }

        return hash.Value;
    }

    private static ulong OfTree(SyntaxTree tree)
    {
        var hash = new Fnv();
        hash.Add(tree.FilePath);
        hash.Add((ulong)RuntimeHelpers.GetHashCode(tree.Options));
        foreach (SyntaxNodeOrToken item in tree.GetRoot().DescendantNodesAndTokens(static node => !IsBody(node)))
        {
            if (item.IsToken)
            {
                hash.Add((ulong)item.RawKind);
                hash.Add(item.AsToken().Text);
            }
            else if (IsBody(item.AsNode()!))
            {
                // Whether a member has a body or an initializer can matter (an auto-property, a series'
                // initializer); what the body says cannot.
                hash.Add((ulong)item.RawKind);
            }
        }

        return hash.Value;
    }

    private static bool IsBody(SyntaxNode node) => node switch
    {
        BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or
            BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax,
        EqualsValueClauseSyntax => node.Parent is PropertyDeclarationSyntax ||
            (node.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } && !field.Modifiers.Any(SyntaxKind.ConstKeyword)),
        GlobalStatementSyntax => true,
        _ => false,
    };

    /// <summary>64-bit FNV-1a.</summary>
    private struct Fnv
    {
        private const ulong Prime = 1099511628211;
        private ulong _value;
        private bool _started;

        public readonly ulong Value => _started ? _value : 14695981039346656037;

        public void Add(ulong value)
        {
            if (!_started)
            {
                _value = 14695981039346656037;
                _started = true;
            }

            for (int i = 0; i < 8; i++)
            {
                _value = (_value ^ (value & 0xFF)) * Prime;
                value >>= 8;
            }
        }

        public void Add(string text)
        {
            foreach (char c in text)
            {
                Add(c);
            }

            Add(0xFFFF_FFFFul);
        }
    }
}
