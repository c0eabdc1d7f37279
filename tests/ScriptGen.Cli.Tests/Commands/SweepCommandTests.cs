using System.Text.RegularExpressions;
using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary><c>scriptgen sweep</c>: every combination of the grid, ranked, deterministically.</summary>
public sealed class SweepCommandTests : IDisposable
{
    private readonly Tool tool = Tool.Shared;
    private readonly TempFolder _work = new("cli-sweep");

    public void Dispose() => _work.Dispose();

    private ProcessResult Sweep(params string[] more) =>
        tool.Run(_work.Path, ["sweep", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", Repository.Symbol, .. more]);

    [Fact]
    public void Runs_every_combination_and_ranks_them_by_net_profit()
    {
        ProcessResult run = Sweep("--grid", "FastLength=5..20:5", "--grid", "SlowLength=30,50", "--top", "3", "--csv", "runs.csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("EMA Cross: best 3 of 8 runs by net profit", run.Output);
        string[] csv = File.ReadAllLines(_work.Combine("runs.csv"));
        Assert.Equal(8 + 1, csv.Length);
        Assert.StartsWith("run,FastLength,SlowLength,net_profit,", csv[0]);
        Assert.StartsWith("0,5,30,", csv[1]);
        Assert.StartsWith("7,20,50,", csv[8]);

        // The table's first row is the run with the largest net profit in the CSV.
        double best = csv.Skip(1).Select(line => double.Parse(line.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)).Max();
        Match first = Regex.Match(run.Output, @"^\s+1\s+(\d+)\s+(\d+)\s+(-?[\d,]+\.\d\d)", RegexOptions.Multiline);
        Assert.True(first.Success, run.Output);
        Assert.Equal(Math.Round(best, 2), double.Parse(first.Groups[3].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(run.ErrorLines, line => line.StartsWith("8 runs of 23,054 bars in ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ties_keep_grid_order_so_the_ranking_is_the_same_every_time()
    {
        // A fast EMA as long as the slow one is the same EMA: it never crosses, so those runs make no trade and tie.
        string[] arguments = ["--grid", "FastLength=10,20,30", "--grid", "SlowLength=10,20,30", "--sort", "maxdd", "--top", "0", "--parallel", "2"];
        ProcessResult first = Sweep(arguments);
        ProcessResult second = Sweep(arguments);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Output, second.Output);
        string[] ranked = Regex.Matches(first.Output, @"^\s+\d+\s+(\d+)\s+(\d+)\s", RegexOptions.Multiline).Select(m => $"{m.Groups[1]}/{m.Groups[2]}").ToArray();
        Assert.Equal(9, ranked.Length);
        Assert.Equal(["10/10", "20/20", "30/30"], ranked.Take(3)); // no drawdown at all, in grid order
    }

    [Theory]
    [InlineData("FastLength", "--grid FastLength: expected Name=from..to[:step] or Name=a,b,c.")]
    [InlineData("FastLength=10..5", "--grid FastLength=10..5: the range runs from 10 down to 5; give the smaller bound first.")]
    [InlineData("FastLength=1..5:0", "--grid FastLength=1..5:0: the step must be positive.")]
    [InlineData("FastLength=0..3", "--grid FastLength=0: ")]
    [InlineData("Fast=1..3", "--grid Fast=1: Script 'EMA Cross' has no input 'Fast'")]
    public void A_bad_grid_is_a_usage_error_naming_it(string grid, string message)
    {
        ProcessResult run = Sweep("--grid", grid);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + message, run.ErrorLines.Single());
    }

    [Fact]
    public void Without_drawdown_max_drawdown_is_na_and_every_other_figure_is_the_full_runs()
    {
        string[] grid = ["--grid", "FastLength=5..20:5", "--grid", "SlowLength=30,50", "--top", "0"];
        ProcessResult full = Sweep([.. grid, "--csv", "full.csv"]);
        ProcessResult lean = Sweep([.. grid, "--csv", "lean.csv", "--no-drawdown"]);

        Assert.True(full.ExitCode == 0, full.ToString());
        Assert.True(lean.ExitCode == 0, lean.ToString());
        string[][] fullRows = [.. File.ReadAllLines(_work.Combine("full.csv")).Select(line => line.Split(','))];
        string[][] leanRows = [.. File.ReadAllLines(_work.Combine("lean.csv")).Select(line => line.Split(','))];
        Assert.Equal(fullRows[0], leanRows[0]);
        int maxDrawdown = Array.IndexOf(fullRows[0], "max_drawdown");
        foreach ((string[] withDrawdown, string[] without) in fullRows.Skip(1).Zip(leanRows.Skip(1)))
        {
            Assert.True(double.Parse(withDrawdown[maxDrawdown], System.Globalization.CultureInfo.InvariantCulture) > 0);
            Assert.Equal("", without[maxDrawdown]);
            Assert.Equal("", without[maxDrawdown + 1]);
            Assert.Equal(withDrawdown.Where((_, i) => i != maxDrawdown && i != maxDrawdown + 1), without.Where((_, i) => i != maxDrawdown && i != maxDrawdown + 1));
        }

        // The same ranking by net profit: rank, inputs and net profit of each row.
        string[] Ranking(ProcessResult run) => [.. Regex.Matches(run.Output, @"^\s+\d+\s+\d+\s+\d+\s+\S+", RegexOptions.Multiline).Select(m => m.Value)];
        Assert.Equal(8, Ranking(full).Length);
        Assert.Equal(Ranking(full), Ranking(lean));
    }

    [Fact]
    public void No_drawdown_with_a_sort_by_max_drawdown_is_a_usage_error()
    {
        ProcessResult run = Sweep("--grid", "FastLength=5", "--sort", "maxdd", "--no-drawdown");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --no-drawdown leaves max drawdown na, and --sort maxdd ranks by it", run.ErrorLines.Single());
    }

    [Fact]
    public void An_unknown_sort_key_lists_the_keys()
    {
        ProcessResult run = Sweep("--grid", "FastLength=5", "--sort", "profit");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("netprofit", run.Error);
        Assert.Contains("maxdd", run.Error);
    }

    [Fact]
    public void A_script_that_reads_closed_trades_needs_keep_trades()
    {
        // The runs tally their trades and let them go unless told to keep them; the script reads the last one's profit.
        File.WriteAllText(_work.Combine("LastTrade.pine.cs"), """
            using ScriptGen;

            [Strategy("Last Trade", InitialCapital = 100_000, DefaultQuantity = 100_000)]
            public partial class LastTrade
            {
                [Input("Length", MinValue = 1)] public int Length { get; init; } = 10;
                public double LastProfit { get; private set; }

                protected override void Process()
                {
                    if (ta.Crossover(close, ta.Sma(close, Length))) strategy.Entry("Long", Direction.Long);
                    if (ta.Crossunder(close, ta.Sma(close, Length))) strategy.Entry("Short", Direction.Short);
                    if (strategy.ClosedTrades.Count > 0) LastProfit = strategy.ClosedTrades[strategy.ClosedTrades.Count - 1].Profit;
                }
            }
            """);
        string[] sweep = ["sweep", "LastTrade.pine.cs", "--data", Repository.Bars, "--symbol-file", Repository.Symbol, "--grid", "Length=10,20"];

        ProcessResult lean = tool.Run(_work.Path, sweep);
        ProcessResult kept = tool.Run(_work.Path, [.. sweep, "--keep-trades"]);

        Assert.True(lean.ExitCode != 0, lean.ToString());
        Assert.Contains("--keep-trades", lean.Error);
        Assert.True(kept.ExitCode == 0, kept.ToString());
        Assert.StartsWith("Last Trade: best 2 of 2 runs by net profit", kept.Output);
    }

    [Fact]
    public void An_indicator_cannot_be_swept()
    {
        ProcessResult run = tool.Run(_work.Path, "sweep", Repository.Sample("Rsi"), "--data", Repository.Bars, "--grid", "Length=5..10");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: 'Relative Strength Index' is an indicator; sweep runs strategies.", run.ErrorLines.Single());
    }
}
