using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// A script's <c>Import(...)</c> calls: <c>_rsi = Import(new Rsi.Inputs { Length = 14 })</c>,
/// <c>Import(Rsi.Inputs.Default)</c> or <c>Import&lt;Rsi&gt;()</c>, in <c>Setup()</c>, and the same forms of
/// <c>ImportIntrabars</c>. The generator cannot
/// see its own output, so <c>Rsi.Inputs</c> does not bind when <c>Rsi</c> is a script of the same
/// compilation: the target is read from the syntax (the type left of <c>.Inputs</c>) and the inputs set
/// from the object initializer's constants. What the target accepts is checked later, against the
/// collected scripts (<see cref="ImportChecks"/>).
/// </summary>
internal static class ImportCalls
{
    private const string ImportMethod = "Import";
    private const string ImportIntrabarsMethod = "ImportIntrabars"; // the same import, run on a lower timeframe

    public static EquatableArray<ImportSpec> Collect(ParseContext parse)
    {
        var imports = new List<ImportSpec>();
        foreach (SyntaxNode node in parse.Declaration.DescendantNodes())
        {
            if (node is not InvocationExpressionSyntax invocation || ImportName(invocation.Expression) is not { } name)
            {
                continue;
            }

            parse.CancellationToken.ThrowIfCancellationRequested();
            if (!BindsToScriptImport(parse, invocation) || Target(parse, invocation, name) is not ({ } target, { } where, var initializer))
            {
                continue;
            }

            string targetName = target.ToDisplayString();
            IMethodSymbol? enclosing = parse.SemanticModel.GetEnclosingSymbol(invocation.SpanStart, parse.CancellationToken) as IMethodSymbol;
            if (!SetupAssignments.IsSetup(enclosing))
            {
                parse.Report(DiagnosticDescriptors.ImportOutsideSetup, name, targetName, MemberNames.Describe(enclosing));
            }
            else if (SetupAssignments.AssignedMember(parse, invocation).Member is null)
            {
                parse.Report(DiagnosticDescriptors.ImportNotAssigned, name, targetName);
            }

            imports.Add(new ImportSpec(
                targetName,
                targetName,
                LocationInfo.From(where),
                Overrides(parse, initializer),
                target.DeclaringSyntaxReferences.Length > 0 ? null : ScriptSurfaces.FromMetadata(parse.Types, target)));
        }

        return imports.ToEquatableArray();
    }

    /// <summary>The method name when the call is <c>Import(...)</c>, <c>Import&lt;T&gt;(...)</c>, <c>this.Import</c> or <c>base.Import</c>; a syntax-only filter.</summary>
    private static SimpleNameSyntax? ImportName(ExpressionSyntax expression)
    {
        SimpleNameSyntax? name = expression switch
        {
            SimpleNameSyntax simple => simple,
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax or BaseExpressionSyntax } access => access.Name,
            _ => null,
        };
        return name?.Identifier.ValueText is ImportMethod or ImportIntrabarsMethod ? name : null;
    }

    /// <summary>
    /// Whether the call is the runtime's <c>Script.Import</c>. When the inputs type is generated in this
    /// compilation the call does not bind, but the overloads are its candidates.
    /// </summary>
    private static bool BindsToScriptImport(ParseContext parse, InvocationExpressionSyntax invocation)
    {
        SymbolInfo info = parse.SemanticModel.GetSymbolInfo(invocation, parse.CancellationToken);
        IEnumerable<ISymbol> candidates = info.Symbol is { } symbol ? new[] { symbol } : info.CandidateSymbols;
        return candidates.Any(c => c is IMethodSymbol { Name: ImportMethod or ImportIntrabarsMethod } method && KnownTypes.Is(method.ContainingType, parse.Types.Script));
    }

    private static (INamedTypeSymbol? Target, SyntaxNode? Where, InitializerExpressionSyntax? Initializer) Target(
        ParseContext parse, InvocationExpressionSyntax invocation, SimpleNameSyntax name)
    {
        if (name is GenericNameSyntax { TypeArgumentList.Arguments: [var typeArgument] })
        {
            return (TypeOf(parse, typeArgument), typeArgument, null);
        }

        // The inputs are the first argument, or the one named inputs; the others (timeframe, symbol, gaps, lookahead)
        // choose the bars it runs on, which the runtime checks against the run's data (SG0064 checks a constant timeframe).
        if (InputsArgument(invocation.ArgumentList) is not { } argument)
        {
            return default;
        }

        switch (argument.Expression)
        {
            case ObjectCreationExpressionSyntax { Type: QualifiedNameSyntax { Right.Identifier.ValueText: "Inputs" } inputsType } creation:
                return (TypeOf(parse, inputsType.Left), inputsType.Left, creation.Initializer);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Default", Expression: QualifiedNameSyntax or MemberAccessExpressionSyntax } access
                when InputsOwner(access.Expression) is { } owner:
                return (TypeOf(parse, owner), owner, null);
            default:
                // A variable or field of a referenced script's Inputs type: its owner is the target.
                return parse.SemanticModel.GetTypeInfo(argument.Expression, parse.CancellationToken).Type is INamedTypeSymbol { Name: "Inputs", ContainingType: { } outer }
                    ? (outer, argument.Expression, null)
                    : default;
        }
    }

    private static ArgumentSyntax? InputsArgument(ArgumentListSyntax arguments)
    {
        foreach (ArgumentSyntax argument in arguments.Arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == "inputs")
            {
                return argument;
            }
        }

        return arguments.Arguments is [{ NameColon: null } first, ..] ? first : null;
    }

    /// <summary><c>X</c> in <c>X.Inputs</c>, written as a qualified name or a member access.</summary>
    private static ExpressionSyntax? InputsOwner(ExpressionSyntax inputs) => inputs switch
    {
        QualifiedNameSyntax { Right.Identifier.ValueText: "Inputs" } qualified => qualified.Left,
        MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Inputs" } access => access.Expression,
        _ => null,
    };

    private static INamedTypeSymbol? TypeOf(ParseContext parse, ExpressionSyntax type) =>
        parse.SemanticModel.GetSymbolInfo(type, parse.CancellationToken).Symbol as INamedTypeSymbol
        ?? parse.SemanticModel.GetTypeInfo(type, parse.CancellationToken).Type as INamedTypeSymbol;

    private static EquatableArray<InputOverrideSpec> Overrides(ParseContext parse, InitializerExpressionSyntax? initializer)
    {
        if (initializer is null)
        {
            return EquatableArray<InputOverrideSpec>.Empty;
        }

        var overrides = new List<InputOverrideSpec>();
        foreach (ExpressionSyntax expression in initializer.Expressions)
        {
            if (expression is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var value })
            {
                continue;
            }

            Optional<object?> constant = parse.SemanticModel.GetConstantValue(value, parse.CancellationToken);
            (OverrideValueKind kind, double number) = !constant.HasValue ? (OverrideValueKind.NotConstant, 0d) : constant.Value switch
            {
                null => (OverrideValueKind.Null, 0d),
                bool => (OverrideValueKind.Bool, 0d),
                string => (OverrideValueKind.String, 0d),
                char => (OverrideValueKind.NotConstant, 0d),
                int or long or short or byte or sbyte or uint or ushort or ulong => (OverrideValueKind.Int, Convert.ToDouble(constant.Value, CultureInfo.InvariantCulture)),
                IConvertible numeric => (OverrideValueKind.Float, Convert.ToDouble(numeric, CultureInfo.InvariantCulture)),
                _ => (OverrideValueKind.NotConstant, 0d),
            };
            overrides.Add(new InputOverrideSpec(
                name.Identifier.ValueText, LocationInfo.From(name), LocationInfo.From(value), kind, number, value.ToString()));
        }

        return overrides.ToEquatableArray();
    }
}
