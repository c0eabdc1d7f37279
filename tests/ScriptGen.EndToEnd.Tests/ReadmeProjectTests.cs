using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The README's "Use it in your own project" commands (run once for every test, <see cref="ReadmeFeed.Shared"/>): the
/// console project they make runs a script and writes its HTML report, and the tool installed from the feed prints
/// the same run of the same file.
/// </summary>
public sealed class ReadmeProjectTests
{
    private readonly ReadmeFeed readme = ReadmeFeed.Shared;

    [Fact]
    public void The_README_commands_make_a_project_that_runs_a_script_and_writes_its_report_and_the_tool_runs_it_too()
    {
        readme.RequireSuccess();
        string output = readme.Run.Output;
        string project = Path.Combine(readme.Home, "MyStrategies");
        // dotnet run printed the report of the script compiled in the project, and wrote the HTML report.
        Assert.Contains("SMA Cross (MyStrategies.SmaCross)", output);
        Assert.Contains("EURUSD: 23,054 bars of 1h", output);
        Assert.True(File.Exists(Path.Combine(project, "report.html")), "Program.cs wrote report.html");
        // The tool compiled the same file from its text and printed the same run.
        Assert.Equal(2, Regex.Matches(output, @"Performance \(USD\)").Count);
        Assert.True(File.Exists(Path.Combine(project, "tool-report.html")), "the tool wrote tool-report.html");
        string[] netProfit = Regex.Matches(output, @"(?m)^  Net profit .*$").Select(m => m.Value).ToArray();
        Assert.Equal(2, netProfit.Length);
        Assert.Equal(netProfit[0], netProfit[1]);
    }

    [Fact]
    public void The_README_packs_every_package_it_names_with_one_version_and_the_tool_per_platform()
    {
        readme.RequireSuccess();
        string[] packed = Directory.GetFiles(readme.Folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        string[] expected =
        [
            "ScriptGen", "ScriptGen.Cli", "ScriptGen.Cli.any", $"ScriptGen.Cli.{RuntimeInformation.RuntimeIdentifier}",
            "ScriptGen.Parquet", "ScriptGen.Reports.Html", "ScriptGen.Scripting",
        ];
        Assert.Equal(expected.Select(id => $"{id}.{readme.Version}.nupkg").Order(StringComparer.Ordinal), packed);
    }

    [Fact]
    public void The_tool_installed_from_the_feed_is_this_platforms_precompiled_package()
    {
        readme.RequireSuccess();
        string platform = RuntimeInformation.RuntimeIdentifier;

        // dotnet tool install took the package for this platform, not the portable one.
        Assert.True(Directory.Exists(Path.Combine(readme.GlobalPackages, $"scriptgen.cli.{platform}", readme.Version)), $"the tool's {platform} package was installed");
        Assert.False(Directory.Exists(Path.Combine(readme.GlobalPackages, "scriptgen.cli.any", readme.Version)), "the portable package was not installed");

        // Its assemblies on a backtest's path carry ReadyToRun code; the cluster's (Orleans) stay IL; the portable package is all IL.
        string platformPackage = readme.Package($"ScriptGen.Cli.{platform}");
        foreach (string assembly in new[] { "ScriptGen.dll", "ScriptGen.Cli.dll", "Microsoft.CodeAnalysis.CSharp.dll", "Spectre.Console.dll" })
        {
            Assert.True(IsReadyToRun(platformPackage, $"tools/net10.0/{platform}/{assembly}"), $"{assembly} in the {platform} package is ReadyToRun");
        }

        Assert.False(IsReadyToRun(platformPackage, $"tools/net10.0/{platform}/Orleans.Core.dll"), "Orleans.Core.dll is left IL");
        Assert.False(IsReadyToRun(readme.Package("ScriptGen.Cli.any"), "tools/net10.0/any/ScriptGen.dll"), "the portable package's ScriptGen.dll is IL");
    }

    /// <summary>Whether the assembly at <paramref name="entry"/> of a package has a ReadyToRun header (precompiled code).</summary>
    private static bool IsReadyToRun(string package, string entry)
    {
        using ZipArchive archive = ZipFile.OpenRead(package);
        ZipArchiveEntry file = archive.GetEntry(entry) ?? throw new InvalidOperationException($"{Path.GetFileName(package)} has no {entry}");
        using var image = new MemoryStream();
        using (Stream stream = file.Open())
        {
            stream.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
