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
/// The pipeline calls it for a script candidate (found by syntax, <see cref="ScriptCandidates"/>) when the
/// candidate (its file) or the compilation's declarations changed (<see cref="CompilationHandle"/>); a script whose
/// file and whose project's declarations are unchanged since its last parse gets that result back without binding
/// (<see cref="ScriptParseMemo"/>).
/// </summary>
internal static class ScriptSpecParser
{
    public static ScriptParseResult Parse(ScriptCandidate candidate, CompilationHandle handle, CancellationToken cancellationToken)
    {
        TypeDeclarationSyntax declaration = candidate.Declaration;

        // While the class's name is being typed there is nothing to name the generated part, its
        // Inputs or its catalog entry after; the compiler already reports the missing identifier.
        if (declaration.Identifier.IsMissing || declaration.Identifier.ValueText.Length == 0)
        {
            return ScriptParseResult.Nothing;
        }

        // The handle's compilation when it holds the file (the handle changed in this run); else the one the candidate
        // was found in: the candidate is new in this run (its file was edited inside a method), so that is this run's
        // compilation, equal in declarations to the handle's (see CompilationHandle).
        Compilation? compilation = handle.Contains(declaration.SyntaxTree)
            ? handle.Compilation
            : candidate.FoundIn?.Compilation is { } found && found.ContainsSyntaxTree(declaration.SyntaxTree) ? found : null;
        if (compilation is null)
        {
            // Cannot happen (see CompilationHandle). Should it ever, binding would throw or bind another version of the
            // file; a generator failure says so instead.
            return Failure(declaration, "the compilation the generator bound in does not hold " + declaration.SyntaxTree.FilePath);
        }

        return ScriptParseMemo.GetOrParse(declaration, candidate.Kind, compilation, () => BindAndParse(declaration, candidate.Kind, compilation, cancellationToken));
    }

    /// <summary>
    /// Binds the declaration and its attribute; a candidate whose attribute is not ScriptGen's (another library's
    /// <c>[Strategy]</c>, an alias for something else) is not a script, and produces nothing.
    /// </summary>
    private static ScriptParseResult BindAndParse(TypeDeclarationSyntax declaration, ScriptKindSpec kind, Compilation compilation, CancellationToken cancellationToken)
    {
        try
        {
            SemanticModel model = BaseClassBinding.ForScript(compilation, declaration, kind, cancellationToken);
            if (model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol script ||
                script.Name.Length == 0 ||
                ScriptAttribute(script, declaration.SyntaxTree, kind) is not { } attribute)
            {
                return ScriptParseResult.Nothing;
            }

            return ParseScript(model, declaration, script, attribute, kind, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            return Failure(declaration, failure.GetType().Name + ": " + failure.Message);
        }
    }

    private static ScriptParseResult Failure(TypeDeclarationSyntax declaration, string message)
    {
        var diagnostic = DiagnosticInfo.Create(
            DiagnosticDescriptors.InternalError,
            LocationInfo.From(declaration.Identifier),
            declaration.Identifier.ValueText,
            message);
        return new ScriptParseResult(null, new[] { diagnostic }.ToEquatableArray());
    }

    /// <summary>
    /// The script's first attribute of the kind applied in the declaration's file, matched as ForAttributeWithMetadataName
    /// matched it: by the attribute class's full metadata name.
    /// </summary>
    private static AttributeData? ScriptAttribute(INamedTypeSymbol script, SyntaxTree tree, ScriptKindSpec kind)
    {
        foreach (AttributeData attribute in script.GetAttributes())
        {
            if (attribute.ApplicationSyntaxReference?.SyntaxTree == tree && IsScriptAttribute(attribute, kind))
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>Whether the attribute's class is <c>ScriptGen.StrategyAttribute</c> (or <c>ScriptGen.IndicatorAttribute</c>), by name.</summary>
    private static bool IsScriptAttribute(AttributeData attribute, ScriptKindSpec kind) =>
        attribute.AttributeClass?.ToDisplayString() == (kind == ScriptKindSpec.Strategy ? KnownNames.StrategyAttribute : KnownNames.IndicatorAttribute);

    private static ScriptParseResult ParseScript(
        SemanticModel semanticModel,
        TypeDeclarationSyntax declaration,
        INamedTypeSymbol script,
        AttributeData attribute,
        ScriptKindSpec kind,
        CancellationToken cancellationToken)
    {
        KnownTypes types = KnownTypes.From(semanticModel.Compilation);
        var parse = new ParseContext(declaration, script, semanticModel, types, cancellationToken);

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

        SemanticModel model = BaseClassBinding.SemanticModelFor(semanticModel, declaration, script, kind);
        if (model != semanticModel)
        {
            parse = parse.Rebind(model, (INamedTypeSymbol)model.GetDeclaredSymbol(declaration, cancellationToken)!);
        }

        ScriptSettings settings = ScriptSettings.Read(parse, attribute, kind);
        var inputs = new InputList(parse);
        InputMembers.Collect(parse, inputs);
        CallSites calls = CallSiteWalker.Walk(parse, inputs);
        EveryBarSites? everyBar = EveryBarSites.Of(parse);
        InPlaceCallSites.Mark(parse, calls, everyBar);
        PairedWindowSites.Mark(parse, calls, everyBar);
        var series = SeriesMembers.Collect(parse);
        RollbackMembers.Result rollback = RollbackMembers.Collect(parse, kind, settings, series, calls);
        EquatableArray<ImportSpec> imports = ImportCalls.Collect(parse);

        EquatableArray<SharedCallSpec> sharedCalls = SharedCallSites.Find(parse, calls, inputs, everyBar);
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
            Imports: imports.Select(i => i.TargetName).Distinct(StringComparer.Ordinal).ToEquatableArray(),
            SharedCalls: sharedCalls,
            InlineBody: InlineBodies.Find(parse, calls, inputs, sharedCalls));
        return Result(spec, parse, ScriptSurfaces.FromSpec(spec), new ScriptImportCalls(spec.FullName, spec.ClassName, imports));
    }

    /// <summary>
    /// Whether <paramref name="declaration"/> is the first part of the class (by file, then position) that carries the
    /// kind's attribute, found by binding (an alias names it too).
    /// </summary>
    private static bool IsFirstAttributedPart(TypeDeclarationSyntax declaration, INamedTypeSymbol script, ScriptKindSpec kind)
    {
        SyntaxReference? first = script.GetAttributes()
            .Where(a => IsScriptAttribute(a, kind))
            .Select(a => a.ApplicationSyntaxReference)
            .OfType<SyntaxReference>()
            .OrderBy(r => r.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .FirstOrDefault();
        return first is null ||
               (first.SyntaxTree == declaration.SyntaxTree && declaration.AttributeLists.Any(list => list.Span.Contains(first.Span)));
    }

    private static ScriptParseResult Result(ScriptSpec? spec, ParseContext parse, ScriptSurface? surface = null, ScriptImportCalls? imports = null) =>
        new(spec, parse.Diagnostics.ToEquatableArray(), surface, imports);
}
