using System.Text.RegularExpressions;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The README's "Use it in your own project" commands, run line for line with bash from the repository's root:
/// pack every package to a folder feed with a version of its own, make a console project that references
/// them, compile and run a script in it (the report printed, the HTML report written), then install the tool
/// from the feed and backtest the same file with it. Home is a temp folder (the feed and the project go
/// there); NuGet's package folder is the machine's, and this run's packages are removed from it afterwards.
/// </summary>
public sealed class ReadmeProjectTests
{
    [Fact]
    public void The_README_commands_make_a_project_that_runs_a_script_and_writes_its_report_and_the_tool_runs_it_too()
    {
        string commands = ReadmeCommands();
        using TempFolder home = Repository.NewTempFolder("readme-home");
        string packages = GlobalPackagesFolder();
        ProcessRunner.Result run = ProcessRunner.Run(
            "bash",
            Repository.Root,
            ["-euo", "pipefail", "-c", commands],
            new Dictionary<string, string> { ["HOME"] = home.Path, ["NUGET_PACKAGES"] = packages });
        try
        {
            Assert.True(run.ExitCode == 0, $"The README's commands failed with exit code {run.ExitCode}.\n--- stdout\n{run.Output}\n--- stderr\n{run.Error}");
            string project = home.Combine("MyStrategies");
            // dotnet run printed the report of the script compiled in the project, and wrote the HTML report.
            Assert.Contains("SMA Cross (MyStrategies.SmaCross)", run.Output);
            Assert.Contains("EURUSD: 23,054 bars of 1h", run.Output);
            Assert.True(File.Exists(Path.Combine(project, "report.html")), "Program.cs wrote report.html");
            // The tool compiled the same file from its text and printed the same run.
            Assert.Equal(2, Regex.Matches(run.Output, @"Performance \(USD\)").Count);
            Assert.True(File.Exists(Path.Combine(project, "tool-report.html")), "the tool wrote tool-report.html");
            string[] netProfit = Regex.Matches(run.Output, @"(?m)^  Net profit .*$").Select(m => m.Value).ToArray();
            Assert.Equal(2, netProfit.Length);
            Assert.Equal(netProfit[0], netProfit[1]);
        }
        finally
        {
            RemoveThisRunsPackages(home.Combine("scriptgen-feed"), packages);
        }
    }

    /// <summary>The first sh block after the README's "Use it in your own project" heading.</summary>
    private static string ReadmeCommands()
    {
        string readme = File.ReadAllText(Repository.PathTo("README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf("## Use it in your own project\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "the README has a section 'Use it in your own project'");
        int start = readme.IndexOf("```sh\n", section, StringComparison.Ordinal) + "```sh\n".Length;
        int end = readme.IndexOf("\n```\n", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static string GlobalPackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Removes the packed versions (unique to this run) from NuGet's package folder.</summary>
    private static void RemoveThisRunsPackages(string feed, string packages)
    {
        if (!Directory.Exists(feed))
        {
            return;
        }

        foreach (string package in Directory.GetFiles(feed, "*.nupkg"))
        {
            Match name = Regex.Match(Path.GetFileNameWithoutExtension(package), @"^(?<id>.+?)\.(?<version>\d+\.\d+\.\d+-dev\.\d+)$");
            string folder = Path.Combine(packages, name.Groups["id"].Value.ToLowerInvariant(), name.Groups["version"].Value);
            if (name.Success && Directory.Exists(folder))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }
}
