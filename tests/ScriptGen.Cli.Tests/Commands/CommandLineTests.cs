using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary>The .NET tool conventions: help, version, exit code 2 for a command line that does not parse.</summary>
public sealed class CommandLineTests
{
    private readonly Tool tool = Tool.Shared;
    [Fact]
    public void Help_lists_the_commands()
    {
        ProcessResult run = tool.Run(Repository.Root, "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "backtest", "check", "inputs", "sweep" })
        {
            Assert.Matches($@"(?m)^\s+{command}\s", run.Output);
        }
    }

    [Fact]
    public void Each_command_has_help_naming_its_options()
    {
        ProcessResult run = tool.Run(Repository.Root, "backtest", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (string option in new[] { "--data", "--symbol-file", "--symbol", "--mintick", "--pointvalue", "--qtystep", "--currency", "--timezone",
            "--prefix", "--kind", "--basecurrency", "--session", "--premarket", "--postmarket",
            "--set", "--columns", "--from", "--to", "--report", "--trades", "--json", "--plots", "--chart", "--alerts", "--untrusted", "--cache-dir", "--verbose" })
        {
            Assert.Contains(option, run.Output);
        }
    }

    [Fact]
    public void Version_prints_the_version()
    {
        ProcessResult run = tool.Run(Repository.Root, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
    }

    [Theory]
    [InlineData("backtest")]
    [InlineData("backtest", "x.pine.cs")]
    [InlineData("backtest", "x.pine.cs", "--data", "d.csv", "--unknown")]
    [InlineData("frobnicate")]
    [InlineData("sweep", "x.pine.cs", "--data", "d.csv")]
    public void A_command_line_that_does_not_parse_exits_with_2_and_says_why(params string[] arguments)
    {
        ProcessResult run = tool.Run(Repository.Root, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains("--help' for usage.", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public void A_missing_script_file_is_a_usage_error()
    {
        ProcessResult run = tool.Run(Repository.Root, "backtest", "Missing.pine.cs", "--data", Repository.Bars);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Script file 'Missing.pine.cs' does not exist.", run.ErrorLines.Single());
    }
}
