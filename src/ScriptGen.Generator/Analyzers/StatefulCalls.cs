using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator.Analyzers;

/// <summary>
/// Which facade methods keep history per call site: intercepted (<c>[InterceptedBy]</c>, not
/// <c>[PlainCall]</c>), with an adapter that takes a state by <c>ref</c> that is not an <c>EveryBarState</c>
/// (those catch up on the bars they were not called on). Answers are cached for the compilation.
/// </summary>
internal sealed class StatefulCalls
{
    private readonly KnownTypes _types;
    private readonly ConcurrentDictionary<IMethodSymbol, bool> _answers = new(SymbolEqualityComparer.Default);

    public StatefulCalls(KnownTypes types) => _types = types;

    public bool KeepsHistory(IMethodSymbol method) => _answers.GetOrAdd(method.OriginalDefinition, Compute);

    private bool Compute(IMethodSymbol method)
    {
        if (_types.FacadeOf(method.ContainingType) is null || _types.IsPlainCall(method) ||
            NamespaceCallBinder.Adapter(_types, method) is not { } adapter)
        {
            return false;
        }

        IParameterSymbol? state = adapter.Parameters.Length > 2 && adapter.Parameters[2].RefKind == RefKind.Ref ? adapter.Parameters[2] : null;
        return state is not null && !KnownTypes.Is(state.Type, _types.EveryBarState);
    }
}
