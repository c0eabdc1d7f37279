using System.Collections.Immutable;
using System.Security.Cryptography;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// The pipeline from source text to an assembly image: parse, run the ScriptGen generator, collect the
/// generator's, the compiler's, the analyzers' and the guard's diagnostics, and emit. Untrusted text is
/// checked on the user's own trees first (so every position is the user's), then its instrumented trees
/// are generated again and emitted: interceptor locations embed a tree's checksum and positions, so the
/// generator must see the very trees that are emitted. Trusted text (and untrusted text under a guard that
/// instruments nothing, <see cref="NoSourceGuard"/>) is generated and emitted once: emitting binds every
/// method body, so the emit's diagnostics are the compilation's. Stateless apart from its settings: safe to use from several threads.
/// </summary>
internal sealed class ScriptCompiler
{
    private readonly ISourceGuard? _guard;
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly int _maxNestingDepth;

    /// <param name="guard">The untrusted-code guard, or <c>null</c> for trusted text (one phase, nothing checked or instrumented).</param>
    /// <param name="analyzers">Analyzers run on every compilation besides the generator assembly's own.</param>
    /// <param name="maxNestingDepth">The deepest syntax a source may nest (<see cref="NestingLimit"/>).</param>
    public ScriptCompiler(ISourceGuard? guard, IEnumerable<DiagnosticAnalyzer> analyzers, int maxNestingDepth)
    {
        _guard = guard;
        _analyzers = [.. GeneratorAnalyzers.All, .. analyzers];
        _maxNestingDepth = maxNestingDepth;
    }

    /// <summary>The analyzers this compiler runs (the generator assembly's, then the caller's).</summary>
    public ImmutableArray<DiagnosticAnalyzer> Analyzers => _analyzers;

    /// <summary>Every diagnostic of <paramref name="sources"/>, without emitting.</summary>
    public DiagnosticList Check(
        IReadOnlyList<ScriptSource> sources, ImmutableArray<MetadataReference> references, string assemblyName, CancellationToken cancellationToken)
    {
        ImmutableArray<SyntaxTree> userTrees = Parse(sources, cancellationToken);
        var diagnostics = new DiagnosticList();
        if (TooDeep(diagnostics, userTrees, cancellationToken))
        {
            return diagnostics;
        }

        Generated generated = Generate(userTrees, references, assemblyName, driver: null, cancellationToken);
        CollectChecked(diagnostics, userTrees, generated, cancellationToken);
        return diagnostics;
    }

    /// <summary>Compiles <paramref name="sources"/> into one assembly named <paramref name="assemblyName"/>.</summary>
    public CompileOutcome Compile(
        IReadOnlyList<ScriptSource> sources, ImmutableArray<MetadataReference> references, string assemblyName, CancellationToken cancellationToken)
    {
        ImmutableArray<SyntaxTree> userTrees = Parse(sources, cancellationToken);
        var diagnostics = new DiagnosticList();
        if (TooDeep(diagnostics, userTrees, cancellationToken))
        {
            return new CompileOutcome(diagnostics, null);
        }

        Generated generated = Generate(userTrees, references, assemblyName, driver: null, cancellationToken);
        if (_guard is null or NoSourceGuard)
        {
            // Nothing to instrument, so the checked trees are the emitted ones: emitting binds every method
            // body, so its diagnostics are the compilation's, and no separate checked pass is needed.
            diagnostics.AddRange(generated.Diagnostics);
            Emitted once = Emit(generated.Compilation, assemblyName, cancellationToken);
            diagnostics.AddRange(once.Result.Diagnostics);
            diagnostics.AddRange(AnalyzerDiagnostics(generated.Compilation, cancellationToken));
            if (_guard is not null)
            {
                diagnostics.AddRange(_guard.Check(generated.Compilation, userTrees, cancellationToken));
            }

            return Outcome(diagnostics, once);
        }

        CollectChecked(diagnostics, userTrees, generated, cancellationToken);
        if (diagnostics.HasErrors)
        {
            return new CompileOutcome(diagnostics, null);
        }

        ImmutableArray<SyntaxTree> instrumented = [.. userTrees.Select(_guard.Instrument)];
        CSharpCompilation emitted = generated.Compilation;
        if (!instrumented.SequenceEqual(userTrees))
        {
            Generated again = Generate(instrumented, references, assemblyName, generated.Driver, cancellationToken);
            diagnostics.AddRange(again.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            emitted = again.Compilation;
        }

        Emitted emit = Emit(emitted, assemblyName, cancellationToken);

        // The checked pass reported the warnings; only an error of the instrumented code is new.
        diagnostics.AddRange(emit.Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        return Outcome(diagnostics, emit);
    }

    private static CompileOutcome Outcome(DiagnosticList diagnostics, Emitted emitted) =>
        diagnostics.HasErrors || emitted.Assembly is null || emitted.Symbols is null
            ? new CompileOutcome(diagnostics, null)
            : new CompileOutcome(diagnostics, new CompiledImage(emitted.Assembly, emitted.Symbols, diagnostics.Warnings()));

    /// <summary>Adds SG0800 for each tree nested deeper than the limit; whether any was (then nothing may bind them).</summary>
    private bool TooDeep(DiagnosticList diagnostics, ImmutableArray<SyntaxTree> userTrees, CancellationToken cancellationToken)
    {
        Diagnostic[] tooDeep = [.. userTrees.Select(tree => NestingLimit.Check(tree, _maxNestingDepth, cancellationToken)).OfType<Diagnostic>()];
        diagnostics.AddRange(tooDeep);
        return tooDeep.Length > 0;
    }

    private static ImmutableArray<SyntaxTree> Parse(IReadOnlyList<ScriptSource> sources, CancellationToken cancellationToken) =>
        [.. sources.Select(s => ScriptLanguage.Parse(s.Text, s.FileName, cancellationToken))];

    private static Generated Generate(
        ImmutableArray<SyntaxTree> userTrees,
        ImmutableArray<MetadataReference> references,
        string assemblyName,
        GeneratorDriver? driver,
        CancellationToken cancellationToken)
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            assemblyName, [.. userTrees, ScriptLanguage.GlobalUsingsTree()], references, ScriptLanguage.CompilationOptions);
        driver ??= CSharpGeneratorDriver.Create(
            [new ScriptGenerator().AsSourceGenerator()],
            additionalTexts: [],
            parseOptions: ScriptLanguage.ParseOptions,
            optionsProvider: BuildPropertyOptions.Engine,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        GeneratorDriver next = driver.RunGeneratorsAndUpdateCompilation(
            compilation, out Microsoft.CodeAnalysis.Compilation output, out ImmutableArray<Diagnostic> diagnostics, cancellationToken);
        return new Generated(next, (CSharpCompilation)output, diagnostics);
    }

    /// <summary>The checked pass: generator, compiler (after generation), analyzers, guard, on the user's own trees.</summary>
    private void CollectChecked(DiagnosticList diagnostics, ImmutableArray<SyntaxTree> userTrees, Generated generated, CancellationToken cancellationToken)
    {
        diagnostics.AddRange(generated.Diagnostics);
        diagnostics.AddRange(generated.Compilation.GetDiagnostics(cancellationToken));
        diagnostics.AddRange(AnalyzerDiagnostics(generated.Compilation, cancellationToken));
        if (_guard is not null)
        {
            diagnostics.AddRange(_guard.Check(generated.Compilation, userTrees, cancellationToken));
        }
    }

    private ImmutableArray<Diagnostic> AnalyzerDiagnostics(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        if (_analyzers.IsEmpty)
        {
            return [];
        }

        var analysis = new CompilationWithAnalyzers(
            compilation,
            _analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions([], BuildPropertyOptions.Engine),
                onAnalyzerException: null,
                concurrentAnalysis: false, // on the compiler's large-stack thread (LargeStack), not the thread pool
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false));

        // Roslyn awaits with ConfigureAwait(false) throughout, so blocking here cannot deadlock a caller's context.
        return analysis.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Emits the assembly and a portable PDB with every source text embedded (the user's, the implicit
    /// usings, the generated parts), so a failure's stack trace names the <c>.pine.cs</c> file and line.
    /// </summary>
    private static Emitted Emit(CSharpCompilation compilation, string assemblyName, CancellationToken cancellationToken)
    {
        var embedded = new List<EmbeddedText>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SourceText text = tree.GetText(cancellationToken);
            if (text.CanBeEmbedded)
            {
                embedded.Add(EmbeddedText.FromSource(tree.FilePath, text));
            }
        }

        var options = new EmitOptions(
            debugInformationFormat: DebugInformationFormat.PortablePdb,
            pdbFilePath: assemblyName + ".pdb",
            pdbChecksumAlgorithm: HashAlgorithmName.SHA256);
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        EmitResult result = compilation.Emit(assembly, symbols, options: options, embeddedTexts: embedded, cancellationToken: cancellationToken);
        return result.Success ? new Emitted(result, assembly.ToArray(), symbols.ToArray()) : new Emitted(result, null, null);
    }

    private sealed record Emitted(EmitResult Result, byte[]? Assembly, byte[]? Symbols);

    private sealed record Generated(GeneratorDriver Driver, CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics);
}
