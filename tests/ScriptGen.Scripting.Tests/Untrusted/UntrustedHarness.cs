using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator;
using ScriptGen.Scripting.Untrusted;

namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// Compiles script text the way the engine's pipeline does for untrusted text, without the pipeline:
/// C# 14 with interceptors for ScriptGen.Generated, the .NET 10 reference assemblies and the runtime,
/// the global usings as an extra tree, the generator; then the guard's check, its instrumentation, the
/// generator again, emit, and load into a collectible context.
/// </summary>
internal static class UntrustedHarness
{
    public const string GlobalUsings =
        "global using ScriptGen; global using System; global using System.Collections.Generic; global using System.Linq;";

    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.CSharp14)
        .WithFeatures([new KeyValuePair<string, string>("InterceptorsNamespaces", "ScriptGen.Generated")]);

    private static readonly ImmutableArray<MetadataReference> s_references = ImmutableArray.CreateRange<MetadataReference>(Net100.References.All)
        .Add(MetadataReference.CreateFromFile(typeof(Script).Assembly.Location));

    private static readonly CSharpCompilationOptions s_options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithDeterministic(true);

    public static SyntaxTree Parse(string text, string path = "Script.pine.cs") =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    /// <summary>The user trees plus the global usings, with the generator's output; throws on generator exceptions.</summary>
    public static CSharpCompilation CompileWithGenerator(IEnumerable<SyntaxTree> userTrees, out ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "UntrustedScripts" + Guid.NewGuid().ToString("N"),
            [Parse(GlobalUsings, "GlobalUsings.cs"), .. userTrees],
            s_references,
            s_options);
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ScriptGenerator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Microsoft.CodeAnalysis.Compilation output, out generatorDiagnostics);
        if (driver.GetRunResult().Results.FirstOrDefault(result => result.Exception is not null).Exception is { } failure)
        {
            throw new InvalidOperationException("The generator threw.", failure);
        }

        return (CSharpCompilation)output;
    }

    /// <summary>The guard's diagnostics for <paramref name="text"/> (one user tree), the compilation and the tree.</summary>
    public static CheckResult Check(string text, UntrustedSourceGuard? guard = null) => Check(text, "Script.pine.cs", [], guard);

    /// <summary>
    /// As <see cref="Check(string, UntrustedSourceGuard?)"/>, with <paramref name="companions"/> (files the text
    /// uses, such as an indicator it imports) compiled and checked beside it as user trees too.
    /// </summary>
    public static CheckResult Check(string text, string path, IReadOnlyList<(string Text, string Path)> companions, UntrustedSourceGuard? guard = null)
    {
        guard ??= new UntrustedSourceGuard();
        SyntaxTree tree = Parse(text, path);
        SyntaxTree[] others = [.. companions.Select(c => Parse(c.Text, c.Path))];
        CSharpCompilation compilation = CompileWithGenerator([tree, .. others], out ImmutableArray<Diagnostic> generatorDiagnostics);
        ImmutableArray<Diagnostic> compileErrors = [.. compilation.GetDiagnostics()
            .Concat(generatorDiagnostics)
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)];
        return new CheckResult(tree, compilation, compileErrors, [.. guard.Check(compilation, [tree, .. others], CancellationToken.None)], guard, others);
    }

    /// <summary>The instrumented trees compiled with the generator; the compile errors, if any.</summary>
    public static CSharpCompilation CompileInstrumented(UntrustedSourceGuard guard, IReadOnlyList<SyntaxTree> checkedTrees, out ImmutableArray<Diagnostic> errors)
    {
        SyntaxTree[] instrumented = [.. checkedTrees.Select(guard.Instrument)];
        CSharpCompilation compilation = CompileWithGenerator(instrumented, out ImmutableArray<Diagnostic> generatorDiagnostics);
        errors = [.. compilation.GetDiagnostics().Concat(generatorDiagnostics).Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)];
        return compilation;
    }

    /// <summary>Emits <paramref name="compilation"/> and loads it into a new collectible load context.</summary>
    public static Assembly EmitAndLoad(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("untrusted-test-" + compilation.AssemblyName, isCollectible: true);
        return context.LoadFromStream(image);
    }

    /// <summary>Line and 1-based column of a diagnostic's start, as an editor shows it.</summary>
    public static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        LinePosition start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join(Environment.NewLine, diagnostics.Select(diagnostic => $"{diagnostic.Id} {Position(diagnostic)}: {diagnostic.GetMessage()}"));
}

/// <summary>A checked script: its tree and compilation, the compile errors before the check, the guard's diagnostics.</summary>
internal sealed record CheckResult(
    SyntaxTree Tree,
    CSharpCompilation Compilation,
    ImmutableArray<Diagnostic> CompileErrors,
    ImmutableArray<Diagnostic> Diagnostics,
    UntrustedSourceGuard Guard,
    IReadOnlyList<SyntaxTree> Companions);
