using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// What a strategy's <c>calc_on_order_fills</c> rollback must save at a bar's start: every instance
/// field and settable auto-property the body can change (the script's own and its base classes'),
/// except <c>Series&lt;T&gt;</c> fields (they save themselves) and <c>[Varip]</c> members (Pine's
/// <c>varip</c>: kept across the re-runs). Value types and strings are copied by assignment; a member
/// holding a mutable reference (a list, an array, an object) cannot be copied, so it makes the
/// strategy unable to roll back: reported as SG0042 when the attribute turns the setting on, and
/// refused at run time when a run turns it on.
/// </summary>
internal static class RollbackMembers
{
    public readonly record struct Result(EquatableArray<RollbackMemberSpec> Members, string? ProblemLiteral);

    public static Result Collect(
        ParseContext parse, ScriptKindSpec kind, ScriptSettings settings, EquatableArray<string> seriesFields, CallSites calls)
    {
        if (kind != ScriptKindSpec.Strategy)
        {
            return new Result(EquatableArray<RollbackMemberSpec>.Empty, null);
        }

        var members = new List<RollbackMemberSpec>();
        var problems = new List<(LocationInfo? Location, string Problem)>();
        for (INamedTypeSymbol? type = parse.Script; type is not null && !IsRuntimeBase(type, parse.Types); type = type.BaseType)
        {
            foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
            {
                Classify(parse, type, field, seriesFields, members, problems);
            }
        }

        problems.AddRange(calls.UncopyableStates);
        if (DeclaresCalcOnOrderFills(settings))
        {
            foreach ((LocationInfo? location, string problem) in problems)
            {
                parse.Report(DiagnosticDescriptors.NotRollbackable, location, parse.Script.Name, problem);
            }
        }

        string? literal = problems.Count == 0 ? null : Literals.String(string.Join("; ", problems.Select(p => p.Problem)));
        return new Result(members.ToEquatableArray(), literal);
    }

    /// <summary>How a call-site state of type <paramref name="state"/> is copied.</summary>
    public static StateCopy CopyOf(ITypeSymbol state, KnownTypes types)
    {
        if (state.IsUnmanagedType)
        {
            return StateCopy.Assign;
        }

        bool restorable = types.RestorableState is not null && state.AllInterfaces.Any(i =>
            SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, types.RestorableState) &&
            SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], state));
        return restorable ? StateCopy.CopyTo : StateCopy.None;
    }

    private static void Classify(
        ParseContext parse,
        INamedTypeSymbol owner,
        IFieldSymbol field,
        EquatableArray<string> seriesFields,
        List<RollbackMemberSpec> members,
        List<(LocationInfo? Location, string Problem)> problems)
    {
        // An auto-property is saved through the property; other compiler-made fields are not the script's state.
        IPropertySymbol? property = field.AssociatedSymbol as IPropertySymbol;
        ISymbol member = property ?? (ISymbol)field;
        if ((field.IsImplicitlyDeclared && property is null) || parse.Types.HasAttribute(member, parse.Types.VaripAttribute))
        {
            return;
        }

        bool own = SymbolEqualityComparer.Default.Equals(owner, parse.Script);
        if (own && KnownTypes.Is(field.Type, parse.Types.Series) && seriesFields.Contains(member.Name))
        {
            return; // The generated code saves the series' own position and slots.
        }

        string kind = member is IPropertySymbol ? "property" : "field";
        string where = $"{kind} '{member.Name}' ({field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}, {Display(member)})";
        LocationInfo? location = member.Locations.FirstOrDefault(l => l.IsInSource) is { } source ? LocationInfo.From(source) : null;
        bool copyable = field.Type.IsUnmanagedType || field.Type.SpecialType == SpecialType.System_String;
        if (!copyable)
        {
            problems.Add((location, $"{where} holds a reference ScriptGen cannot copy"));
            return;
        }

        IMethodSymbol? setter = (member as IPropertySymbol)?.SetMethod;
        bool fixedAfterCreation = member is IPropertySymbol ? setter is null || setter.IsInitOnly : field.IsReadOnly;
        if (fixedAfterCreation)
        {
            return; // A value the body cannot change needs no copy.
        }

        ISymbol written = (ISymbol?)setter ?? field;
        if (!parse.Types.Compilation.IsSymbolAccessibleWithin(member, parse.Script) ||
            !parse.Types.Compilation.IsSymbolAccessibleWithin(written, parse.Script))
        {
            problems.Add((location, $"{where} is declared in {owner.Name} where the generated code cannot write it"));
            return;
        }

        members.Add(new RollbackMemberSpec(SymbolNames.Identifier(member.Name), SymbolNames.FullyQualified(field.Type)));
    }

    private static bool IsRuntimeBase(INamedTypeSymbol type, KnownTypes types) =>
        KnownTypes.Is(type, types.StrategyScript) || KnownTypes.Is(type, types.Script) || type.SpecialType == SpecialType.System_Object;

    private static bool DeclaresCalcOnOrderFills(ScriptSettings settings) =>
        settings.Strategy.Any(s => s.Name == "CalcOnOrderFills" && s.Literal == "true") &&
        !settings.Strategy.Any(s => s.Name == "ProcessOrdersOnClose" && s.Literal == "true");

    private static string Display(ISymbol member)
    {
        Location? location = member.Locations.FirstOrDefault(l => l.IsInSource);
        if (location is null)
        {
            return member.ContainingType.Name;
        }

        FileLinePositionSpan span = location.GetLineSpan();
        return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }
}
