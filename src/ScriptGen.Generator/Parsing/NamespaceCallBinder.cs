using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Binds a call on a namespace facade (<c>ta.Ema</c>, <c>math.Sum</c>) to its core method on the
/// facade's namespace type (<c>TaNamespace</c>, <c>MathNamespace</c>), by convention: the core has the
/// facade's name, optionally a <c>ref</c> state first (the call site's slot), and parameters that are
/// either the facade's (same name and type) or bar values (named after one, or mapped by
/// <c>[ImplicitArgument]</c>). A function added to the runtime needs no change here.
/// </summary>
internal static class NamespaceCallBinder
{
    private static readonly Dictionary<string, string> s_barValues = new(StringComparer.Ordinal)
    {
        ["open"] = "Open",
        ["high"] = "High",
        ["low"] = "Low",
        ["close"] = "Close",
        ["volume"] = "Volume",
        ["hl2"] = "Hl2",
        ["hlc3"] = "Hlc3",
        ["ohlc4"] = "Ohlc4",
        ["hlcc4"] = "Hlcc4",
        ["previousClose"] = "PreviousClose",
        ["time"] = "Time",
        ["barIndex"] = "BarIndex",
        // The bars so far (ScriptGen.CompilerServices.BarHistory), for state that must see every bar.
        ["history"] = "History",
        ["exchangeTimeZone"] = "ExchangeTimeZone",
    };

    public static InterceptedCallSpec? Bind(
        ParseContext parse,
        NamespaceFacade namespaceFacade,
        IMethodSymbol facade,
        MemberAccessExpressionSyntax access,
        InterceptLocationSpec location,
        CallSites calls)
    {
        string function = namespaceFacade.Member + "." + facade.Name;
        Dictionary<string, string> implicitArguments = ImplicitArguments(parse, facade);
        foreach (IMethodSymbol core in CoreCandidates(namespaceFacade.Core, facade))
        {
            if (!TryMap(facade, core, implicitArguments, out ITypeSymbol? state, out List<string> arguments))
            {
                continue;
            }

            int slot = -1;
            string? stateType = state is null ? null : SymbolNames.FullyQualified(state);
            if (state is not null)
            {
                slot = calls.StateFields.Count;
                StateCopy copy = RollbackMembers.CopyOf(state, parse.Types);
                calls.StateFields.Add(new StateFieldSpec(stateType!, copy));
                if (copy == StateCopy.None)
                {
                    calls.UncopyableStates.Add((
                        LocationInfo.From(access.Name),
                        $"the state of {function} at {location.Display} ({state.Name}) holds references and does not implement IRestorableState<{state.Name}>"));
                }
            }

            return new InterceptedCallSpec(
                InterceptKind.Namespace,
                location,
                function,
                SymbolNames.FullyQualified(facade.ContainingType),
                SymbolNames.FullyQualified(facade.ReturnType),
                Parameters(facade),
                slot,
                stateType,
                core.Name,
                arguments.ToEquatableArray(),
                TargetIndex: -1,
                TargetName: null);
        }

        parse.Report(
            DiagnosticDescriptors.InternalError,
            access.Name,
            parse.Script.Name,
            $"{function}({string.Join(", ", facade.Parameters.Select(p => p.Type.ToDisplayString()))}) has no matching core method on {namespaceFacade.Core.Name}");
        return null;
    }

    public static EquatableArray<ParameterSpec> Parameters(IMethodSymbol method) =>
        method.Parameters
            .Select(p => new ParameterSpec(SymbolNames.FullyQualified(p.Type), SymbolNames.Identifier(p.Name)))
            .ToEquatableArray();

    private static IEnumerable<IMethodSymbol> CoreCandidates(INamedTypeSymbol core, IMethodSymbol facade) =>
        core.GetMembers(facade.Name).OfType<IMethodSymbol>()
            .Where(m => m.DeclaredAccessibility == Accessibility.Public && !m.IsStatic);

    private static bool TryMap(
        IMethodSymbol facade,
        IMethodSymbol core,
        Dictionary<string, string> implicitArguments,
        out ITypeSymbol? stateType,
        out List<string> arguments)
    {
        arguments = new List<string>();
        stateType = null;
        if (!SymbolEqualityComparer.Default.Equals(core.ReturnType, facade.ReturnType))
        {
            return false;
        }

        int first = 0;
        if (core.Parameters.Length > 0 && core.Parameters[0].RefKind == RefKind.Ref)
        {
            stateType = core.Parameters[0].Type;
            first = 1;
        }

        int usedFacadeParameters = 0;
        for (int i = first; i < core.Parameters.Length; i++)
        {
            IParameterSymbol parameter = core.Parameters[i];
            IParameterSymbol? match = facade.Parameters.FirstOrDefault(p => p.Name == parameter.Name);
            if (match is not null && SymbolEqualityComparer.Default.Equals(match.Type, parameter.Type))
            {
                arguments.Add(SymbolNames.Identifier(match.Name));
                usedFacadeParameters++;
            }
            else if (match is null && BarValue(implicitArguments, parameter.Name) is { } barValue)
            {
                arguments.Add($"global::ScriptGen.CompilerServices.BarValues.{barValue}(receiver.Owner)");
            }
            else
            {
                return false;
            }
        }

        return usedFacadeParameters == facade.Parameters.Length;
    }

    private static string? BarValue(Dictionary<string, string> implicitArguments, string parameter)
    {
        string name = implicitArguments.TryGetValue(parameter, out string? mapped) ? mapped : parameter;
        return s_barValues.TryGetValue(name, out string? method) ? method : null;
    }

    private static Dictionary<string, string> ImplicitArguments(ParseContext parse, IMethodSymbol facade)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AttributeData attribute in facade.GetAttributes())
        {
            if (KnownTypes.Is(attribute.AttributeClass, parse.Types.ImplicitArgumentAttribute) &&
                attribute.ConstructorArguments is [{ Value: string parameter }, { Value: string barValue }])
            {
                map[parameter] = barValue;
            }
        }

        return map;
    }
}
