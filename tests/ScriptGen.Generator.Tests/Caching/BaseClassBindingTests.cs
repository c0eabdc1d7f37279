using Microsoft.CodeAnalysis;
using ScriptGen.Generator.Tests.Infrastructure;

namespace ScriptGen.Generator.Tests.Caching;

/// <summary>
/// A script that names no base class is bound only in a fork of the compilation that adds the base the generated part
/// will add; whether it names one is read from its syntax, so a base (or interfaces) written in another part of the
/// class must send it back to the compilation itself, and it must generate exactly what it generates without that part.
/// </summary>
public sealed class BaseClassBindingTests
{
    private const string ScriptPath = "Scripts/EmaCross.pine.cs";
    private const string PartPath = "Scripts/EmaCross.Part.cs";

    [Fact]
    public void A_base_class_written_in_another_part_generates_what_no_base_generates()
    {
        GeneratorRun alone = GeneratorHarness.Run(Script());

        GeneratorRun withPart = GeneratorHarness.Run(Script(), Part("public partial class EmaCross : StrategyScript { }"));

        AssertClean(alone);
        AssertClean(withPart);
        Assert.Equal(Generated(alone), Generated(withPart));
    }

    [Fact]
    public void An_interface_written_in_another_part_generates_what_no_base_generates()
    {
        GeneratorRun alone = GeneratorHarness.Run(Script());

        GeneratorRun withPart = GeneratorHarness.Run(Script(), Part("public partial class EmaCross : System.IDisposable { public void Dispose() { } }"));

        AssertClean(alone);
        AssertClean(withPart);
        Assert.Equal(Generated(alone), Generated(withPart));
    }

    /// <summary>Two scripts in one run: the first binds in a fork of its own, the second in the fork shared by the rest.</summary>
    [Fact]
    public void The_first_script_and_the_rest_generate_what_each_generates_alone()
    {
        TestSource rsi = new("Scripts/Rsi.pine.cs", GoldenFile.ReadInput("Rsi"));
        GeneratorRun both = GeneratorHarness.Run(Script(), rsi);

        AssertClean(both);
        Assert.Equal(Generated(GeneratorHarness.Run(Script())), Generated(both, "EmaCross"));
        Assert.Equal(Generated(GeneratorHarness.Run(rsi), "Rsi"), Generated(both, "Rsi"));
    }

    private static TestSource Script() => new(ScriptPath, GoldenFile.ReadInput("EmaCross"));

    private static TestSource Part(string declaration) => new(PartPath, $"using ScriptGen;\n\nnamespace ScriptGen.Samples.Scripts;\n\n{declaration}\n");

    private static void AssertClean(GeneratorRun run)
    {
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationErrors);
    }

    /// <summary>The script's generated part (the interceptors and every generated member).</summary>
    private static string Generated(GeneratorRun run, string script = "EmaCross") =>
        Assert.Single(run.GeneratedSources, s => s.HintName.EndsWith(script + ".g.cs", StringComparison.Ordinal)).SourceText.ToString();
}
