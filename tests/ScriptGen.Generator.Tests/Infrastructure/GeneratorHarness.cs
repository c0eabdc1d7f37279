using System.Collections.Immutable;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScriptGen.Generator.Tests.Infrastructure;

/// <summary>A source file of a test compilation. The path is relative so generated text is the same on every machine.</summary>
internal sealed record TestSource(string Path, string Text);

/// <summary>
/// Builds compilations of scripts and runs the generator on them, the way the compiler does in a
/// project that references the ScriptGen package: .NET 10 reference assemblies, the runtime
/// assembly, and interceptors enabled for <c>ScriptGen.Generated</c>.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>
    /// The one parse options instance for every syntax tree and the driver: a tree parsed with other
    /// features than the driver's makes generated trees inconsistent with it (CS9137, or
    /// "Inconsistent syntax tree features").
    /// </summary>
    public static readonly CSharpParseOptions ParseOptions = CSharpParseOptions.Default
        .WithLanguageVersion(LanguageVersion.Preview)
        .WithFeatures(new[] { new KeyValuePair<string, string>("InterceptorsNamespaces", "ScriptGen.Generated") });

    private static readonly ImmutableArray<MetadataReference> s_references = ImmutableArray.CreateRange<MetadataReference>(Net100.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(Script).Assembly.Location));

    private static readonly CSharpCompilationOptions s_compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithDeterministic(true);

    public static SyntaxTree Parse(TestSource source) =>
        CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path, Encoding.UTF8);

    public static CSharpCompilation CreateCompilation(params TestSource[] sources) =>
        CSharpCompilation.Create("ScriptGen.TestScripts", sources.Select(Parse), s_references, s_compilationOptions);

    /// <summary>A compilation of <paramref name="sources"/> that also references <paramref name="references"/> (e.g. an emitted script library).</summary>
    public static CSharpCompilation CreateCompilationWith(IEnumerable<MetadataReference> references, string assemblyName, params TestSource[] sources) =>
        CSharpCompilation.Create(assemblyName, sources.Select(Parse), s_references.AddRange(references), s_compilationOptions);

    /// <summary>
    /// The generator's output for <paramref name="sources"/> compiled and emitted as assembly
    /// <paramref name="assemblyName"/>: a script library another compilation references from metadata.
    /// </summary>
    public static MetadataReference EmitLibrary(string assemblyName, params TestSource[] sources)
    {
        GeneratorRun run = Run(CreateDriver(), CreateCompilationWith([], assemblyName, sources));
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>A driver that records every named pipeline step, for the caching tests.</summary>
    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? buildProperties = null) => CSharpGeneratorDriver.Create(
        new[] { new ScriptGenerator().AsSourceGenerator() },
        parseOptions: ParseOptions,
        optionsProvider: buildProperties is null ? null : new BuildPropertiesProvider(buildProperties),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once on a new compilation of <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(params TestSource[] sources) => Run(CreateDriver(), CreateCompilation(sources));

    /// <summary>Runs <paramref name="driver"/> (fresh, or holding a previous run's state) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        GeneratorDriver next = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return new GeneratorRun(next, compilation, output);
    }
}
