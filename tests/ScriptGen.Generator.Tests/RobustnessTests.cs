using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests;

/// <summary>
/// In an IDE the generator runs on half-typed code on every keystroke. A crash there (CS8785) drops
/// every generated file of the project, so the user sees hundreds of unrelated errors. Each script
/// is cut at every 10th character and the generator must never throw, nor report its own failure (SG9001).
/// </summary>
public sealed class RobustnessTests
{
    private const int Stride = 10;

    public static TheoryData<string> Scripts => GoldenFileTests.Cases;

    [Theory]
    [MemberData(nameof(Scripts))]
    public void The_generator_survives_every_truncation_of_a_script(string name)
    {
        string text = GoldenFile.ReadInput(name);
        var source = new TestSource($"Scripts/{name}.pine.cs", text);

        // One driver for all cuts, as in an editor: the incremental path runs on each new text.
        Compilation compilation = GeneratorHarness.CreateCompilation(source);
        GeneratorDriver driver = GeneratorHarness.CreateDriver();
        var failures = new List<string>();
        for (int length = 0; length < text.Length; length += Stride)
        {
            SyntaxTree previous = compilation.SyntaxTrees.Single();
            compilation = compilation.ReplaceSyntaxTree(previous, GeneratorHarness.Parse(source with { Text = text[..length] }));
            GeneratorRun run = GeneratorHarness.Run(driver, compilation);
            driver = run.Driver;

            if (run.Result.Exception is { } exception)
            {
                failures.Add($"cut at {length}: {exception.GetType().Name}: {exception.Message}");
            }
            // CS8785: the driver caught a crash. SG9001: the parser caught one and called it a bug.
            foreach (Diagnostic crash in run.GeneratorDiagnostics.Where(d => d.Id is "CS8785" or "SG9001"))
            {
                failures.Add($"cut at {length}: {crash.Id} {crash.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        Assert.Empty(failures);
    }
}
