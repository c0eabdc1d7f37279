using System.Text.RegularExpressions;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The README's "Use it in your own project" commands (run once for the collection, <see cref="ReadmeFeed"/>): the
/// console project they make runs a script and writes its HTML report, and the tool installed from the feed prints
/// the same run of the same file.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class ReadmeProjectTests(ReadmeFeed readme)
{
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
    public void The_README_packs_every_package_it_names_with_one_version()
    {
        readme.RequireSuccess();
        string[] packed = Directory.GetFiles(readme.Folder, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        Assert.Equal(
            new[] { "ScriptGen", "ScriptGen.Cli", "ScriptGen.Parquet", "ScriptGen.Reports.Html", "ScriptGen.Scripting" }.Select(id => $"{id}.{readme.Version}.nupkg"),
            packed);
    }
}
