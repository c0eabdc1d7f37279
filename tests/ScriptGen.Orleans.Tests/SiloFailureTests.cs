using ScriptGen.Orleans;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Orleans.Tests;

/// <summary>A silo that dies mid-sweep loses no run: its shard is sent to the silo left, and the table is the local one.</summary>
public sealed class SiloFailureTests(ClusterFixture cluster) : IClassFixture<ClusterFixture>
{
    [Fact]
    public async Task A_silo_killed_while_it_runs_a_shard_loses_no_run()
    {
        var symbol = ClusterFixture.EurUsd with { Ticker = "EURUSD_GATED" };
        EmaCross.Inputs[] grid = [.. from fast in Sweep.Range(5, 12) from slow in Sweep.Range(20, 40, 10) select new EmaCross.Inputs { FastLength = fast, SlowLength = slow }];
        var options = new SweepOptions { Run = SweepOptions.Default.Run with { Symbol = symbol }, KeepTop = 2 };
        SweepResult<EmaCross.Inputs> local = Sweep.Run(cluster.Bars, grid, options);
        var runner = new ClusterSweepRunner(cluster.Client, new ClusterSweepOptions { RunsPerShard = 3 });

        Task<SweepResult<EmaCross.Inputs>> sweep = Task.Run(() => Sweep.Run(cluster.Bars, grid, options with { Runner = runner }));
        await cluster.Gate.Entered.WaitAsync(TimeSpan.FromMinutes(1)); // The second silo holds a shard, waiting for its bars.
        var secondary = cluster.Cluster.GetActiveSilos().Single(silo => silo.Name == ClusterFixture.SecondarySilo);
        await cluster.Cluster.KillSiloAsync(secondary);
        cluster.Gate.Release();
        SweepResult<EmaCross.Inputs> remote;
        try
        {
            remote = await sweep.WaitAsync(TimeSpan.FromMinutes(3));
        }
        catch (Exception failure)
        {
            throw new Xunit.Sdk.XunitException($"The sweep failed after the kill ({runner.Retries} retries): {failure}");
        }

        ClusterSweepTests.AssertSameTable(local, remote);
        Assert.True(runner.Retries >= 1, "the killed silo's shard was not sent again");
        Assert.Single(cluster.Cluster.GetActiveSilos());
    }
}
