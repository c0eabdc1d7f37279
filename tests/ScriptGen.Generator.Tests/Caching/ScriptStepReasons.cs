using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Model;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// Why each pipeline step of one script ran in a generator run: its parse
/// (<c>ParseStrategies</c>/<c>ParseIndicators</c>), its spec (<c>StrategySpecs</c>/<c>IndicatorSpecs</c>)
/// and its source output. One row of the table the caching tests assert.
/// </summary>
internal sealed record ScriptStepReasons(
    IncrementalStepRunReason Parse,
    IncrementalStepRunReason Spec,
    IncrementalStepRunReason Source)
{
    /// <summary>The script's own file changed: its interceptors embed the file's checksum, so everything re-runs.</summary>
    public static readonly ScriptStepReasons Regenerated = new(IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Modified);

    /// <summary>
    /// A declaration changed (or a file was added or removed): the compilation handle the parse binds in changed, so every
    /// script's parse transform is called; it returns its memoized result when the edit cannot change the script's
    /// binding (KeystrokeCachingTests), or an equal one. That makes it <c>Unchanged</c>, and every step after it
    /// <c>Cached</c>: the script's source is not regenerated.
    /// </summary>
    public static readonly ScriptStepReasons Reparsed = new(IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached);

    /// <summary>
    /// Nothing a script binds against changed (the same compilation run again, or an edit inside a method body of
    /// another file, a script's included): not even the parse re-runs.
    /// </summary>
    public static readonly ScriptStepReasons Cached = new(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached);

    /// <summary>Each script's reasons in <paramref name="run"/>, by class name.</summary>
    public static IReadOnlyDictionary<string, ScriptStepReasons> Of(GeneratorRun run)
    {
        // A candidate whose attribute is not ScriptGen's parses to nothing (no spec): it is no script.
        var parse = Outputs(run, TrackingNames.ParseStrategies, TrackingNames.ParseIndicators)
            .Where(o => ((ScriptParseResult)o.Value).Spec is not null)
            .ToDictionary(o => ((ScriptParseResult)o.Value).Spec!.ClassName, o => o.Reason);
        var spec = Outputs(run, TrackingNames.StrategySpecs, TrackingNames.IndicatorSpecs)
            .ToDictionary(o => ((ScriptSpec)o.Value).ClassName, o => o.Reason);
        var source = SourceOutputs(run)
            .Where(o => SpecOf(o.Input) is not null)
            .ToDictionary(o => SpecOf(o.Input)!.ClassName, o => o.Reason);

        return parse.Keys.ToDictionary(
            name => name,
            name => new ScriptStepReasons(parse[name], spec[name], source[name]));
    }

    /// <summary>The reasons of the source outputs that belong to no single script: the catalog and the diagnostics.</summary>
    public static IReadOnlyList<IncrementalStepRunReason> OfSharedOutputs(GeneratorRun run) =>
        SourceOutputs(run).Where(o => SpecOf(o.Input) is null).Select(o => o.Reason).ToList();

    /// <summary>The script a source output was produced from: its spec, paired with the loop setting (<c>ScriptGenInlineBarLoop</c>).</summary>
    private static ScriptSpec? SpecOf(object input) => input is (ScriptSpec spec, bool) ? spec : null;

    /// <summary>Every output of the named steps (one step per syntax tree, one output per script in it).</summary>
    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, params string[] stepNames) =>
        stepNames
            .Where(run.Result.TrackedSteps.ContainsKey)
            .SelectMany(name => run.Result.TrackedSteps[name])
            .SelectMany(step => step.Outputs);

    /// <summary>Each source output with the value it was produced from (a <see cref="ScriptSpec"/> for a script's source).</summary>
    private static IEnumerable<(object Input, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(pair => pair.Value)
            .SelectMany(step => step.Outputs.Select(output =>
            {
                (IncrementalGeneratorRunStep source, int index) = step.Inputs.Single();
                return (source.Outputs[index].Value, output.Reason);
            }));
}
