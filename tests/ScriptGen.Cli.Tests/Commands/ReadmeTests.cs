using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary>
/// The README's first command, the tool backtesting a sample on the bundled bars, prints the report the
/// README shows and writes the HTML report; the samples ported from TradingView agree with its trade counts.
/// </summary>
public sealed class ReadmeTests : IDisposable
{
    private readonly Tool tool = Tool.Shared;
    private readonly TempFolder _work = new("cli-readme");

    public void Dispose() => _work.Dispose();

    /// <summary>The arguments of the README's first command (after <c>dotnet run --project src/ScriptGen.Cli --</c>), paths made absolute.</summary>
    private static string[] FirstCommandArguments()
    {
        string readme = File.ReadAllText(Repository.PathTo("README.md"));
        int block = readme.IndexOf("```sh\n", StringComparison.Ordinal) + "```sh\n".Length;
        string line = readme[block..readme.IndexOf('\n', block)];
        const string prefix = "dotnet run --project src/ScriptGen.Cli -- ";
        Assert.StartsWith(prefix, line);
        string command = line[prefix.Length..];
        int comment = command.IndexOf(" #", StringComparison.Ordinal);
        return (comment < 0 ? command : command[..comment]).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => File.Exists(Repository.PathTo(a)) ? Repository.PathTo(a) : a)
            .ToArray();
    }

    [Fact]
    public void The_first_command_prints_the_report_the_README_shows_and_writes_the_html_report()
    {
        string[] arguments = FirstCommandArguments();
        Assert.Equal("backtest", arguments[0]);
        Assert.Contains("--report", arguments);

        ProcessResult run = tool.Run(_work.Path, arguments);

        Assert.True(run.ExitCode == 0, run.ToString());
        string readme = File.ReadAllText(Repository.PathTo("README.md"));
        int start = readme.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        string[] shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Trim() != "...")
            .ToArray();
        Assert.True(shown.Length > 10, "the README shows the report");
        Assert.All(shown, line => Assert.Contains(line, run.OutputLines));
        string report = arguments[Array.IndexOf(arguments, "--report") + 1];
        Assert.True(File.Exists(Path.Combine(_work.Path, report)), "the HTML report is written");
    }

    [Fact]
    public void The_MACD_sample_makes_as_many_trades_as_TradingView_did()
    {
        ProcessResult run = tool.Run(_work.Path, "backtest", Repository.Sample("MacdStrategy"), "--data", Repository.Bars, "--symbol-file", Repository.Symbol);

        // TradingView's list for this strategy on this data: one row pair per trade, the last still open.
        string[] tradingView = File.ReadAllLines(Repository.PathTo("tests/data/tradingview/strategy/macd_trades.csv"));
        int closedTrades = (tradingView.Length - 1) / 2 - 1;
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex($@"Closed trades\s+{closedTrades}\s"), run.Output);
        Assert.Contains("Initial capital 100,000.00 USD, quantity 100000 per entry", run.Output); // a readable size: net profit in dollars, not 0.00852
    }
}
