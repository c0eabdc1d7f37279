using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Incremental;

/// <summary>
/// A type declaration that may be a script: it carries an attribute whose name, by syntax alone, can bind to
/// <c>ScriptGen.StrategyAttribute</c> or <c>ScriptGen.IndicatorAttribute</c>. Compared by the declaration's
/// identity, so it is equal across edits exactly while its file is the same syntax tree.
/// </summary>
internal sealed record ScriptCandidate(TypeDeclarationSyntax Declaration, ScriptKindSpec Kind)
{
    /// <summary>
    /// The compilation the candidate was found in (not compared, held weakly): a candidate that is new in a generator
    /// run was found in that run's compilation, which holds its file and which the parse can bind in when the
    /// <see cref="CompilationHandle"/> is an older, equal one (<see cref="Parsing.ScriptSpecParser"/>).
    /// </summary>
    public ScriptTree? FoundIn { get; init; }

    public bool Equals(ScriptCandidate? other) =>
        other is not null && ReferenceEquals(Declaration, other.Declaration) && Kind == other.Kind;

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Declaration) ^ (int)Kind;
}

/// <summary>
/// A file holding a script candidate, with the compilation it was taken from. Compared by the tree alone (an unchanged
/// file is the same tree object in every compilation), so for a file edited in this run the compilation is this run's.
/// Held weakly, through one reference shared by every file of the compilation (a weak reference is a GC handle with a
/// finalizer: one per file would be 500 per keystroke in a project of 500 scripts).
/// </summary>
internal sealed class ScriptTree : System.IEquatable<ScriptTree>
{
    private readonly System.WeakReference<Compilation> _compilation;

    public ScriptTree(SyntaxTree tree, Compilation compilation)
        : this(tree, new System.WeakReference<Compilation>(compilation))
    {
    }

    public ScriptTree(SyntaxTree tree, System.WeakReference<Compilation> compilation)
    {
        Tree = tree;
        _compilation = compilation;
    }

    public SyntaxTree Tree { get; }

    /// <summary>The compilation the tree was taken from, while anything else keeps it alive (the driver does, during its run).</summary>
    public Compilation? Compilation => _compilation.TryGetTarget(out Compilation? compilation) ? compilation : null;

    public bool Equals(ScriptTree? other) => other is not null && ReferenceEquals(Tree, other.Tree);

    public override bool Equals(object? obj) => obj is ScriptTree other && Equals(other);

    public override int GetHashCode() => RuntimeHelpers.GetHashCode(Tree);
}

/// <summary>
/// A <c>using</c> alias, by simple names only: <c>using S = ScriptGen.StrategyAttribute;</c> is
/// (<c>S</c>, <c>StrategyAttribute</c>).
/// </summary>
internal readonly record struct AttributeAlias(string Name, string Target);

/// <summary>
/// Finds scripts by syntax, before anything binds, so that a file nobody edited keeps its candidates (and every step
/// after them stays cached) whatever else changes. A candidate is a type declaration with an attribute named
/// <c>Strategy</c>, <c>StrategyAttribute</c>, <c>Indicator</c> or <c>IndicatorAttribute</c>, or named by a
/// <c>using</c> alias (of its file, its namespace, or a <c>global using</c> anywhere in the compilation) for one of
/// those, as <c>ForAttributeWithMetadataName</c> finds them. This is a superset: the parse binds the attribute and
/// drops a candidate whose attribute is not ScriptGen's. Every result is computed once per syntax tree (an unchanged
/// file keeps its tree object across edits) and once per compilation.
/// </summary>
internal static class ScriptCandidates
{
    private const string Strategy = "StrategyAttribute";
    private const string Indicator = "IndicatorAttribute";

    private static readonly ConditionalWeakTable<SyntaxTree, TreeEntry> s_trees = new();
    private static readonly ConditionalWeakTable<Compilation, CompilationEntry> s_compilations = new();

    /// <summary>The <c>global using</c> aliases of every file of <paramref name="compilation"/>, in file order.</summary>
    public static EquatableArray<AttributeAlias> GlobalAliases(Compilation compilation) => Of(compilation).GlobalAliases;

    /// <summary>The syntax trees of <paramref name="compilation"/> that hold at least one candidate, in compilation order.</summary>
    public static ImmutableArray<SyntaxTree> Trees(Compilation compilation) => Of(compilation).Trees;

    /// <summary><see cref="Trees"/>, each with <paramref name="compilation"/> (the pipeline's step, once per compilation).</summary>
    public static ImmutableArray<ScriptTree> ScriptTrees(Compilation compilation) => Of(compilation).ScriptTrees(compilation);

    /// <summary>The candidates declared in the tree, each carrying the compilation the tree was taken from.</summary>
    public static IEnumerable<ScriptCandidate> In(ScriptTree tree, EquatableArray<AttributeAlias> globalAliases) =>
        In(tree.Tree, globalAliases).Select(candidate => candidate with { FoundIn = tree });

    /// <summary>The candidates declared in <paramref name="tree"/>, given the compilation's global aliases.</summary>
    public static EquatableArray<ScriptCandidate> In(SyntaxTree tree, EquatableArray<AttributeAlias> globalAliases)
    {
        TreeEntry entry = s_trees.GetValue(tree, static t => new TreeEntry(t));
        Found? found = entry.Found;
        if (found is null || !found.GlobalAliases.Equals(globalAliases))
        {
            // Only a change of the compilation's global aliases gets here again for a tree already seen.
            found = new Found(globalAliases, Find(tree.GetRoot(), globalAliases));
            entry.Found = found;
        }

        return found.Candidates;
    }

    private static CompilationEntry Of(Compilation compilation) => s_compilations.GetValue(compilation, static c =>
    {
        var aliases = c.SyntaxTrees.SelectMany(tree => s_trees.GetValue(tree, static t => new TreeEntry(t)).GlobalAliases).ToEquatableArray();
        ImmutableArray<SyntaxTree> trees = c.SyntaxTrees.Where(tree => In(tree, aliases).Count > 0).ToImmutableArray();
        return new CompilationEntry(aliases, trees);
    });

    private static EquatableArray<ScriptCandidate> Find(SyntaxNode root, EquatableArray<AttributeAlias> globalAliases)
    {
        var found = new List<ScriptCandidate>();
        var scope = new List<AttributeAlias>(globalAliases);
        Walk(root, scope, found);
        return found.ToEquatableArray();
    }

    /// <summary>
    /// Walks namespaces and types (no member bodies: no type is declared in one), with the aliases in scope at each.
    /// A <c>global using</c> alias is already in <paramref name="scope"/>, for every file, its own included.
    /// </summary>
    private static void Walk(SyntaxNode node, List<AttributeAlias> scope, List<ScriptCandidate> found)
    {
        switch (node)
        {
            case CompilationUnitSyntax unit:
                AddAliases(unit.Usings, scope, global: false);
                WalkMembers(unit.Members, scope, found);
                break;
            case BaseNamespaceDeclarationSyntax ns:
                int outer = scope.Count;
                AddAliases(ns.Usings, scope, global: false);
                WalkMembers(ns.Members, scope, found);
                scope.RemoveRange(outer, scope.Count - outer);
                break;
            case TypeDeclarationSyntax type:
                if (type.AttributeLists.Count > 0)
                {
                    AddIfNamed(type, ScriptKindSpec.Strategy, Strategy, scope, found);
                    AddIfNamed(type, ScriptKindSpec.Indicator, Indicator, scope, found);
                }

                WalkMembers(type.Members, scope, found);
                break;
        }
    }

    private static void WalkMembers(SyntaxList<MemberDeclarationSyntax> members, List<AttributeAlias> scope, List<ScriptCandidate> found)
    {
        foreach (MemberDeclarationSyntax member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
            {
                Walk(member, scope, found);
            }
        }
    }

    private static void AddIfNamed(TypeDeclarationSyntax type, ScriptKindSpec kind, string attributeName, List<AttributeAlias> scope, List<ScriptCandidate> found)
    {
        foreach (AttributeListSyntax list in type.AttributeLists)
        {
            foreach (AttributeSyntax attribute in list.Attributes)
            {
                if (CanBind(SimpleName(attribute.Name), attributeName, scope))
                {
                    found.Add(new ScriptCandidate(type, kind));
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Whether an attribute written <paramref name="written"/> can bind to <paramref name="attributeName"/>: C# looks the
    /// name up as written and with the <c>Attribute</c> suffix, each either a type or an alias; an alias's target is
    /// written in full (no suffix is added), and may itself be an alias in an enclosing scope.
    /// </summary>
    private static bool CanBind(string written, string attributeName, List<AttributeAlias> scope)
    {
        if (written.Length == 0)
        {
            return false;
        }

        if (written == attributeName || written + "Attribute" == attributeName)
        {
            return true;
        }

        foreach (AttributeAlias alias in scope)
        {
            if ((alias.Name == written || alias.Name == written + "Attribute") && TargetCanBind(alias.Target, attributeName, scope, depth: 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TargetCanBind(string target, string attributeName, List<AttributeAlias> scope, int depth)
    {
        if (target == attributeName)
        {
            return true;
        }

        // An alias of an alias; the depth bound ends a cycle, which only code that does not compile can write.
        if (depth > scope.Count)
        {
            return false;
        }

        foreach (AttributeAlias alias in scope)
        {
            if (alias.Name == target && TargetCanBind(alias.Target, attributeName, scope, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAliases(SyntaxList<UsingDirectiveSyntax> usings, List<AttributeAlias> scope, bool global)
    {
        foreach (UsingDirectiveSyntax directive in usings)
        {
            if (directive.Alias is { } alias &&
                directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) == global &&
                directive.NamespaceOrType is NameSyntax target)
            {
                scope.Add(new AttributeAlias(alias.Name.Identifier.ValueText, SimpleName(target)));
            }
        }
    }

    private static string SimpleName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>What one syntax tree holds: its own global aliases (computed once), and its candidates for the last global aliases asked.</summary>
    private sealed class TreeEntry
    {
        private volatile Found? _found;

        public TreeEntry(SyntaxTree tree)
        {
            var aliases = new List<AttributeAlias>();
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                AddAliases(unit.Usings, aliases, global: true);
            }

            GlobalAliases = aliases;
        }

        public IReadOnlyList<AttributeAlias> GlobalAliases { get; }

        /// <summary>Replaced whole (never mutated), so a reader on another thread sees one consistent result.</summary>
        public Found? Found
        {
            get => _found;
            set => _found = value;
        }
    }

    private sealed record Found(EquatableArray<AttributeAlias> GlobalAliases, EquatableArray<ScriptCandidate> Candidates);

    private sealed record CompilationEntry(EquatableArray<AttributeAlias> GlobalAliases, ImmutableArray<SyntaxTree> Trees)
    {
        private ImmutableArray<ScriptTree> _scriptTrees;

        public ImmutableArray<ScriptTree> ScriptTrees(Compilation compilation)
        {
            if (_scriptTrees.IsDefault)
            {
                var shared = new System.WeakReference<Compilation>(compilation);
                ImmutableInterlocked.InterlockedInitialize(ref _scriptTrees, Trees.Select(tree => new ScriptTree(tree, shared)).ToImmutableArray());
            }

            return _scriptTrees;
        }
    }
}
