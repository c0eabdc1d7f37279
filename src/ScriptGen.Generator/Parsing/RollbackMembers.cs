using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// What a strategy's <c>calc_on_order_fills</c> rollback must save at a bar's start: every instance
/// field and settable auto-property of the script the body can change (its base class is
/// <c>StrategyScript</c> itself, SG0004), except <c>Series&lt;T&gt;</c> fields (they save themselves) and <c>[Varip]</c> members (Pine's
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
        foreach (IFieldSymbol field in parse.Script.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
        {
            Classify(parse, field, seriesFields, members, problems);
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
        IFieldSymbol field,
        EquatableArray<string> seriesFields,
        List<RollbackMemberSpec> members,
        List<(LocationInfo? Location, string Problem)> problems)
    {
        // An auto-property is saved through the property; other compiler-made fields are not the script's state.
        IPropertySymbol? property = field.AssociatedSymbol as IPropertySymbol;
        ISymbol member = property ?? (ISymbol)field;
        if ((field.IsImplicitlyDeclared && property is null) || KnownTypes.HasAttribute(member, parse.Types.VaripAttribute))
        {
            return;
        }

        // A type the compiler rejects (a 'void' field, as while 'protected override void P' is typed, or an
        // undefined name) is the user's error, reported there; a copy of it would be an error in generated code.
        if (field.Type is IErrorTypeSymbol || field.Type.SpecialType == SpecialType.System_Void)
        {
            return;
        }

        if (KnownTypes.Is(field.Type, parse.Types.Series) && seriesFields.Contains(member.Name))
        {
            return; // The generated code saves the series' own position and slots.
        }

        string kind = member is IPropertySymbol ? "property" : "field";
        Location declared = member.Locations[0];
        string where = $"{kind} '{member.Name}' ({field.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}, {SymbolNames.Position(declared)})";
        LocationInfo? location = LocationInfo.From(declared);
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

        members.Add(new RollbackMemberSpec(SymbolNames.Identifier(member.Name), SymbolNames.FullyQualified(field.Type)));
    }

    private static bool DeclaresCalcOnOrderFills(ScriptSettings settings) =>
        settings.Strategy.Any(s => s.Name == "CalcOnOrderFills" && s.Literal == "true") &&
        !settings.Strategy.Any(s => s.Name == "ProcessOrdersOnClose" && s.Literal == "true");
}
