using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// The calls of one script's declaration that matter for SG0062/SG0063: calls that keep history, calls of
/// the script's own methods, and which of those methods hold (directly or through others) a call that keeps history.
/// </summary>
internal sealed class ScriptCallGraph
{
    private readonly Dictionary<IMethodSymbol, string> _held = new(SymbolEqualityComparer.Default);

    private ScriptCallGraph()
    {
    }

    /// <summary>Each call that keeps history: the called name (<c>Ema</c> in <c>ta.Ema</c>) and the function (<c>ta.Ema</c>).</summary>
    public List<(SimpleNameSyntax Name, string Function)> StatefulCalls { get; } = new();

    /// <summary>Each call of one of the script's own methods: the called name and the method.</summary>
    public List<(SimpleNameSyntax Name, IMethodSymbol Method)> HelperCalls { get; } = new();

    /// <summary>A function that keeps history held by <paramref name="helper"/> (directly or through other helpers), or null.</summary>
    public string? HeldFunction(IMethodSymbol helper) => _held.TryGetValue(helper.OriginalDefinition, out string? function) ? function : null;

    public static ScriptCallGraph Build(
        SemanticModel model, ClassDeclarationSyntax declaration, INamedTypeSymbol script, StatefulCalls stateful, CancellationToken cancellationToken)
    {
        var graph = new ScriptCallGraph();
        var callers = new List<(IMethodSymbol Caller, IMethodSymbol Callee)>();
        foreach (SyntaxNode node in declaration.DescendantNodes())
        {
            // Syntax first: only calls written as 'name(...)', 'x.name(...)' are bound.
            if (node is not InvocationExpressionSyntax invocation || CalledName(invocation.Expression) is not { } name)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol method)
            {
                continue;
            }

            IMethodSymbol? caller = (model.GetEnclosingSymbol(invocation.SpanStart, cancellationToken) as IMethodSymbol)?.OriginalDefinition;
            if (SymbolEqualityComparer.Default.Equals(method.ContainingType, script))
            {
                graph.HelperCalls.Add((name, method));
                if (caller is not null)
                {
                    callers.Add((caller, method.OriginalDefinition));
                }
            }
            else if (stateful.KeepsHistory(method) && invocation.Expression is MemberAccessExpressionSyntax access)
            {
                string function = ReceiverName(access.Expression) + "." + method.Name;
                graph.StatefulCalls.Add((name, function));
                if (caller is not null && !graph._held.ContainsKey(caller))
                {
                    graph._held[caller] = function;
                }
            }
        }

        // A method calling a method that holds a call holds it too, until nothing changes.
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach ((IMethodSymbol caller, IMethodSymbol callee) in callers)
            {
                if (!graph._held.ContainsKey(caller) && graph._held.TryGetValue(callee, out string? function))
                {
                    graph._held[caller] = function;
                    changed = true;
                }
            }
        }

        return graph;
    }

    private static SimpleNameSyntax? CalledName(ExpressionSyntax expression) => expression switch
    {
        SimpleNameSyntax simple => simple,
        MemberAccessExpressionSyntax access => access.Name,
        _ => null,
    };

    private static string ReceiverName(ExpressionSyntax receiver) => receiver switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
        _ => receiver.ToString(),
    };
}
