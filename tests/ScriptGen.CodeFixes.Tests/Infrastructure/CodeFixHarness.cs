using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ScriptGen.Generator;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.CodeFixes.Tests.Infrastructure;

/// <summary>
/// A script as an IDE holds it: a document of a workspace project compiled as a ScriptGen project is (the generator
/// tests' references and options), its diagnostics as a build reports them, and code fixes applied through their
/// code actions' operations, as the light bulb applies them.
/// </summary>
internal static class CodeFixHarness
{
    public const string ScriptPath = "Scripts/Test.pine.cs";

    /// <summary>
    /// A document holding <paramref name="text"/>, in a project that runs the generator as an IDE's does: the
    /// semantic model a fix sees includes the generated part of the script (its base class, so <c>close</c> binds).
    /// </summary>
    public static Document CreateDocument(string text)
    {
        CSharpCompilation template = GeneratorHarness.CreateCompilation();
        var workspace = new AdhocWorkspace();
        var project = ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Create(), "ScriptGen.TestScripts", "ScriptGen.TestScripts", LanguageNames.CSharp,
            compilationOptions: template.Options, parseOptions: GeneratorHarness.ParseOptions, metadataReferences: template.References,
            analyzerReferences: [new GeneratorReference()]);
        var document = DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id), "Test.pine.cs", filePath: ScriptPath,
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create())));
        return workspace.CurrentSolution.AddProject(project).AddDocument(document).GetDocument(document.Id)!;
    }

    /// <summary>
    /// What a build of the document's project reports, in position order: the generator's diagnostics, its
    /// analyzers' on the completed compilation, and the compiler's errors (generated code included).
    /// </summary>
    public static async Task<IReadOnlyList<Diagnostic>> DiagnosticsAsync(Document document)
    {
        // The user's files alone: the generator runs here through the generator tests' driver, as a build runs it.
        SyntaxTree tree = (await document.GetSyntaxTreeAsync())!;
        Compilation compilation = CSharpCompilation.Create(
            document.Project.AssemblyName, [tree], document.Project.MetadataReferences, (CSharpCompilationOptions)document.Project.CompilationOptions!);
        GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.CreateDriver(), compilation);
        Assert.Null(run.Result.Exception);
        return run.GeneratorDiagnostics
            .Select(d => InDocument(d, tree))
            .Concat(AnalyzerHarness.AnalyzerDiagnostics(run.Output))
            .Concat(run.CompilationErrors)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// <paramref name="diagnostic"/> placed in <paramref name="tree"/> when it names the tree's file. The generator
    /// reports file, span and line (an external-file location: it keeps no syntax tree, so its output caches); an
    /// IDE finds the document by that path and hands code fixes a diagnostic in the document, as this does.
    /// </summary>
    private static Diagnostic InDocument(Diagnostic diagnostic, SyntaxTree tree)
    {
        if (diagnostic.Location.Kind != LocationKind.ExternalFile || diagnostic.Location.GetLineSpan().Path != tree.FilePath)
        {
            return diagnostic;
        }

        DiagnosticDescriptor descriptor = diagnostic.Descriptor;
        return Diagnostic.Create(
            diagnostic.Id, descriptor.Category, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            diagnostic.Severity, diagnostic.DefaultSeverity, descriptor.IsEnabledByDefault, diagnostic.WarningLevel,
            descriptor.Title, descriptor.Description, descriptor.HelpLinkUri,
            Location.Create(tree, diagnostic.Location.SourceSpan), diagnostic.AdditionalLocations, descriptor.CustomTags, diagnostic.Properties);
    }

    /// <summary>The code actions <paramref name="provider"/> registers for <paramref name="diagnostic"/>.</summary>
    public static async Task<ImmutableArray<CodeAction>> ActionsAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await provider.RegisterCodeFixesAsync(context);
        return actions.ToImmutable();
    }

    /// <summary>The document after <paramref name="action"/>'s one change, clean-up (simplification, imports) included.</summary>
    public static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(CancellationToken.None);
        ApplyChangesOperation change = Assert.IsType<ApplyChangesOperation>(Assert.Single(operations));
        return change.ChangedSolution.GetDocument(document.Id)!;
    }

    /// <summary>The document after "fix all in document" of <paramref name="provider"/>'s diagnostics, with the fixes of <paramref name="equivalenceKey"/>.</summary>
    public static async Task<Document> FixAllAsync(CodeFixProvider provider, Document document, string equivalenceKey)
    {
        IReadOnlyList<Diagnostic> diagnostics = await DiagnosticsAsync(document);
        var context = new FixAllContext(
            document, provider, FixAllScope.Document, equivalenceKey, provider.FixableDiagnosticIds,
            new ReportedDiagnostics(diagnostics.Where(d => provider.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray()),
            CancellationToken.None);
        FixAllProvider? fixAll = provider.GetFixAllProvider();
        Assert.NotNull(fixAll);
        CodeAction? action = await fixAll.GetFixAsync(context);
        Assert.NotNull(action);
        return await ApplyAsync(document, action);
    }

    /// <summary>One line per diagnostic: ID, severity, file, 1-based line and column, message.</summary>
    public static string Describe(Diagnostic diagnostic)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        return $"{Where(diagnostic.Id, span.Path, span.StartLinePosition)} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    public static string Where(string id, string path, LinePosition start) => $"{id} {path}({start.Line + 1},{start.Character + 1})";

    /// <summary>The ScriptGen generator as a project's analyzer reference (an IDE loads it from the package's analyzer folder).</summary>
    private sealed class GeneratorReference : AnalyzerReference
    {
        public override string FullPath => typeof(ScriptGenerator).Assembly.Location;

        public override object Id => typeof(ScriptGenerator).Assembly.GetName().Name!;

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzersForAllLanguages() => [];

        public override ImmutableArray<DiagnosticAnalyzer> GetAnalyzers(string language) => [];

        // One instance: the workspace finds a generator's reference by the generator it was given.
        private readonly ImmutableArray<ISourceGenerator> _generators = [new ScriptGenerator().AsSourceGenerator()];

        public override ImmutableArray<ISourceGenerator> GetGenerators(string language) =>
            language == LanguageNames.CSharp ? _generators : [];
    }

    /// <summary>The diagnostics a build reported, handed to fix all as an IDE hands it the ones it shows.</summary>
    private sealed class ReportedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
