using System;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScriptGen.Generator.Diagnostics;
using ScriptGen.Generator.Incremental;
using ScriptGen.Generator.Model;

namespace ScriptGen.Generator.Parsing;

/// <summary>
/// Turns one class marked [Strategy] or [Indicator] into a <see cref="ScriptSpec"/> and its
/// diagnostics. Never throws: a failure becomes an SG9001 diagnostic rather than a generator crash.
/// Roslyn calls it for every script on every edit; a script whose file and whose project's declarations
/// are unchanged gets its last result back without binding (<see cref="ScriptParseMemo"/>).
/// </summary>
internal static class ScriptSpecParser
{
    public static ScriptParseResult Parse(GeneratorAttributeSyntaxContext context, ScriptKindSpec kind, CancellationToken cancellationToken)
    {
        if (context.TargetNode is not TypeDeclarationSyntax declaration || context.TargetSymbol is not INamedTypeSymbol script)
        {
            return ScriptParseResult.Nothing;
        }

        // While the class's name is being typed there is nothing to name the generated part, its
        // Inputs or its catalog entry after; the compiler already reports the missing identifier.
        if (declaration.Identifier.IsMissing || script.Name.Length == 0)
        {
            return ScriptParseResult.Nothing;
        }

        return ScriptParseMemo.GetOrParse(declaration, kind, context.SemanticModel.Compilation, () => ParseOrReport(context, declaration, script, kind, cancellationToken));
    }

    private static ScriptParseResult ParseOrReport(
        GeneratorAttributeSyntaxContext context,
        TypeDeclarationSyntax declaration,
        INamedTypeSymbol script,
        ScriptKindSpec kind,
        CancellationToken cancellationToken)
    {
        try
        {
            return ParseScript(context, declaration, script, kind, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                LocationInfo.From(declaration.Identifier),
                script.Name,
                failure.GetType().Name + ": " + failure.Message);
            return new ScriptParseResult(null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    private static ScriptParseResult ParseScript(
        GeneratorAttributeSyntaxContext context,
        TypeDeclarationSyntax declaration,
        INamedTypeSymbol script,
        ScriptKindSpec kind,
        CancellationToken cancellationToken)
    {
        KnownTypes types = KnownTypes.From(context.SemanticModel.Compilation);
        var parse = new ParseContext(declaration, script, context.SemanticModel, types, cancellationToken);

        // An attribute repeated on several parts (itself a compiler error) is parsed once, for the first part.
        if (!IsFirstAttributedPart(declaration, script, kind))
        {
            return ScriptParseResult.Nothing;
        }

        // A class with both attributes is reported once, by the strategy pass, and not generated.
        if (kind == ScriptKindSpec.Indicator && KnownTypes.HasAttribute(script, types.StrategyAttribute))
        {
            return ScriptParseResult.Nothing;
        }

        if (kind == ScriptKindSpec.Strategy && KnownTypes.HasAttribute(script, types.IndicatorAttribute))
        {
            parse.Report(DiagnosticDescriptors.BothStrategyAndIndicator, declaration.Identifier, script.Name);
            return Result(null, parse);
        }

        if (!ScriptShape.Check(parse, kind))
        {
            return Result(null, parse, ScriptSurfaces.Incomplete(script.ToDisplayString(), kind));
        }

        SemanticModel model = BaseClassBinding.SemanticModelFor(context.SemanticModel, declaration, script, kind);
        if (model != context.SemanticModel)
        {
            parse = parse.Rebind(model, (INamedTypeSymbol)model.GetDeclaredSymbol(declaration, cancellationToken)!);
        }

        ScriptSettings settings = ScriptSettings.Read(parse, context.Attributes[0], kind);
        var inputs = new InputList(parse);
        InputMembers.Collect(parse, inputs);
        CallSites calls = CallSiteWalker.Walk(parse, inputs);
        var series = SeriesMembers.Collect(parse);
        RollbackMembers.Result rollback = RollbackMembers.Collect(parse, kind, settings, series, calls);
        EquatableArray<ImportSpec> imports = ImportCalls.Collect(parse);

        var spec = new ScriptSpec(
            Namespace: parse.Script.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            ClassName: parse.Script.Name,
            Kind: kind,
            TitleLiteral: settings.TitleLiteral,
            MetadataSettings: settings.Metadata,
            StrategySettings: settings.Strategy,
            Inputs: inputs.ToEquatableArray(),
            Plots: calls.Plots.ToEquatableArray(),
            ChartElements: calls.ChartElements.ToEquatableArray(),
            SeriesFields: series,
            Calls: calls.Intercepted.ToEquatableArray(),
            StateFields: calls.StateFields.ToEquatableArray(),
            RollbackMembers: rollback.Members,
            RollbackProblem: rollback.ProblemLiteral,
            FileName: Path.GetFileName(declaration.SyntaxTree.FilePath),
            Imports: imports.Select(i => i.TargetName).Distinct(StringComparer.Ordinal).ToEquatableArray());
        return Result(spec, parse, ScriptSurfaces.FromSpec(spec), new ScriptImportCalls(spec.FullName, spec.ClassName, imports));
    }

    /// <summary>Whether <paramref name="declaration"/> is the first part of the class (by file, then position) that carries the kind's attribute.</summary>
    private static bool IsFirstAttributedPart(TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        string attribute = kind == ScriptKindSpec.Strategy ? "Strategy" : "Indicator";
        TypeDeclarationSyntax? first = script.DeclaringSyntaxReferences
            .OrderBy(r => r.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .Select(r => r.GetSyntax())
            .OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(part => part.AttributeLists.SelectMany(list => list.Attributes).Any(a => Names(a.Name, attribute)));
        return first is null || first == declaration;
    }

    private static bool Names(NameSyntax name, string attribute)
    {
        string simple = name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax plain => plain.Identifier.ValueText,
            _ => string.Empty,
        };
        return simple == attribute || simple == attribute + "Attribute";
    }

    private static ScriptParseResult Result(ScriptSpec? spec, ParseContext parse, ScriptSurface? surface = null, ScriptImportCalls? imports = null) =>
        new(spec, parse.Diagnostics.ToEquatableArray(), surface, imports);
}
