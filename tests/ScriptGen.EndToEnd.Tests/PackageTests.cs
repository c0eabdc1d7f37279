using System.IO.Compression;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The NuGet packages as a user gets them: the runtime (with the generator) and the script engine, packed
/// by the README's commands (once, <see cref="ReadmeFeed"/>), then referenced by a fresh console project outside the repository (so none of the
/// repository's build files apply) that compiles a .pine.cs script in the project and runs it, and runs
/// the same file from its text through the engine.
/// </summary>
public sealed class PackageTests
{
    private readonly ReadmeFeed feed = ReadmeFeed.Shared;

    [Fact]
    public void A_fresh_console_project_referencing_the_packages_runs_a_script_compiled_in_the_project_and_from_text()
    {
        feed.RequireSuccess();
        using TempFolder work = Repository.NewTempFolder("package");
        string version = feed.Version;
        AssertPackageLayout(feed.Package("ScriptGen"));
        AssertEnginePackageLayout(feed.Package("ScriptGen.Scripting"));

        string app = work.Combine("app");
        Directory.CreateDirectory(Path.Combine(app, "Scripts"));
        File.WriteAllText(Path.Combine(app, "nuget.config"), feed.NugetConfig(app));
        File.WriteAllText(Path.Combine(app, "App.csproj"), ConsoleProject(version));
        File.WriteAllText(Path.Combine(app, "Scripts", "Breakout.pine.cs"), Script);
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

        ProcessRunner.Dotnet(app, "build", "-nodeReuse:false", "-warnaserror");
        string output = ProcessRunner.Dotnet(app, "run", "--no-build");

        // Closes 1,2,3,4,5,6,3,2 (each bar opens at the previous close). At bar 3 the close (4) breaks the
        // previous bar's 3-bar high (3): the long fills at bar 4's open (4). The fall at bar 6 closes
        // it at bar 7's open (3): profit 3 - 4 = -1. Plot "Close" on bar 5 is that bar's close, 6.
        Assert.Equal(
            "compiled: trades=1 entry=4 exit=3 profit=-1 plot[5]=6 inputs=Length\n" +
            "from text: trades=1 entry=4 exit=3 profit=-1 plot[5]=6 inputs=Length",
            output.Trim().ReplaceLineEndings("\n"));
    }

    private static void AssertEnginePackageLayout(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/ScriptGen.Scripting.dll", entries);
        Assert.Contains("lib/net10.0/ScriptGen.Generator.dll", entries); // the generator runs inside the engine
        using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        string manifest = nuspec.ReadToEnd();
        Assert.DoesNotContain("id=\"ScriptGen.Generator\"", manifest, StringComparison.Ordinal); // no package of that name exists
        Assert.Contains("id=\"ScriptGen\"", manifest, StringComparison.Ordinal);
    }

    private static void AssertPackageLayout(string package)
    {
        using ZipArchive zip = ZipFile.OpenRead(package);
        string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/ScriptGen.dll", entries);
        Assert.Contains("lib/net10.0/ScriptGen.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/ScriptGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ScriptGen.CodeFixes.dll", entries); // loaded by an IDE; the build above shows the compiler ignores it
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) && e.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.Contains("buildTransitive/ScriptGen.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/netstandard2.0", StringComparison.Ordinal));
    }

    // InterceptorsNamespaces is assigned plainly on purpose: the package's buildTransitive .targets must extend it, not lose to it.
    private static string ConsoleProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <InterceptorsNamespaces>App.Unrelated</InterceptorsNamespaces>
            <RestorePackagesPath>packages</RestorePackagesPath>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ScriptGen" Version="{version}" />
            <PackageReference Include="ScriptGen.Scripting" Version="{version}" />
            <None Include="Scripts/*.pine.cs" CopyToOutputDirectory="PreserveNewest" />
          </ItemGroup>
        </Project>
        """;

    private const string Script = """
        using ScriptGen;

        namespace App.Scripts;

        [Strategy("Breakout")]
        public partial class Breakout
        {
            [Input("Length", MinValue = 1)] public int Length { get; init; } = 3;

            protected override void Process()
            {
                double previousHigh = ta.Highest(close, Length);
                if (close > previousHighs[1] && strategy.PositionSize == 0)
                {
                    strategy.Entry("Long", Direction.Long);
                }

                if (close < close[1] && strategy.PositionSize > 0)
                {
                    strategy.Close("Long");
                }

                previousHighs.Value = previousHigh;
                chart.Plot(close, "Close");
            }

            readonly Series<double> previousHighs = new();
        }
        """;

    private const string Program = """
        using ScriptGen;
        using App.Scripts;

        double[] closes = [1, 2, 3, 4, 5, 6, 3, 2];
        long[] times = closes.Select((_, i) => 1_700_000_000_000L + i * 60_000L).ToArray();
        double[] opens = closes.Select((c, i) => i == 0 ? c : closes[i - 1]).ToArray();
        Bars bars = Bars.FromArrays(times, opens, closes.Zip(opens, Math.Max).ToArray(), closes.Zip(opens, Math.Min).ToArray(), closes);

        Report("compiled", new RuntimeEnvironment().RunStrategy<Breakout>(bars));

        // The same file as text, through the engine (untrusted, as text from elsewhere is by default). The
        // project's own Breakout is not made visible to the text, whose copy would clash with it.
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Scripts", "Breakout.pine.cs"));
        using var engine = new ScriptGen.Scripting.ScriptEngine(new ScriptGen.Scripting.ScriptEngineOptions { ReferenceHostScripts = false });
        Report("from text", engine.RunStrategy(text, bars));

        static void Report(string how, StrategyResult result)
        {
            Trade trade = result.ClosedTrades.Single();
            Console.WriteLine($"{how}: trades={result.ClosedTrades.Count} entry={trade.EntryPrice} exit={trade.ExitPrice} profit={trade.Profit} plot[5]={result.GetPlot("Close").Values.Span[5]} inputs={result.Script.Inputs[0].Name}");
        }
        """;
}
