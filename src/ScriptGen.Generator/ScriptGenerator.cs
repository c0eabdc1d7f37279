using System.Linq;
using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Emitting;
using ScriptGen.Generator.Incremental;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Parsing;

namespace ScriptGen.Generator;

/// <summary>
/// Turns every class marked [Strategy] or [Indicator] into a complete, typed script. This class only
/// wires the pipeline: parsing (syntax + symbols -> plain specs) and emitting (specs -> source) live
/// in their own types, and source and diagnostics are separate outputs.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ScriptGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Scripts are found by syntax, file by file, and parsed against a compilation handle that changes only when a
        // script's binding can (CompilationHandle): an edit inside a method of a file without scripts re-runs no
        // script's step. (ForAttributeWithMetadataName would bind every script's declaration and attribute on every
        // edit: its semantic part sees each new compilation.)
        IncrementalValueProvider<EquatableArray<AttributeAlias>> globalAliases = context.CompilationProvider
            .Select(static (compilation, _) => ScriptCandidates.GlobalAliases(compilation))
            .WithTrackingName(TrackingNames.ScriptAttributeAliases);

        // Each file holding a candidate, once per compilation; an unchanged file is the same tree object, so every
        // step after this one is Cached for it.
        IncrementalValuesProvider<ScriptCandidate> candidates = context.CompilationProvider
            .SelectMany(static (compilation, _) => ScriptCandidates.Trees(compilation))
            .WithTrackingName(TrackingNames.ScriptTrees)
            .Combine(globalAliases)
            .SelectMany(static (pair, _) => ScriptCandidates.In(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ScriptCandidates);

        IncrementalValueProvider<CompilationHandle> scriptCompilation = context.CompilationProvider
            .Select(static (compilation, _) => CompilationHandle.For(compilation))
            .WithTrackingName(TrackingNames.ScriptCompilation);

        IncrementalValuesProvider<ScriptParseResult> strategies = Parse(candidates, scriptCompilation, ScriptKindSpec.Strategy, TrackingNames.ParseStrategies);
        IncrementalValuesProvider<ScriptParseResult> indicators = Parse(candidates, scriptCompilation, ScriptKindSpec.Indicator, TrackingNames.ParseIndicators);

        // What one script may import depends on all the others: one graph of every script, rebuilt
        // cheaply on any change, equal (so downstream steps stay cached) unless a script's kind, inputs
        // or import targets changed.
        IncrementalValueProvider<ImportGraph> importGraph = strategies.Collect()
            .Combine(indicators.Collect())
            .Select(static (pair, _) => ImportChecks.BuildGraph(pair.Left.Concat(pair.Right)))
            .WithTrackingName(TrackingNames.ImportGraph);

        RegisterScripts(context, strategies, importGraph, TrackingNames.StrategySpecs, TrackingNames.StrategyImportChecks);
        RegisterScripts(context, indicators, importGraph, TrackingNames.IndicatorSpecs, TrackingNames.IndicatorImportChecks);

        IncrementalValueProvider<EquatableArray<string>> catalog = strategies.Collect()
            .Combine(indicators.Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right)
                .Where(r => r.Spec is not null)
                .Select(r => r.Spec!.GlobalName)
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.CatalogEntries);
        IncrementalValueProvider<bool> registerGlobally = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildProperties.RegisterScriptsGlobally(options.GlobalOptions))
            .WithTrackingName(TrackingNames.CatalogSettings);
        context.RegisterSourceOutput(catalog.Combine(registerGlobally), static (spc, pair) =>
        {
            if (pair.Left.Count > 0)
            {
                // '-' cannot appear in a type name, so no script's hint name can be this one.
                spc.AddSource("ScriptGen-Catalog.g.cs", CatalogEmitter.Emit(new CatalogSpec(pair.Left, pair.Right)));
            }
        });

        IncrementalValuesProvider<DiagnosticInfo> strayCalls = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => StrayCallSites.IsCandidate(node),
                static (ctx, ct) => StrayCallSites.Check(ctx, ct))
            .Where(static d => d is not null)
            .Select(static (d, _) => d!)
            .WithTrackingName(TrackingNames.StrayCallSites);
        context.RegisterSourceOutput(strayCalls, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));
    }

    private static IncrementalValuesProvider<ScriptParseResult> Parse(
        IncrementalValuesProvider<ScriptCandidate> candidates,
        IncrementalValueProvider<CompilationHandle> compilation,
        ScriptKindSpec kind,
        string trackingName) =>
        candidates
            .Where(candidate => candidate.Kind == kind)
            .Combine(compilation)
            .Select(static (pair, ct) => ScriptSpecParser.Parse(pair.Left, pair.Right, ct))
            .WithTrackingName(trackingName);

    private static void RegisterScripts(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<ScriptParseResult> results,
        IncrementalValueProvider<ImportGraph> importGraph,
        string trackingName,
        string importChecksTrackingName)
    {
        IncrementalValuesProvider<ScriptSpec> specs = results
            .Where(static r => r.Spec is not null)
            .Select(static (r, _) => r.Spec!)
            .WithTrackingName(trackingName);
        context.RegisterSourceOutput(specs, static (spc, spec) => spc.AddSource(spec.HintName, ScriptEmitter.Emit(spec)));

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = results.Select(static (r, _) => r.Diagnostics);
        context.RegisterSourceOutput(diagnostics, ReportAll);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> importDiagnostics = results
            .Select(static (r, _) => r.ImportCalls)
            .Where(static calls => calls is { Imports.Count: > 0 })
            .Combine(importGraph)
            .Select(static (pair, _) => ImportChecks.Check(pair.Left!, pair.Right))
            .WithTrackingName(importChecksTrackingName);
        context.RegisterSourceOutput(importDiagnostics, ReportAll);
    }

    private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
