using System.Collections.Immutable;
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
        // step after this one is Cached for it. An edited file's candidates carry the compilation they were found in,
        // where the parse binds them while the handle below stays equal (an edit inside a script's method).
        IncrementalValuesProvider<ScriptCandidate> candidates = context.CompilationProvider
            .SelectMany(static (compilation, _) => ScriptCandidates.ScriptTrees(compilation))
            .WithTrackingName(TrackingNames.ScriptTrees)
            .Combine(globalAliases)
            .SelectMany(static (pair, _) => ScriptCandidates.In(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ScriptCandidates);

        IncrementalValueProvider<CompilationHandle> scriptCompilation = context.CompilationProvider
            .Select(static (compilation, _) => CompilationHandle.For(compilation))
            .WithTrackingName(TrackingNames.ScriptCompilation);

        IncrementalValuesProvider<ScriptParseResult> strategies = Parse(candidates, scriptCompilation, ScriptKindSpec.Strategy, TrackingNames.ParseStrategies);
        IncrementalValuesProvider<ScriptParseResult> indicators = Parse(candidates, scriptCompilation, ScriptKindSpec.Indicator, TrackingNames.ParseIndicators);

        // What the scripts share, the import graph and the catalog, is built from each script's summary (its name and
        // its part of the graph), taken before the scripts are collected: an edit that leaves every summary equal
        // (inside a script's Process(), say) collects nothing and rebuilds neither.
        IncrementalValueProvider<ImmutableArray<ScriptSummary>> summaries = strategies.Select(static (r, _) => ScriptSummary.Of(r))
            .Collect()
            .Combine(indicators.Select(static (r, _) => ScriptSummary.Of(r)).Collect())
            .Select(static (pair, _) => pair.Left.AddRange(pair.Right));

        // What one script may import depends on all the others: one graph of every script, equal (so downstream steps
        // stay cached) unless a script's kind, inputs or import targets changed.
        IncrementalValueProvider<ImportGraph> importGraph = summaries
            .Select(static (all, _) => ImportChecks.BuildGraph(all.Select(s => s.ImportNode)))
            .WithTrackingName(TrackingNames.ImportGraph);

        RegisterScripts(context, strategies, importGraph, TrackingNames.StrategySpecs, TrackingNames.StrategyImportChecks);
        RegisterScripts(context, indicators, importGraph, TrackingNames.IndicatorSpecs, TrackingNames.IndicatorImportChecks);

        IncrementalValueProvider<EquatableArray<string>> catalog = summaries
            .Select(static (all, _) => all
                .Select(s => s.GlobalName)
                .OfType<string>()
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
        // SelectMany rather than Where and Select: each step costs Roslyn work per script on every edit to a script.
        IncrementalValuesProvider<ScriptSpec> specs = results
            .SelectMany(static (r, _) => r.Spec is { } spec ? ImmutableArray.Create(spec) : ImmutableArray<ScriptSpec>.Empty)
            .WithTrackingName(trackingName);
        IncrementalValueProvider<bool> inlineBarLoop = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => BuildProperties.InlinesBarLoop(options.GlobalOptions))
            .WithTrackingName(TrackingNames.LoopSettings);
        context.RegisterSourceOutput(specs.Combine(inlineBarLoop), static (spc, pair) =>
            spc.AddSource(pair.Left.HintName, ScriptEmitter.Emit(pair.Right ? pair.Left : pair.Left with { InlineBody = null })));

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = results
            .SelectMany(static (r, _) => r.Diagnostics.Count > 0 ? ImmutableArray.Create(r.Diagnostics) : ImmutableArray<EquatableArray<DiagnosticInfo>>.Empty);
        context.RegisterSourceOutput(diagnostics, ReportAll);

        IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> importDiagnostics = results
            .SelectMany(static (r, _) => r.ImportCalls is { Imports.Count: > 0 } calls ? ImmutableArray.Create(calls) : ImmutableArray<ScriptImportCalls>.Empty)
            .Combine(importGraph)
            .Select(static (pair, _) => ImportChecks.Check(pair.Left, pair.Right))
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
