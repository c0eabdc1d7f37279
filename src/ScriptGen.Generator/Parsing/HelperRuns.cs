using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// How often a script's members run per bar, from the calls and method-group uses in its declaration.
/// Pine gives each call of a function its own <c>ta</c> state; a C# helper has one, so a member
/// holding a call site may run at most once per bar: called once (transitively) from
/// <c>Process()</c>, not in a loop, not as a delegate, not recursively.
/// </summary>
internal sealed class HelperRuns
{
    private const int Many = int.MaxValue;

    private readonly Dictionary<IMethodSymbol, List<(SyntaxNode Node, bool AsDelegate)>> _references = new(SymbolEqualityComparer.Default);
    private readonly ParseContext _parse;

    public HelperRuns(ParseContext parse) => _parse = parse;

    /// <summary>Records an invocation of one of the script's own methods.</summary>
    public void AddCall(IMethodSymbol method, SyntaxNode invocation) => Add(method, invocation, asDelegate: false);

    /// <summary>Records the script's methods used as delegates (method groups) among <paramref name="names"/>.</summary>
    public void AddMethodGroups(ISet<string> names)
    {
        foreach (SyntaxNode node in _parse.Declaration.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && names.Contains(identifier.Identifier.ValueText) && !IsInvoked(identifier) &&
                _parse.SemanticModel.GetSymbolInfo(identifier, _parse.CancellationToken).Symbol is IMethodSymbol method &&
                SymbolEqualityComparer.Default.Equals(method.ContainingType, _parse.Script))
            {
                Add(method, identifier, asDelegate: true);
            }
        }
    }

    /// <summary>Why <paramref name="member"/> may run more than once a bar, or null when it runs at most once.</summary>
    public string? WhyRepeated(IMethodSymbol member)
    {
        if (member.MethodKind is MethodKind.PropertyGet or MethodKind.PropertySet)
        {
            return "is a property accessor, which runs each time the property is used";
        }

        if (member.MethodKind == MethodKind.Constructor)
        {
            return "is a constructor, which runs before the first bar";
        }

        (int runs, string? why) = RunsPerBar(member, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
        return runs > 1 ? why : null;
    }

    private (int Runs, string? Why) RunsPerBar(IMethodSymbol method, HashSet<IMethodSymbol> callers)
    {
        if (method.IsOverride && method.Parameters.Length == 0 && method.Name is "Process" or "Setup")
        {
            return (1, null);
        }

        if (method.MethodKind != MethodKind.Ordinary)
        {
            return (Many, "is reached from a property or constructor");
        }

        if (!callers.Add(method))
        {
            return (Many, "is called recursively");
        }

        if (!_references.TryGetValue(method, out var references))
        {
            return (0, null);
        }

        int total = 0;
        foreach ((SyntaxNode node, bool asDelegate) in references)
        {
            if (asDelegate)
            {
                return (Many, "is used as a delegate, which may run any number of times a bar");
            }

            if (CallSiteWalker.RepeatingConstruct(node) is { } construct)
            {
                return (Many, $"is called inside a {construct}");
            }

            if (_parse.SemanticModel.GetEnclosingSymbol(node.SpanStart, _parse.CancellationToken) is not IMethodSymbol caller)
            {
                return (Many, "is called from outside a method");
            }

            (int callerRuns, _) = RunsPerBar(caller.OriginalDefinition, callers);
            if (callerRuns > 1)
            {
                return (Many, $"is called from '{caller.Name}', which runs more than once a bar");
            }

            total += callerRuns;
        }

        callers.Remove(method);
        return total > 1 ? (Many, $"is called from {total.ToString(CultureInfo.InvariantCulture)} places") : (total, null);
    }

    private void Add(IMethodSymbol method, SyntaxNode node, bool asDelegate)
    {
        if (!_references.TryGetValue(method.OriginalDefinition, out var list))
        {
            _references[method.OriginalDefinition] = list = new();
        }

        list.Add((node, asDelegate));
    }

    private static bool IsInvoked(IdentifierNameSyntax identifier) =>
        identifier.Parent is InvocationExpressionSyntax invocation && invocation.Expression == identifier ||
        identifier.Parent is MemberAccessExpressionSyntax access && access.Name == identifier &&
        access.Parent is InvocationExpressionSyntax outer && outer.Expression == access;
}
