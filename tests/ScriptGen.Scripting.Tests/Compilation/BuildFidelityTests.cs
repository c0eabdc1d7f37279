using System.Globalization;
using System.Text.RegularExpressions;
using ScriptGen.Scripting.Tests.Infrastructure;

namespace ScriptGen.Scripting.Tests.Compilation;

/// <summary>
/// <see cref="ScriptParser.Check"/> reports the IDs and positions <c>dotnet build</c> reports for the same
/// text, in a project consuming the runtime and the generator as a package user's project does.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class BuildFidelityTests
{
    private const string Text = """
        namespace Fidelity;

        [Indicator("Fidelity")]
        public partial class FidelityProbe
        {
            private int _length;

            protected override void Setup() => _length = input.Int(14, "Length");

            protected override void Process()
            {
                int late = input.Int(3, "Late");
                double value = undefinedName + ta.Sma(close, _length);
                int unused = 3;
                string text = null;
                chart.Plot(value, "Value");
            }
        }
        """;

    [Fact]
    public void Check_reports_the_errors_and_warnings_dotnet_build_reports_at_the_same_positions()
    {
        using var folder = new TempFolder("fidelity");
        string project = folder.Combine("project");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Fidelity.csproj"), ProjectFile(TestFiles.RepositoryRoot, AppContext.BaseDirectory));
        File.WriteAllText(Path.Combine(project, "Script.pine.cs"), Text);

        // The project references the runtime and the generator this test runs with (copied next to it), so only the
        // script compiles: building them from their projects again took most of this test's 35 s. Without the .NET
        // analyzers (CA ids, not compared) that build is cheaper; the script's CS and SG diagnostics do not change.
        Dotnet.Result build = Dotnet.Run(
            project,
            TimeSpan.FromMinutes(4),
            "build", "Fidelity.csproj", "--artifacts-path", folder.Combine("artifacts"), "-nodeReuse:false",
            "-p:TreatWarningsAsErrors=false", "-p:EnableNETAnalyzers=false");
        using var parser = new ScriptParser(new ScriptParserOptions { Trust = ScriptTrust.Trusted, ReferenceHostScripts = false });
        IReadOnlyList<ScriptDiagnostic> check = parser.Check([new ScriptSource(Text, "Script.pine.cs")]);

        (string, string, int, int)[] expected = Reported(build.Output);
        (string, string, int, int)[] actual = check
            .Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal) || d.Id.StartsWith("SG", StringComparison.Ordinal))
            .Select(d => (d.IsError ? "error" : "warning", d.Id, d.Line, d.Column))
            .Distinct()
            .Order()
            .ToArray();
        Assert.True(build.ExitCode != 0, "the build should fail on the script's errors:\n" + build.Output);
        Assert.Contains(expected, d => d.Item2 == "CS0103");
        Assert.Contains(expected, d => d.Item2 == "SG0015");
        Assert.Contains(expected, d => d.Item1 == "warning");
        Assert.Equal(expected, actual);
    }

    /// <summary>
    /// A project like the repository's script projects (Directory.Build.targets), outside the repository, referencing the
    /// runtime and the generator built for this test (<paramref name="binaries"/>) as the package does: the runtime as a
    /// reference, the generator as an analyzer, the package's build logic imported.
    /// </summary>
    private static string ProjectFile(string root, string binaries) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <Reference Include="{Path.Combine(binaries, "ScriptGen.dll")}" />
            <Reference Include="{Path.Combine(binaries, "Microsoft.Data.Analysis.dll")}" />
            <Analyzer Include="{Path.Combine(binaries, "ScriptGen.Generator.dll")}" />
          </ItemGroup>
          <Import Project="{root}/src/ScriptGen/buildTransitive/ScriptGen.targets" />
        </Project>
        """;

    /// <summary>The CS and SG diagnostics the build reported in the script, each once.</summary>
    private static (string, string, int, int)[] Reported(string output) =>
        output.Split('\n')
            .Select(line => BuildDiagnostic().Match(line))
            .Where(m => m.Success)
            .Select(m => (
                m.Groups["severity"].Value,
                m.Groups["id"].Value,
                int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .Order()
            .ToArray();

    [GeneratedRegex(@"Script\.pine\.cs\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>(CS|SG)\d+):")]
    private static partial Regex BuildDiagnostic();
}
