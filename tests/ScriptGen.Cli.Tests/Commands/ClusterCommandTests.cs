using ScriptGen.Cli.Tests.Infrastructure;

namespace ScriptGen.Cli.Tests.Commands;

/// <summary>
/// <c>scriptgen silo</c> and <c>scriptgen sweep --cluster</c>: two silo processes on loopback, reading the bundled bars
/// from a folder under the symbol's ticker, run a sweep whose printed table is the local sweep's, character for
/// character; the silos compile the script from the text the sweep sends.
/// </summary>
public sealed class ClusterCommandTests : IDisposable
{
    private readonly Tool tool = Tool.Shared;
    private readonly TempFolder _work = new("cli-cluster");

    public void Dispose() => _work.Dispose();

    [Fact]
    public void A_sweep_on_two_silo_processes_prints_the_local_table()
    {
        string bars = _work.Combine("bars");
        Directory.CreateDirectory(bars);
        File.Copy(Repository.Bars, Path.Combine(bars, "EURUSD.csv")); // samples/data/eurusd.json names the ticker EURUSD.
        int port0 = BackgroundTool.FreePort(), gateway0 = BackgroundTool.FreePort(), port1 = BackgroundTool.FreePort(), gateway1 = BackgroundTool.FreePort();
        // Both start at once (the second retries joining until the first is up): each start is seconds of a cold process.
        using var first = new BackgroundTool("silo", "--bars", bars, "--port", $"{port0}", "--gateway-port", $"{gateway0}");
        using var second = new BackgroundTool("silo", "--bars", bars, "--port", $"{port1}", "--gateway-port", $"{gateway1}", "--join", $"127.0.0.1:{port0}");
        first.WaitForLine("Silo up at ", TimeSpan.FromMinutes(2));
        second.WaitForLine("Silo up at ", TimeSpan.FromMinutes(2));
        string[] sweep = ["sweep", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", Repository.Symbol,
            "--grid", "FastLength=5..12", "--grid", "SlowLength=30,50", "--sort", "sharpe", "--top", "0"];

        ProcessResult local = tool.Run(_work.Path, sweep);
        ProcessResult onCluster = tool.Run(_work.Path, [.. sweep, "--cluster", $"127.0.0.1:{gateway0}"]);

        Assert.True(onCluster.ExitCode == 0, $"{onCluster}\nfirst silo:\n{first.Log}\nsecond silo:\n{second.Log}");
        Assert.True(local.ExitCode == 0, local.ToString());
        Assert.StartsWith("EMA Cross: best 16 of 16 runs by Sharpe ratio", onCluster.Output);
        Assert.Equal(local.Output, onCluster.Output);
        Assert.Contains(onCluster.ErrorLines, line => line.StartsWith("16 runs of 23,054 bars in ", StringComparison.Ordinal) && line.EndsWith($"on the cluster at 127.0.0.1:{gateway0}.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_silo_without_its_bars_folder_is_a_usage_error()
    {
        ProcessResult run = tool.Run(_work.Path, "silo", "--bars", _work.Combine("missing"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--bars {_work.Combine("missing")}: the folder does not exist.", run.Error);
    }

    [Fact]
    public void Cutting_the_bars_with_from_is_refused_for_a_cluster()
    {
        ProcessResult run = tool.Run(_work.Path, "sweep", Repository.Sample("EmaCross"), "--data", Repository.Bars, "--symbol-file", Repository.Symbol,
            "--grid", "FastLength=5,6", "--from", "2024-01-01", "--cluster", "127.0.0.1:1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--from and --to cut the bars here, and silos read theirs whole", run.Error);
    }
}
