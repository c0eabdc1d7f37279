using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Prefixes;

/// <summary>
/// In an editor the generator runs on every keystroke, on half-typed scripts. Whatever the prefix, it must
/// not throw, not report its own failure, and never emit code with errors of its own: those would be listed
/// in <c>.g.cs</c> files the user never wrote, beside the real error in the script. Each script (the golden
/// inputs, which include the samples, and <c>FeatureRich.pine.cs</c>) is typed forward through one
/// incremental driver, cut at a deterministic sample of prefixes; benchmarks/ScriptGen.Generator.Benchmarks
/// runs every prefix (<c>--prefix-sweep</c>, docs/performance.md).
/// </summary>
public sealed class PrefixTests
{
    /// <summary>About one prefix in 50 plus the fragile places: the whole test runs in well under a minute.</summary>
    private const int Stride = 50;

    public static TheoryData<string> Scripts => new([.. GoldenFileTests.Names, FeatureRichName]);

    private const string FeatureRichName = "FeatureRich";

    [Theory]
    [MemberData(nameof(Scripts))]
    public void No_prefix_of_a_script_makes_the_generator_emit_invalid_code(string name)
    {
        string text = Text(name);
        var sweep = new PrefixSweep(GeneratorHarness.CreateCompilation(), GeneratorHarness.CreateDriver(), GeneratorHarness.ParseOptions);

        IReadOnlyList<string> problems = sweep.Type($"Scripts/{name}.pine.cs", text, PrefixSweep.Sample(text, Stride));

        Assert.True(sweep.PrefixesRun > text.Length / Stride);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The places the issue found invalid code at, run whatever the sample picks.</summary>
    [Theory]
    [InlineData("EmaCross", "public partial class ")]
    [InlineData("Rsi", "public partial class")]
    [InlineData("EmaCross", "    protected override void P")]
    [InlineData("CalcOnOrderFills", "    protected override void Pro")]
    public void The_prefixes_known_to_break_generation_do_not(string name, string cutAfter)
    {
        string text = Text(name);
        int length = text.IndexOf(cutAfter, StringComparison.Ordinal) + cutAfter.Length;
        var sweep = new PrefixSweep(GeneratorHarness.CreateCompilation(), GeneratorHarness.CreateDriver(), GeneratorHarness.ParseOptions);

        IReadOnlyList<string> problems = sweep.Type($"Scripts/{name}.pine.cs", text, [length]);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A finished script with a <c>void</c> field: the compiler's error in the script, none in the generated part.</summary>
    [Fact]
    public void A_void_field_is_an_error_of_the_script_only()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/VoidField.pine.cs", DiagnosticAssert.Usings + """
            [Strategy("Void field")]
            public partial class VoidField
            {
                private void _nothing;

                protected override void Process() { }
            }
            """));

        Diagnostic error = Assert.Single(run.CompilationErrors);
        Assert.Equal(("CS0670", "Scripts/VoidField.pine.cs"), (error.Id, error.Location.SourceTree?.FilePath));
        Assert.Empty(run.GeneratorDiagnostics);
    }

    /// <summary>The feature-rich script itself is valid: no diagnostics, and its output compiles.</summary>
    [Fact]
    public void The_feature_rich_script_compiles_without_diagnostics()
    {
        GeneratorRun run = GeneratorHarness.Run(new TestSource("Scripts/FeatureRich.pine.cs", Text(FeatureRichName)));

        Assert.Null(run.Result.Exception);
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
    }

    private static string Text(string name) => name == FeatureRichName
        ? File.ReadAllText(Path.Combine(TestProjectDirectory.Path, "Prefixes", "FeatureRich.pine.cs")).Replace("\r\n", "\n", StringComparison.Ordinal)
        : GoldenFile.ReadInput(name);
}
