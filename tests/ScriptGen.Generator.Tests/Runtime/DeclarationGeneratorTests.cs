using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScriptGen.Generator.Tests.Infrastructure;
using ScriptGen.Runtime.Generator;

namespace ScriptGen.Generator.Tests.Runtime;

/// <summary>
/// The runtime's own generator: every Pine function is declared once, on the method that computes it, and
/// the facade, the core, the adapter and the batch form are derived. What it writes is pinned by a golden
/// file; a facade nobody declares, or a declaration it cannot derive from, fails ScriptGen's build.
/// </summary>
public sealed class DeclarationGeneratorTests
{
    /// <summary>The declaration attributes and the types the derived code lands in, as the runtime declares them (shapes only).</summary>
    private const string RuntimeShapes = """
        namespace ScriptGen.CompilerServices.Declarations
        {
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            internal sealed class PineFunctionAttribute : System.Attribute
            {
                public PineFunctionAttribute(string pineName) { }
                public string? Name { get; set; }
                public string[]? Implicit { get; set; }
                public bool EveryBar { get; set; }
                public bool Batch { get; set; } = true;
                public string? Summary { get; set; }
                public string? Signature { get; set; }
                public string? InPlace { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            internal sealed class BarAttribute : System.Attribute { public BarAttribute(BarValue value) { } }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            internal sealed class SeriesAttribute : System.Attribute { }

            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            internal sealed class WindowLengthAttribute : System.Attribute { }

            internal enum BarValue { Open, High, Low, Close, Volume, Hl2, Hlc3, Ohlc4, Hlcc4, PreviousClose, Time, BarIndex, ExchangeTimeZone }
        }

        namespace ScriptGen.CompilerServices
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class PlainCallAttribute : System.Attribute { }
        }

        namespace ScriptGen
        {
            public readonly struct PriceSeries { }
        }

        namespace ScriptGen.Namespaces
        {
            public readonly partial struct PineTa { }
            public partial class TaNamespace { }
        }

        namespace ScriptGen.Ta
        {
            public static partial class TaBatch { }
        }
        """;

    private const string Declarations = """
        using ScriptGen.CompilerServices.Declarations;

        namespace ScriptGen.Ta;

        public struct SmaState
        {
            /// <summary>Simple moving average of the last <paramref name="length"/> values.</summary>
            [PineFunction("ta.sma")]
            public double Update([Series] double source, [WindowLength] int length) => source;
        }

        public struct HighestState
        {
            /// <summary>Highest value of <paramref name="source"/> over the last <paramref name="length"/> bars.</summary>
            [PineFunction("ta.highest", InPlace = nameof(UpdateInPlace))]
            [PineFunction("ta.highest", Implicit = new[] { "source", "High" }, Batch = false)]
            public double Update([Series] double source, [WindowLength] int length, [Bar(BarValue.BarIndex)] int barIndex) => source;

            internal double UpdateInPlace(ScriptGen.PriceSeries source, int length, int barIndex) => 0;
        }

        public struct ChangeState
        {
            /// <summary>Change over <paramref name="length"/> bars.</summary>
            [PineFunction("ta.change", InPlace = nameof(UpdateInPlace))]
            public double Update([Series] double source, [WindowLength] int length = 1) => source;

            internal double UpdateInPlace(ScriptGen.PriceSeries source, int length = 1) => 0;
        }

        public struct ObvState
        {
            /// <summary>On-balance volume.</summary>
            [PineFunction("ta.obv", EveryBar = true)]
            public double Update([Bar(BarValue.Close)] double close, [Bar(BarValue.PreviousClose)] double previousClose, [Bar(BarValue.Volume)] double volume) => close;
        }

        public struct BbState
        {
            /// <summary>Bollinger Bands.</summary>
            [PineFunction("ta.bb", Signature = "[middle, upper, lower] = ta.bb(series, length, mult)")]
            public (double Middle, double Upper, double Lower) Update([Series] double series, [WindowLength] int length, double mult = 2.0) => (series, series, series);
        }

        internal static class TrueRange
        {
            /// <summary>True range.</summary>
            [PineFunction("ta.tr")]
            public static double Compute([Bar(BarValue.High)] double high, [Bar(BarValue.Low)] double low, [Bar(BarValue.PreviousClose)] double previousClose, bool handleNa = false) => high - low;
        }
        """;

    [Fact]
    public void Declarations_derive_the_facade_the_core_the_adapters_and_the_batch_forms()
    {
        GeneratorDriverRunResult run = Run(("Runtime.cs", RuntimeShapes), ("Declarations.cs", Declarations));

        Assert.Empty(run.Diagnostics);
        string generated = string.Concat(run.Results.Single().GeneratedSources
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .Select(s => "// ---- " + s.HintName + "\n" + s.SourceText));
        GoldenFile.AssertMatches(GoldenFile.OutputPath("RuntimeDeclarations"), generated, GoldenFile.UpdateRequested);
    }

    [Fact]
    public void A_facade_method_without_a_declaration_fails_the_runtime_build_SGR001()
    {
        MarkedSource facade = MarkedSource.Parse("Facade.cs", """
            namespace ScriptGen.Namespaces
            {
                public readonly partial struct PineTa
                {
                    public double /*!*/Zlema(double source, int length) => 0;

                    [ScriptGen.CompilerServices.PlainCall]
                    public double Plain(double value) => value;
                }
            }
            """);

        GeneratorDriverRunResult run = Run(("Runtime.cs", RuntimeShapes), (facade.Path, facade.Text));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(("SGR001", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(facade.Markers.Single(), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("'PineTa.Zlema' is a facade method but no [PineFunction] declares it", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[PineFunction(\"ta.bad\", Implicit = new[] { \"length\", \"Nowhere\" })]", "'Nowhere' is not a bar value")]
    [InlineData("[PineFunction(\"ta.bad\", Implicit = new[] { \"missing\", \"High\" })]", "Implicit names 'missing', which is not a parameter the script passes")]
    [InlineData("[PineFunction(\"bad\")]", "the Pine name 'bad' has no namespace")]
    [InlineData("[PineFunction(\"ta.bad\", InPlace = \"Missing\")]", "InPlace names 'Missing', but BadState has no instance method 'Missing' taking Update's parameters with 'source' a ScriptGen.PriceSeries")]
    [InlineData("[PineFunction(\"ta.bad\", InPlace = nameof(Update))]", "InPlace names 'Update', but BadState has no instance method 'Update'")]
    public void A_declaration_that_cannot_be_derived_from_fails_the_runtime_build_SGR002(string attribute, string reason)
    {
        MarkedSource declaration = MarkedSource.Parse("Bad.cs", $$"""
            using ScriptGen.CompilerServices.Declarations;

            public struct BadState
            {
                /*!*/{{attribute}}
                public double Update([Series] double source, int length) => source;
            }
            """);

        GeneratorDriverRunResult run = Run(("Runtime.cs", RuntimeShapes), (declaration.Path, declaration.Text));

        Diagnostic diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("SGR002", diagnostic.Id);
        Assert.Equal(declaration.Markers.Single().Line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static GeneratorDriverRunResult Run(params (string Path, string Text)[] sources)
    {
        CSharpParseOptions options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview).WithDocumentationMode(DocumentationMode.Diagnose);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "ScriptGen",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path)),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new DeclarationGenerator().AsSourceGenerator()], parseOptions: options);
        return driver.RunGenerators(compilation).GetRunResult();
    }
}
