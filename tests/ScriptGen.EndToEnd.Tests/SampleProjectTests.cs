using System.Text.RegularExpressions;

namespace ScriptGen.EndToEnd.Tests;

/// <summary>The sample project built once from scratch in a temp folder, outside the test's own build.</summary>
public sealed class BuiltSample : IDisposable
{
    private readonly TempFolder _artifacts = Repository.NewTempFolder("samples");

    public BuiltSample()
    {
        ProcessRunner.Dotnet(
            Repository.Root,
            "build", Repository.PathTo("samples/ScriptGen.Samples/ScriptGen.Samples.csproj"),
            "--artifacts-path", _artifacts.Path, "-nodeReuse:false", "-warnaserror");
        Assembly = _artifacts.Combine("bin", "ScriptGen.Samples", "debug", "ScriptGen.Samples.dll");
    }

    public string Assembly { get; }

    public ProcessRunner.Result Run(params string[] arguments) =>
        ProcessRunner.Run("dotnet", _artifacts.Path, [Assembly, .. arguments]);

    public void Dispose() => _artifacts.Dispose();
}

/// <summary>
/// The sample run as the README's first command runs it: the report must be complete, and its MACD
/// backtest must agree with TradingView's Strategy Tester on the number of trades.
/// </summary>
public sealed class SampleProjectTests(BuiltSample sample) : IClassFixture<BuiltSample>
{
    [Fact]
    public void The_default_run_backtests_EMA_Cross_and_prints_the_full_report()
    {
        ProcessRunner.Result run = sample.Run();

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("EMA Cross (ScriptGen.Samples.Scripts.EmaCross)", run.Output);
        foreach (string line in new[] { "EURUSD: 23,054 bars of 1h", "Net profit", "Gross profit", "Max drawdown", "Closed trades", "Percent profitable",
            "Sharpe ratio", "Sortino ratio", "Buy & hold return", "Trades (last 20 of " })
        {
            Assert.Contains(line, run.Output);
        }
    }

    [Fact]
    public void The_report_shown_in_the_README_is_what_the_first_command_prints()
    {
        string readme = File.ReadAllText(Repository.PathTo("README.md"));
        int start = readme.IndexOf("```text\n", StringComparison.Ordinal) + "```text\n".Length;
        string[] shown = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Trim() != "...")
            .ToArray();

        string[] printed = sample.Run().Output.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

        Assert.True(shown.Length > 10, "the README should show the report");
        Assert.All(shown, line => Assert.Contains(line, printed));
    }

    [Fact]
    public void The_MACD_sample_makes_as_many_trades_as_TradingView_did()
    {
        ProcessRunner.Result run = sample.Run("MACD Strategy");

        // TradingView's list for this strategy on this data: one row pair per trade, the last still open.
        string[] tradingView = File.ReadAllLines(Repository.PathTo("tests/data/tradingview/strategy/macd_trades.csv"));
        int closedTrades = (tradingView.Length - 1) / 2 - 1;
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex($@"Closed trades\s+{closedTrades}\s"), run.Output); // the "All" column
    }

    [Fact]
    public void A_bad_input_gets_one_clear_line_and_a_non_zero_exit()
    {
        ProcessRunner.Result run = sample.Run("EmaCross", "Fast=3");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Script 'EMA Cross' has no input 'Fast'; valid inputs: FastLength", run.Error);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
