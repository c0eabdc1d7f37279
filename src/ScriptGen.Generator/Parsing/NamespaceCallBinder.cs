using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Binds a call on a namespace facade (<c>ta.Ema</c>, <c>math.Sum</c>) to the adapter its
/// <c>[InterceptedBy]</c> attribute names: the static method of the same name in that class whose
/// parameters are the script, the registered namespace, the call site's state by <c>ref</c> (when the
/// function keeps state) and the facade's own parameters. The runtime generates facade, adapter and core
/// from one declaration of each function, so they agree by construction and the binding reads no
/// parameter names; a function added to the runtime needs no change here.
/// </summary>
internal static class NamespaceCallBinder
{
    public static InterceptedCallSpec? Bind(
        ParseContext parse,
        NamespaceFacade namespaceFacade,
        IMethodSymbol facade,
        MemberAccessExpressionSyntax access,
        InterceptLocationSpec location,
        CallSites calls)
    {
        string function = namespaceFacade.Member + "." + facade.Name;
        if (Adapter(parse.Types, facade) is not { } adapter)
        {
            parse.Report(
                DiagnosticDescriptors.InternalError,
                access.Name,
                parse.Script.Name,
                $"{function}({string.Join(", ", facade.Parameters.Select(p => p.Type.ToDisplayString()))}) has no adapter (no [InterceptedBy] method matches it)");
            return null;
        }

        int slot = -1;
        string? stateType = null;
        if (adapter.Parameters.Length > 2 && adapter.Parameters[2] is { RefKind: RefKind.Ref } state)
        {
            slot = calls.StateFields.Count;
            stateType = SymbolNames.FullyQualified(state.Type);
            StateCopy copy = RollbackMembers.CopyOf(state.Type, parse.Types);
            calls.StateFields.Add(new StateFieldSpec(stateType, copy));
            if (copy == StateCopy.None)
            {
                calls.UncopyableStates.Add((
                    LocationInfo.From(access.Name),
                    $"the state of {function} at {location.Display} ({state.Type.Name}) holds references and does not implement IRestorableState<{state.Type.Name}>"));
            }
        }

        IMethodSymbol? direct = slot >= 0 ? DirectAdapter(adapter) : null;
        (IMethodSymbol Method, string? Parameter)? inPlace = direct is null ? null : InPlaceAdapter(direct, facade);
        return new InterceptedCallSpec(
            InterceptKind.Namespace,
            location,
            function,
            SymbolNames.FullyQualified(facade.ContainingType),
            SymbolNames.FullyQualified(facade.ReturnType),
            Parameters(facade),
            slot,
            stateType,
            SymbolNames.FullyQualified(adapter.ContainingType) + "." + adapter.Name,
            facade.Parameters.Select(p => SymbolNames.Identifier(p.Name)).ToEquatableArray(),
            TargetIndex: -1,
            TargetName: null,
            DirectCoreMethod: direct is null ? null : SymbolNames.FullyQualified(direct.ContainingType) + "." + direct.Name,
            InPlaceCoreMethod: inPlace is { } found ? SymbolNames.FullyQualified(found.Method.ContainingType) + "." + found.Method.Name : null,
            InPlaceParameter: inPlace?.Parameter);
    }

    /// <summary>
    /// The direct adapter's twin in the adapters' nested <c>InPlace</c> class, for a declaration that reads its series in place
    /// from a bar column: the same parameters, but at most one <c>double</c> of the facade's a <c>PriceSeries</c> (that parameter's
    /// name is returned; none when the overload reads its column itself). Null when the runtime declares none.
    /// </summary>
    private static (IMethodSymbol Method, string? Parameter)? InPlaceAdapter(IMethodSymbol direct, IMethodSymbol facade)
    {
        INamedTypeSymbol? inPlace = direct.ContainingType.ContainingType?.GetTypeMembers("InPlace").FirstOrDefault();
        if (inPlace is null)
        {
            return null;
        }

        foreach (IMethodSymbol candidate in inPlace.GetMembers(direct.Name).OfType<IMethodSymbol>())
        {
            if (!candidate.IsStatic || candidate.Parameters.Length != direct.Parameters.Length ||
                !SymbolEqualityComparer.Default.Equals(candidate.ReturnType, direct.ReturnType))
            {
                continue;
            }

            // The direct adapter's parameters (owner, ref state, the facade's): equal, or one facade double a PriceSeries.
            var columns = new List<int>();
            bool matches = true;
            for (int i = 0; i < candidate.Parameters.Length && matches; i++)
            {
                IParameterSymbol expected = direct.Parameters[i];
                IParameterSymbol actual = candidate.Parameters[i];
                if (SymbolEqualityComparer.Default.Equals(actual.Type, expected.Type))
                {
                    matches = actual.RefKind == expected.RefKind;
                }
                else if (i >= 2 && expected.Type.SpecialType == SpecialType.System_Double && actual.Type.ToDisplayString() == KnownNames.PriceSeries)
                {
                    columns.Add(i - 2);
                }
                else
                {
                    matches = false;
                }
            }

            if (matches && columns.Count <= 1)
            {
                return (candidate, columns.Count == 1 ? facade.Parameters[columns[0]].Name : null);
            }
        }

        return null;
    }

    /// <summary>
    /// The stateful adapter's twin in the adapters' nested <c>Default</c> class: the same parameters without the namespace,
    /// calling the declaration itself (the inline bar loop's call when the default namespace is registered).
    /// </summary>
    private static IMethodSymbol? DirectAdapter(IMethodSymbol adapter)
    {
        INamedTypeSymbol? defaults = adapter.ContainingType.GetTypeMembers("Default").FirstOrDefault();
        if (defaults is null)
        {
            return null;
        }

        foreach (IMethodSymbol candidate in defaults.GetMembers(adapter.Name).OfType<IMethodSymbol>())
        {
            if (!candidate.IsStatic || candidate.Parameters.Length != adapter.Parameters.Length - 1 ||
                !SymbolEqualityComparer.Default.Equals(candidate.ReturnType, adapter.ReturnType))
            {
                continue;
            }

            // The adapter's parameters but its second, the namespace.
            bool matches = true;
            for (int i = 0; i < candidate.Parameters.Length && matches; i++)
            {
                IParameterSymbol expected = adapter.Parameters[i < 1 ? i : i + 1];
                matches = candidate.Parameters[i].RefKind == expected.RefKind &&
                          SymbolEqualityComparer.Default.Equals(candidate.Parameters[i].Type, expected.Type);
            }

            if (matches)
            {
                return candidate;
            }
        }

        return null;
    }

    public static EquatableArray<ParameterSpec> Parameters(IMethodSymbol method) =>
        method.Parameters
            .Select(p => new ParameterSpec(SymbolNames.FullyQualified(p.Type), SymbolNames.Identifier(p.Name), Literals.DefaultOf(p), p.IsParams))
            .ToEquatableArray();

    /// <summary>
    /// The adapter of <paramref name="facade"/>: in the class its <c>[InterceptedBy]</c> names, the static method of
    /// the same name taking (script, namespace, [ref state], the facade's parameter types).
    /// </summary>
    public static IMethodSymbol? Adapter(KnownTypes types, IMethodSymbol facade)
    {
        AttributeData? attribute = facade.OriginalDefinition.GetAttributes()
            .FirstOrDefault(a => KnownTypes.Is(a.AttributeClass, types.InterceptedByAttribute));
        if (attribute?.ConstructorArguments is not [{ Value: INamedTypeSymbol adapters }])
        {
            return null;
        }

        foreach (IMethodSymbol candidate in adapters.GetMembers(facade.Name).OfType<IMethodSymbol>())
        {
            int state = candidate.Parameters.Length == facade.Parameters.Length + 3 && candidate.Parameters[2].RefKind == RefKind.Ref ? 1 : 0;
            if (!candidate.IsStatic || candidate.Parameters.Length != facade.Parameters.Length + 2 + state ||
                !SymbolEqualityComparer.Default.Equals(candidate.ReturnType, facade.ReturnType))
            {
                continue;
            }

            bool matches = true;
            for (int i = 0; i < facade.Parameters.Length && matches; i++)
            {
                matches = SymbolEqualityComparer.Default.Equals(candidate.Parameters[2 + state + i].Type, facade.Parameters[i].Type);
            }

            if (matches)
            {
                return candidate;
            }
        }

        return null;
    }
}
